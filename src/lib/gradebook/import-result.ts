// Importing a hand-in: read the code (or result file), check it belongs to this assignment and
// to the exercises as the teacher has them, re-score every attempt with the teacher's keys, and
// add the student or merge their attempts. Anything wrong refuses the whole hand-in and returns
// the gradebook untouched — the very same object — so nothing already imported is ever lost.
//
// Re-scoring makes a forged score worthless, and attempts beyond the allowed number never count
// (counted.ts). What no serverless design can stop is a student crafting a code with answers
// copied from the key their own copy holds; the codes are honest-student tooling, not an exam lock.
import { CodeError } from '../assignments/errors.js';
import { decodeResult, encodeResult } from '../assignments/result-code.js';
import { resultFileCode } from '../assignments/result-file.js';
import type { Assignment, Result } from '../assignments/types.js';
import type { KeyedExercise } from '../course/types.js';
import { score } from '../exercises/score.js';
import { mergeAttempts } from './merge-attempts.js';
import { studentKey } from './student-name.js';
import { GRADEBOOK_VERSION, type Gradebook, type ImportOutcome, type ScoredAttempt, type StudentRecord } from './types.js';

export function emptyGradebook(): Gradebook {
	return { version: GRADEBOOK_VERSION, assignments: {} };
}

/**
 * Imports a result code, or the text of a result file (anything starting with "{"), for the
 * given assignment. `exercises` are the teacher's own, with keys; all the assignment's must be there.
 */
export function importResult(
	book: Gradebook,
	assignment: Assignment,
	exercises: ReadonlyMap<string, KeyedExercise>,
	text: string
): { book: Gradebook; outcome: ImportOutcome } {
	let result: Result;
	let attempts: Record<string, ScoredAttempt[]>;
	try {
		const code = text.trimStart().startsWith('{') ? resultFileCode(text) : text;
		result = decodeResult(code, assignment, exercises);
		attempts = rescore(result, exercises);
	} catch (error) {
		if (error instanceof CodeError) return { book, outcome: { type: 'refused', error } };
		throw error;
	}

	// The canonical form: the same hand-in pasted in lower case or uploaded as a file is the same code.
	const code = encodeResult(result, assignment, exercises);
	const record = book.assignments[assignment.id] ?? { assignment, students: [] };
	const key = studentKey(result.student);
	const index = record.students.findIndex((s) => s.key === key);
	const existing = record.students[index];
	const handIn = { code, handedInAt: result.handedInAt };

	if (record.students.some((s) => s.handIns.some((h) => h.code === code))) {
		return { book, outcome: { type: 'duplicate', student: existing?.name ?? result.student } };
	}
	if (!existing) {
		const student: StudentRecord = { key, name: result.student, handIns: [handIn], attempts };
		return {
			book: withStudents(book, record.assignment, [...record.students, student]),
			outcome: { type: 'added', student: result.student }
		};
	}
	const merged = { ...existing.attempts };
	let newAttempts = 0;
	for (const [id, incoming] of Object.entries(attempts)) {
		const before = existing.attempts[id] ?? [];
		merged[id] = mergeAttempts(before, incoming);
		newAttempts += merged[id].length - before.length;
	}
	const student: StudentRecord = { ...existing, handIns: [...existing.handIns, handIn], attempts: merged };
	return {
		book: withStudents(book, record.assignment, record.students.with(index, student)),
		outcome: { type: 'merged', student: existing.name, newAttempts }
	};
}

/** Every attempt with the teacher's own score (decodeResult has checked the answers' types). */
function rescore(result: Result, exercises: ReadonlyMap<string, KeyedExercise>): Record<string, ScoredAttempt[]> {
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

function withStudents(book: Gradebook, assignment: Assignment, students: StudentRecord[]): Gradebook {
	return { ...book, assignments: { ...book.assignments, [assignment.id]: { assignment, students } } };
}
