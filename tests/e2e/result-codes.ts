// Assignment and result codes made in Node with the same modules and the real course, so the
// gradebook tests can paste hand-ins without driving a student's browser for each one.
import { readFileSync } from 'node:fs';
import { loadContent } from '../../src/build/load-content.js';
import { createAssignment } from '../../src/lib/assignments/create-assignment.js';
import { parseExerciseNumbers } from '../../src/lib/assignments/exercise-numbers.js';
import { encodeResult, MAX_RESULT_ATTEMPTS } from '../../src/lib/assignments/result-code.js';
import { encodeShortAssignment } from '../../src/lib/assignments/short-assignment-code.js';
import type { Assignment, Result } from '../../src/lib/assignments/types.js';
import type { KeyedExercise } from '../../src/lib/course/types.js';
import { keyAnswer } from '../../src/lib/exercises/answers.js';
import { resolveKey } from '../../src/lib/exercises/resolve-key.js';
import type { Answer, ChoiceExercise } from '../../src/lib/exercises/types.js';

const content = loadContent();
const all: KeyedExercise[] = content.exercises.map((e) => ({ ...e, key: resolveKey(e.exercise, content.cases) }));
export const exercises = new Map(all.map((e) => [e.exercise.id, e]));
export const numbers = parseExerciseNumbers(readFileSync('lessons/exercise-numbers.txt', 'utf8')).numbers;

/** A single-choice exercise and a numeric one, in number order. */
export const choice = all.find((e) => e.exercise.type === 'choice' && !e.exercise.multiple)!.exercise as ChoiceExercise;
export const numeric = all.find((e) => e.exercise.type === 'numeric')!.exercise;
export const right: Answer = { type: 'choice', selected: [choice.options.find((o) => o.correct)!.id] };
export const wrong: Answer = { type: 'choice', selected: [choice.options.find((o) => !o.correct)!.id] };
export const otherWrong: Answer = { type: 'choice', selected: [choice.options.filter((o) => !o.correct).at(-1)!.id] };

export function assignment(ids = [choice.id, numeric.id], options: Partial<Assignment> = {}): Assignment {
	const made = createAssignment(
		{ title: 'Homework', exercises: ids, feedback: 'now', attempts: 2, counts: 'best', ...options },
		exercises
	);
	return made;
}

export function shortCode(a: Assignment): string {
	return encodeShortAssignment(a, numbers)!;
}

export function resultCode(
	a: Assignment,
	student: string,
	answers: Record<string, Answer[]>,
	handedInAt = '2026-12-01T09:00:00.000Z'
): string {
	const result: Result = {
		assignmentId: a.id,
		contentVersion: a.contentVersion,
		student,
		handedInAt,
		answers: Object.fromEntries(Object.entries(answers).map(([id, list]) => [id, list.map((answer) => ({ answer }))]))
	};
	return encodeResult(result, a, exercises);
}

/** The longest hand-in an assignment allows: the whole course, unlimited attempts, 500 key-sized checks each. */
export function longestResult(): { assignment: Assignment; code: string } {
	const a = assignment([...exercises.keys()], { attempts: 0 });
	const answers = Object.fromEntries(
		all.map((e) => [e.exercise.id, Array.from({ length: MAX_RESULT_ATTEMPTS }, () => keyAnswer(e.exercise, e.key))])
	);
	return { assignment: a, code: resultCode(a, 'Ada', answers) };
}
