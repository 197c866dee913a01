// Test fixtures: the exercise fixtures of every type with their keys resolved, an assignment over
// them, and hand-ins with the scores a student's page would have shown. Used only by the tests
// in assignments/ and gradebook/.
import fc from 'fast-check';
import type { KeyedExercise } from '../../course/types.js';
import { resolveKey } from '../../exercises/resolve-key.js';
import { score } from '../../exercises/score.js';
import { answerFor } from '../../exercises/testing/arbitraries.js';
import { CASE, EXERCISES, FAIL_TEXT, rangeOf } from '../../exercises/testing/fixtures.js';
import type { Answer, Exercise } from '../../exercises/types.js';
import { contentVersion } from '../content-version.js';
import { encodeResult } from '../result-code.js';
import type { Assignment, Result } from '../types.js';

export const KEYED: KeyedExercise[] = (Object.values(EXERCISES) as Exercise[]).map((exercise) => ({
	lesson: 'lesson-one',
	exercise,
	key: resolveKey(exercise, [CASE])
}));

export const EXERCISE_MAP: ReadonlyMap<string, KeyedExercise> = new Map(KEYED.map((k) => [k.exercise.id, k]));

export const ASSIGNMENT: Assignment = {
	id: '7K3M9Q2D',
	title: 'Lesson 1: loaded questions',
	exercises: KEYED.map((k) => k.exercise.id),
	feedback: 'now',
	attempts: 2,
	counts: 'best',
	contentVersion: contentVersion(KEYED)
};

/** The score a student's page shows for an answer, in whole percent. */
export function seenPercent(exerciseId: string, answer: Answer): number {
	const { exercise, key } = EXERCISE_MAP.get(exerciseId)!;
	return Math.round(score(exercise, key, answer).score * 100);
}

/** A hand-in of the given answers to ASSIGNMENT, each attempt with the score the page showed. */
export function handIn(
	answers: Record<string, Answer[]>,
	student = 'Zoë Martin',
	handedInAt = '2025-03-14T09:41:07.250Z'
): Result {
	return {
		assignmentId: ASSIGNMENT.id,
		contentVersion: ASSIGNMENT.contentVersion,
		student,
		handedInAt,
		answers: Object.fromEntries(
			Object.entries(answers).map(([id, list]) => [id, list.map((answer) => ({ answer, seen: seenPercent(id, answer) }))])
		)
	};
}

export const QUESTION = rangeOf(FAIL_TEXT, 'But how accurate is it?');
export const BENEFITS = rangeOf(FAIL_TEXT, 'Who benefits from the silence?');
export const SURFACED = rangeOf(FAIL_TEXT, 'Reports have surfaced');
export const STAGGERING = rangeOf(FAIL_TEXT, 'The numbers are staggering.');

/** One or two attempts at each fixture exercise, some right, some not. */
export const ANSWERS: Record<string, Answer[]> = {
	'mark-questions': [
		{ type: 'mark', marks: [QUESTION] },
		{ type: 'mark', marks: [QUESTION, BENEFITS, STAGGERING] }
	],
	'mark-and-name': [
		{
			type: 'mark-and-label',
			marks: [
				{ ...QUESTION, label: 'loaded-question' },
				{ ...BENEFITS, label: null }
			]
		}
	],
	'sort-passages': [{ type: 'classify', choices: { q: 'loaded-question', v: 'sourced', s: 'sourced', e: 'vague-attribution' } }],
	'figure-to-article': [{ type: 'match', pairs: { f55: 'a', f46: 'b', f600: 'b' } }],
	'who-said': [{ type: 'choice', selected: ['zelensky'] }],
	'rank-sourcing': [
		{ type: 'rank', order: ['talks-fail', 'talks-stall', 'tragic-toll'] },
		{ type: 'rank', order: ['talks-stall', 'tragic-toll', 'talks-fail'] }
	],
	'how-many': [{ type: 'numeric', value: 55000 }]
};

export const RESULT: Result = handIn(ANSWERS);

/**
 * Any answer of the exercise's type that a student's page can hand in: answerFor's, except
 * numbers the page cannot produce (NaN, ±Infinity, −0), which codes write as no answer and 0.
 */
export function pageAnswerFor(keyed: KeyedExercise): fc.Arbitrary<Answer> {
	return answerFor(keyed.exercise, keyed.key).filter(
		(a) => a.type !== 'numeric' || a.value === null || (Number.isFinite(a.value) && !Object.is(a.value, -0))
	);
}

/** A hand-in's code, written against ASSIGNMENT and the fixture exercises. */
export function codeOf(result: Result): string {
	return encodeResult(result, ASSIGNMENT, EXERCISE_MAP);
}
