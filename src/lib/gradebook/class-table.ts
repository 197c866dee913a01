// The class at a glance: one row per student, one column per assigned exercise, each cell the
// score of the attempt that counts, and beside it the first attempt's, which shows what a student
// knew before any feedback (issue 9: with feedback after each check, the best attempt says little).
// An exercise not tried is blank and adds nothing to the total.
import type { Assignment } from '../assignments/types.js';
import { allowedAttempts, countedAttempt } from './counted.js';
import { studentsIn } from './students.js';
import type { Gradebook } from './types.js';

export interface ClassTable {
	/** Column order: the assignment's. */
	exercises: string[];
	/** Sorted by name. */
	rows: ClassRow[];
}

export interface ClassRow {
	key: string;
	/** Plain text: render as text, never as HTML. */
	name: string;
	/** The latest hand-in time the student's device reported. */
	handedInAt: string;
	handIns: number;
	/** The hand-ins disagree and the teacher has not decided (students.ts). */
	conflict: boolean;
	cells: ClassCell[];
	/** Sum of the counted scores: out of `exercises.length`. */
	total: number;
	/** total as a share of the exercises, 0–100, unrounded. */
	percent: number;
	/** As total and percent, of the first attempts. */
	firstTotal: number;
	firstPercent: number;
}

export interface ClassCell {
	exercise: string;
	/** The counted attempt's score in [0, 1]; null when not tried. */
	score: number | null;
	/** The first attempt's score in [0, 1]; null when not tried. */
	first: number | null;
	/** Attempts that could count (at most the allowed number). */
	attempts: number;
	/** Attempts handed in beyond the allowed number, which never count. */
	ignored: number;
}

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export function classTable(book: Gradebook, assignment: Assignment): ClassTable {
	const students = studentsIn(book, assignment.id);
	const rows = students.map((student): ClassRow => {
		const cells = assignment.exercises.map((exercise): ClassCell => {
			const all = student.attempts[exercise] ?? [];
			const allowed = allowedAttempts(all, assignment);
			return {
				exercise,
				score: countedAttempt(all, assignment)?.score ?? null,
				first: all[0]?.score ?? null,
				attempts: allowed.length,
				ignored: all.length - allowed.length
			};
		});
		const total = cells.reduce((sum, c) => sum + (c.score ?? 0), 0);
		const firstTotal = cells.reduce((sum, c) => sum + (c.first ?? 0), 0);
		return {
			key: student.key,
			name: student.name,
			handedInAt: student.handIns.map((h) => h.handedInAt).reduce((a, b) => (b > a ? b : a)),
			handIns: student.handIns.length,
			conflict: student.conflict,
			cells,
			total,
			percent: (total * 100) / assignment.exercises.length,
			firstTotal,
			firstPercent: (firstTotal * 100) / assignment.exercises.length
		};
	});
	rows.sort((a, b) => byName.compare(a.name.trim(), b.name.trim()) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
	return { exercises: [...assignment.exercises], rows };
}

/** What the class table can be sorted by: name, hand-in time, total, or one exercise's column. */
export type SortKey = { by: 'name' | 'handedInAt' | 'total' } | { by: 'exercise'; exercise: string };

export interface TableView {
	sort: SortKey;
	descending: boolean;
	/** Rows whose name contains this (case and accents ignored); '' for all. */
	filter: string;
	/** Show and sort by first attempts instead of the counted ones. */
	firstAttempts: boolean;
}

export const DEFAULT_VIEW: TableView = { sort: { by: 'name' }, descending: false, filter: '', firstAttempts: false };

const loose = new Intl.Collator(undefined, { sensitivity: 'base', usage: 'search' });

/** The rows to show: filtered by name, then sorted (ties by name, so the order is always the same). */
export function viewRows(rows: readonly ClassRow[], view: TableView): ClassRow[] {
	const needle = view.filter.trim();
	const shown = needle ? rows.filter((r) => containsLoosely(r.name, needle)) : [...rows];
	const value = (row: ClassRow): number | string => {
		switch (view.sort.by) {
			case 'name':
				return 0;
			case 'handedInAt':
				return row.handedInAt;
			case 'total':
				return view.firstAttempts ? row.firstTotal : row.total;
			case 'exercise': {
				const id = view.sort.exercise;
				const cell = row.cells.find((c) => c.exercise === id);
				// Not tried sorts below 0%.
				return (view.firstAttempts ? cell?.first : cell?.score) ?? -1;
			}
		}
	};
	const direction = view.descending ? -1 : 1;
	// rows come sorted by name from classTable; a stable sort keeps that order for ties.
	return shown.sort((a, b) => {
		const [x, y] = [value(a), value(b)];
		const primary = x < y ? -1 : x > y ? 1 : 0;
		return view.sort.by === 'name' ? direction * (rows.indexOf(a) - rows.indexOf(b)) : direction * primary;
	});
}

function containsLoosely(text: string, needle: string): boolean {
	const t = text.normalize('NFC');
	for (let i = 0; i + needle.length <= t.length; i++) {
		if (loose.compare(t.slice(i, i + needle.length), needle) === 0) return true;
	}
	return false;
}
