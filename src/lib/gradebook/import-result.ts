// Importing a hand-in: read the code (or result file), check it belongs to this assignment and
// to the exercises as the teacher has them, re-score every attempt with the teacher's keys, and
// file the hand-in among the others in the order they were made. Anything wrong refuses the
// whole hand-in and returns the gradebook untouched — the very same object — so nothing
// already imported is ever lost.
//
// Re-scoring makes a forged score worthless, and attempts beyond the allowed number never count
// (counted.ts). What no serverless design can stop is a student crafting a code with answers
// copied from the key their own copy holds; the codes are honest-student tooling, not an exam lock.
import { caseMissing, CodeError } from '../assignments/errors.js';
import { decodeResult, encodeResult } from '../assignments/result-code.js';
import { resultFileCode } from '../assignments/result-file.js';
import type { Assignment, Result } from '../assignments/types.js';
import type { KeyedExercise } from '../course/types.js';
import { score } from '../exercises/score.js';
import { byTimeMade } from './merge-attempts.js';
import { studentKey } from './student-name.js';
import { studentsOf } from './students.js';
import {
	GRADEBOOK_VERSION,
	type AssignmentRecord,
	type Gradebook,
	type HandIn,
	type ImportOutcome,
	type ScoredAttempt
} from './types.js';

export function emptyGradebook(): Gradebook {
	return { version: GRADEBOOK_VERSION, assignments: {} };
}

/** The hand-in a code holds, re-scored; throws CodeError as decodeResult does. */
export function readHandIn(text: string, assignment: Assignment, exercises: ReadonlyMap<string, KeyedExercise>): HandIn {
	const code = text.trimStart().startsWith('{') ? resultFileCode(text) : text;
	const result = decodeResult(code, assignment, exercises);
	return {
		// The canonical form: the same hand-in pasted in lower case or uploaded as a file is the same code.
		code: encodeResult(result, assignment, exercises),
		handedInAt: result.handedInAt,
		typed: result.student,
		student: result.student,
		attempts: rescore(result, exercises)
	};
}

/**
 * Imports a result code, or the text of a result file (anything starting with "{"), for the
 * given assignment. `exercises` are the teacher's own, with keys; all the assignment's must be there.
 * `addedCases`: id → content hash of the added cases this copy has; an assignment on an added
 * case (SLA3) is refused, naming the case file to open, unless that very version is there.
 */
export function importResult(
	book: Gradebook,
	assignment: Assignment,
	exercises: ReadonlyMap<string, KeyedExercise>,
	text: string,
	addedCases: ReadonlyMap<string, string> = new Map()
): { book: Gradebook; outcome: ImportOutcome } {
	if (assignment.case && addedCases.get(assignment.case.id) !== assignment.case.contentHash)
		return { book, outcome: { type: 'refused', error: caseMissing(assignment.case, addedCases.get(assignment.case.id)) } };
	let handIn: HandIn;
	try {
		handIn = readHandIn(text, assignment, exercises);
	} catch (error) {
		if (error instanceof CodeError) return { book, outcome: { type: 'refused', error } };
		throw error;
	}
	const record = book.assignments[assignment.id] ?? { assignment, handIns: [], together: [] };
	const duplicate = record.handIns.find((h) => h.code === handIn.code);
	if (duplicate) return { book, outcome: { type: 'duplicate', student: duplicate.student } };

	const key = studentKey(handIn.student);
	const before = studentsOf(record).find((s) => s.key === key);
	const next = withHandIns(record, [...record.handIns, handIn]);
	const after = studentsOf(next).find((s) => s.key === key)!;
	const outcome: ImportOutcome = before
		? {
				type: 'merged',
				student: after.name,
				newAttempts: count(after.attempts) - count(before.attempts),
				conflict: after.conflict
			}
		: { type: 'added', student: handIn.student };
	return { book: withRecord(book, next), outcome };
}

/** The record with these hand-ins, in the order they were made. */
export function withHandIns(record: AssignmentRecord, handIns: HandIn[]): AssignmentRecord {
	return { ...record, handIns: [...handIns].sort(byTimeMade) };
}

export function withRecord(book: Gradebook, record: AssignmentRecord): Gradebook {
	return { ...book, assignments: { ...book.assignments, [record.assignment.id]: record } };
}

function count(attempts: Record<string, ScoredAttempt[]>): number {
	return Object.values(attempts).reduce((sum, list) => sum + list.length, 0);
}

/** Every attempt with the teacher's own score (decodeResult has checked the answers' types). */
export function rescore(result: Result, exercises: ReadonlyMap<string, KeyedExercise>): Record<string, ScoredAttempt[]> {
	return Object.fromEntries(
		Object.entries(result.answers).map(([id, attempts]) => {
			const { exercise, key } = exercises.get(id)!;
			const scored = attempts.map(({ answer, seen }): ScoredAttempt => {
				const own = score(exercise, key, answer).score;
				return seen === undefined ? { answer, score: own } : { answer, score: own, seen };
			});
			return [id, scored];
		})
	);
}
