// The teacher's own data in this browser: the assignments they made (or added by code) and the
// gradebook. Every change is saved at once; the gradebook can also leave as a backup file.
import { browser } from '$app/env';
import { decodeAssignment, encodeAssignment } from '../assignments/assignment-code.js';
import type { Assignment } from '../assignments/types.js';
import { emptyGradebook, importResult } from '../gradebook/import-result.js';
import { exportBackup, restoreBackup } from '../gradebook/backup.js';
import { mergeGradebooks } from '../gradebook/records.js';
import type { Gradebook, ImportOutcome } from '../gradebook/types.js';
import type { KeyedExercise } from '../course/types.js';
import { allExercises } from '../app/course.js';
import { readStored, writeStored } from './storage.js';

const ASSIGNMENTS = 'sidelight:teacher:assignments';
const GRADEBOOK = 'sidelight:teacher:gradebook';
/** The teacher's own exercises with keys: the gradebook is rebuilt and re-scored against them. */
const EXERCISES = new Map(allExercises.map((e) => [e.exercise.id, e]));

class TeacherStore {
	/** Newest first. Stored as their codes, so a damaged entry is caught by the code's checksum. */
	// Raw: both are replaced whole on every change, never mutated in place.
	assignments: Assignment[] = $state.raw([]);
	gradebook: Gradebook = $state.raw(emptyGradebook());

	constructor() {
		if (!browser) return;
		this.load();
		window.addEventListener('storage', (event) => {
			if (event.key === ASSIGNMENTS || event.key === GRADEBOOK) this.load();
		});
	}

	private load() {
		this.assignments = readStored(ASSIGNMENTS, (raw) => (JSON.parse(raw) as string[]).map((code) => decodeAssignment(code)), []);
		this.gradebook = readStored(GRADEBOOK, (raw) => restoreBackup(raw, EXERCISES), emptyGradebook());
	}

	/** Adds an assignment (made here, or pasted as a code); a known one is left as it is. */
	addAssignment(assignment: Assignment) {
		if (this.assignments.some((a) => a.id === assignment.id)) return;
		this.assignments = [assignment, ...this.assignments];
		writeStored(ASSIGNMENTS, JSON.stringify(this.assignments.map(encodeAssignment)));
	}

	/** Removes an assignment from "Your assignments" (its results stay in the gradebook until deleted there). */
	async removeAssignment(id: string) {
		this.assignments = this.assignments.filter((a) => a.id !== id);
		writeStored(ASSIGNMENTS, JSON.stringify(this.assignments.map(encodeAssignment)));
	}

	/** Applies a change (a pure function of gradebook/records.ts) and saves; an unchanged book is not saved. */
	async updateGradebook(change: (book: Gradebook) => Gradebook): Promise<void> {
		const book = change(this.gradebook);
		if (book === this.gradebook) return;
		this.gradebook = book;
		if (!writeStored(GRADEBOOK, exportBackup(book))) throw new Error('The gradebook could not be saved in this browser.');
	}

	find(id: string): Assignment | undefined {
		return this.assignments.find((a) => a.id === id) ?? this.gradebook.assignments[id]?.assignment;
	}

	/** Imports one result; on refusal the gradebook is not touched (not even re-saved). */
	import(assignment: Assignment, exercises: ReadonlyMap<string, KeyedExercise>, text: string): ImportOutcome {
		const { book, outcome } = importResult(this.gradebook, assignment, exercises, text);
		if (outcome.type === 'added' || outcome.type === 'merged') {
			this.gradebook = book;
			writeStored(GRADEBOOK, exportBackup(book));
		}
		return outcome;
	}

	backup(): string {
		return exportBackup(this.gradebook);
	}

	/**
	 * Replaces the gradebook with a backup's, or merges the backup into it; throws BackupError,
	 * leaving everything as it was.
	 */
	restore(text: string, how: 'replace' | 'merge' = 'replace') {
		const restored = restoreBackup(text, EXERCISES);
		const book = how === 'merge' ? mergeGradebooks(this.gradebook, restored) : restored;
		this.gradebook = book;
		writeStored(GRADEBOOK, exportBackup(book));
		for (const record of Object.values(book.assignments)) this.addAssignment(record.assignment);
	}
}

export const teacher = new TeacherStore();
