// The class at a glance: one row per student, one column per assigned exercise, each cell the
// score of the attempt that counts. An exercise not tried is blank and adds nothing to the total.
import type { Assignment } from '../assignments/types.js';
import { allowedAttempts, countedAttempt } from './counted.js';
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
	cells: ClassCell[];
	/** Sum of the counted scores: out of `exercises.length`. */
	total: number;
	/** total as a share of the exercises, 0–100, unrounded. */
	percent: number;
}

export interface ClassCell {
	exercise: string;
	/** The counted attempt's score in [0, 1]; null when not tried. */
	score: number | null;
	/** Attempts that could count (at most the allowed number). */
	attempts: number;
	/** Attempts handed in beyond the allowed number, which never count. */
	ignored: number;
}

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export function classTable(book: Gradebook, assignment: Assignment): ClassTable {
	const students = book.assignments[assignment.id]?.students ?? [];
	const rows = students.map((student): ClassRow => {
		const cells = assignment.exercises.map((exercise): ClassCell => {
			const all = student.attempts[exercise] ?? [];
			const allowed = allowedAttempts(all, assignment);
			return {
				exercise,
				score: countedAttempt(all, assignment)?.score ?? null,
				attempts: allowed.length,
				ignored: all.length - allowed.length
			};
		});
		const total = cells.reduce((sum, c) => sum + (c.score ?? 0), 0);
		return {
			key: student.key,
			name: student.name,
			handedInAt: student.handIns.map((h) => h.handedInAt).reduce((a, b) => (b > a ? b : a)),
			handIns: student.handIns.length,
			cells,
			total,
			percent: (total * 100) / assignment.exercises.length
		};
	});
	rows.sort((a, b) => byName.compare(a.name.trim(), b.name.trim()) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
	return { exercises: [...assignment.exercises], rows };
}
