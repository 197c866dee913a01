// The teacher's gradebook, as plain data the browser persists: per assignment, each student's
// hand-ins merged into one list of attempts per exercise, every attempt re-scored by the
// gradebook itself. What a student's page claimed to score is kept for display, never used.
import type { CodeError } from '../assignments/errors.js';
import type { Assignment } from '../assignments/types.js';
import type { Answer } from '../exercises/types.js';

export const GRADEBOOK_VERSION = 1;

export interface Gradebook {
	version: typeof GRADEBOOK_VERSION;
	/** Assignment id → what has been handed in for it. */
	assignments: Record<string, AssignmentRecord>;
}

export interface AssignmentRecord {
	/** As it was when the first result was imported. */
	assignment: Assignment;
	/** In the order students first handed in. */
	students: StudentRecord[];
}

export interface StudentRecord {
	/** The normalised name (studentKey): hand-ins with the same key are one student's. */
	key: string;
	/** The name as first typed: plain text, which the UI must render as text, never as HTML. */
	name: string;
	/** Every hand-in imported, in import order. */
	handIns: HandIn[];
	/** Exercise id → attempts from all hand-ins, merged, in the order made. */
	attempts: Record<string, ScoredAttempt[]>;
}

export interface HandIn {
	/** The result code in canonical form: importing it again is a duplicate. */
	code: string;
	handedInAt: string;
}

export interface ScoredAttempt {
	answer: Answer;
	/** The gradebook's own score, in [0, 1]. */
	score: number;
	/** What the student's page showed, in whole percent, if it said: for display only. */
	seen?: number;
}

export type ImportOutcome =
	/** A student not in the gradebook yet. */
	| { type: 'added'; student: string }
	/** Another hand-in by a student already there: `newAttempts` attempts joined theirs. */
	| { type: 'merged'; student: string; newAttempts: number }
	/** This very code was imported before; nothing changed. */
	| { type: 'duplicate'; student: string }
	/** Nothing changed; the error says why, for the teacher. */
	| { type: 'refused'; error: CodeError };
