// Assignments and results: what travels between teacher and students as codes, with no server.
// The teacher's assignment code says what to do; the student's result code carries their answers.
// Scores never travel as facts: the gradebook re-scores every answer against its own keys.
import type { Answer } from '../exercises/types.js';

export const FEEDBACK = ['now', 'after'] as const;
/** Feedback on each check, or only after handing in. */
export type Feedback = (typeof FEEDBACK)[number];

export const COUNTS = ['first', 'best', 'last'] as const;
/** Which of a student's allowed attempts at an exercise counts. */
export type Counts = (typeof COUNTS)[number];

export interface Assignment {
	/** 8 characters of Crockford base 32 (40 random bits): tells assignments apart, not a secret. */
	id: string;
	title: string;
	/** Exercise ids, in the order students see them. */
	exercises: string[];
	feedback: Feedback;
	/** Checks allowed per exercise; 0 = unlimited. Attempts beyond it are ignored when grading. */
	attempts: number;
	counts: Counts;
	/** contentVersion() of the assigned exercises as the teacher had them: 8 lower-case hex digits. */
	contentVersion: string;
	/**
	 * For an assignment on an added case (one opened from a case file, not built in): which case and
	 * which version of it (caseContentHash), so a copy without it can say which case file to open.
	 * Carried by SLA3 codes only; SLA1 and SLA2 never have it.
	 */
	case?: AssignedCase;
}

export interface AssignedCase {
	id: string;
	title: string;
	/** caseContentHash of the case: 8 lower-case hex digits. */
	contentHash: string;
}

export interface Attempt {
	answer: Answer;
	/**
	 * The score the student's page showed, in whole percent, for display only: the gradebook
	 * re-scores the answer and never trusts this.
	 */
	seen?: number;
}

export interface Result {
	assignmentId: string;
	/** contentVersion() of the exercises as the student's copy had them (encodeResult writes it). */
	contentVersion: string;
	/**
	 * The name as the student typed it: any characters, markup included. Plain text: the UI must
	 * render it as text (never as HTML), and CSV export guards it against formula injection.
	 */
	student: string;
	/** When the student handed in, as Date.toISOString() writes it (to the millisecond, UTC). */
	handedInAt: string;
	/** Exercise id → every checked attempt, in the order made. Exercises not tried are left out. */
	answers: Record<string, Attempt[]>;
}
