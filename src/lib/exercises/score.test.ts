import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { emptyAnswer, keyAnswer } from './answers.js';
import { resolveKey } from './resolve-key.js';
import { score } from './score.js';
import { answerFor, exerciseWithKey } from './testing/arbitraries.js';
import { CASE, EXERCISES } from './testing/fixtures.js';
import type { Exercise } from './types.js';

const all = Object.values(EXERCISES) as Exercise[];

describe('score', () => {
	test.each(all.map((e) => [e.type, e] as const))('the key answer of the %s fixture scores 1', (_, exercise) => {
		const key = resolveKey(exercise, [CASE]);
		expect(score(exercise, key, keyAnswer(exercise, key))).toMatchObject({ type: exercise.type, score: 1, correct: true });
	});

	test.each(all.map((e) => [e.type, e] as const))('the empty answer of the %s fixture scores 0', (_, exercise) => {
		const key = resolveKey(exercise, [CASE]);
		expect(score(exercise, key, emptyAnswer(exercise))).toMatchObject({ score: 0, points: 0, correct: false });
	});

	test('throws when the answer is for another type of exercise', () => {
		const exercise = EXERCISES.choice as Exercise;
		expect(() => score(exercise, { type: 'choice' }, { type: 'numeric', value: 1 })).toThrow(
			/^answer is for a numeric exercise, but "who-said" is a choice exercise$/
		);
	});

	test('throws when the key is for another type of exercise', () => {
		const exercise = EXERCISES.choice as Exercise;
		expect(() => score(exercise, { type: 'rank' }, { type: 'choice', selected: [] })).toThrow(/^key is for a rank exercise/);
	});
});

describe('score properties', () => {
	const withAnswer = exerciseWithKey.chain(([exercise, key]) =>
		fc.tuple(fc.constant(exercise), fc.constant(key), answerFor(exercise, key))
	);

	test('scores are always in [0, 1], with points within maxPoints', () => {
		fc.assert(
			fc.property(withAnswer, ([exercise, key, answer]) => {
				const result = score(exercise, key, answer);
				expect(result.score).toBeGreaterThanOrEqual(0);
				expect(result.score).toBeLessThanOrEqual(1);
				expect(result.points).toBeGreaterThanOrEqual(0);
				expect(result.points).toBeLessThanOrEqual(result.maxPoints);
				expect(result.correct).toBe(result.score === 1);
			}),
			{ numRuns: 500 }
		);
	});

	test('the key itself always scores 1, for every type', () => {
		fc.assert(
			fc.property(exerciseWithKey, ([exercise, key]) => {
				expect(score(exercise, key, keyAnswer(exercise, key)).score).toBe(1);
			}),
			{ numRuns: 500 }
		);
	});

	test('the empty answer always scores 0, for every type', () => {
		fc.assert(
			fc.property(exerciseWithKey, ([exercise, key]) => {
				expect(score(exercise, key, emptyAnswer(exercise)).score).toBe(0);
			})
		);
	});

	test('scoring is deterministic and does not change its inputs', () => {
		fc.assert(
			fc.property(withAnswer, ([exercise, key, answer]) => {
				const copies = structuredClone([exercise, key, answer]);
				expect(score(exercise, key, answer)).toEqual(score(exercise, key, answer));
				expect([exercise, key, answer]).toEqual(copies);
			})
		);
	});
});
