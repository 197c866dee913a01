// The teacher's gradebook, as plain data the browser persists: per assignment, every hand-in
// imported, each with its answers re-scored by the gradebook itself. Students are not stored:
// they are the hand-ins grouped by name (students.ts), merged in the order the hand-ins were
// made, so the same hand-ins give the same grades whatever order they were imported in. What a
// student's page claimed to score is kept for display, never used.
//
// Version 2 (this one) keeps hand-ins; version 1 kept students with their merged attempts and is
// still read by backup.ts, which rebuilds it from its hand-in codes.
import type { CodeError } from '../assignments/errors.js';
import type { Assignment } from '../assignments/types.js';
import type { Answer } from '../exercises/types.js';

export const GRADEBOOK_VERSION = 2;

export interface Gradebook {
	version: typeof GRADEBOOK_VERSION;
	/** Assignment id → what has been handed in for it. */
	assignments: Record<string, AssignmentRecord>;
}

export interface AssignmentRecord {
	/** As it was when the first result was imported (or the assignment was added). */
	assignment: Assignment;
	/** Every hand-in, in the order they were made (hand-in time, then code), never import order. */
	handIns: HandIn[];
	/**
	 * Student keys whose hand-ins disagree (two devices, or someone else under their name) and
	 * that the teacher said to count together. Sorted.
	 */
	together: string[];
	/**
	 * This copy's exercises differ from those the assignment was made with, so the hand-ins could
	 * not be read: they are kept (their codes) but have no attempts and no scores here.
	 */
	unscored?: true;
}

export interface HandIn {
	/** The result code in canonical form: importing it again is a duplicate. */
	code: string;
	handedInAt: string;
	/** The name as the student typed it, from the code: plain text, render as text. */
	typed: string;
	/** The name the teacher files it under: the typed one, unless the teacher renamed it. */
	student: string;
	/** Exercise id → this hand-in's attempts, in the order made, each scored here. */
	attempts: Record<string, ScoredAttempt[]>;
}

export interface ScoredAttempt {
	answer: Answer;
	/** The gradebook's own score, in [0, 1]. */
	score: number;
	/** What the student's page showed, in whole percent, if it said: for display only. */
	seen?: number;
}

/** One student's hand-ins, merged: derived from an AssignmentRecord by students.ts, never stored. */
export interface StudentRecord {
	/** The normalised name (studentKey): hand-ins with the same key are one student's. */
	key: string;
	/** The name of their earliest hand-in: plain text, which the UI must render as text, never as HTML. */
	name: string;
	/** In the order made. */
	handIns: HandIn[];
	/** Exercise id → attempts from all hand-ins, merged, in the order made. */
	attempts: Record<string, ScoredAttempt[]>;
	/**
	 * The hand-ins do not continue one another (a later one lacks or changes an earlier one's
	 * attempts): two devices, or someone else using this name. The teacher decides; until then
	 * the attempts are merged by time and the row says so.
	 */
	conflict: boolean;
}

export type ImportOutcome =
	/** A student not in the gradebook yet. */
	| { type: 'added'; student: string }
	/** Another hand-in by a student already there: `newAttempts` attempts joined theirs. */
	| { type: 'merged'; student: string; newAttempts: number; conflict: boolean }
	/** This very code was imported before; nothing changed. */
	| { type: 'duplicate'; student: string }
	/** Nothing changed; the error says why, for the teacher. */
	| { type: 'refused'; error: CodeError };
