import { describe, expect, test } from 'vitest';
import { scoreNumeric } from './score-numeric.js';
import { EXERCISES } from './testing/fixtures.js';
import type { NumericExercise } from './types.js';

const exact = EXERCISES.numeric as NumericExercise;
const within = (answer: number, tolerance: number): NumericExercise => ({ ...exact, answer, tolerance });

describe('scoreNumeric', () => {
	test.each<[string, NumericExercise, number | null, number]>([
		['the exact answer scores 1', exact, 55000, 1],
		['with no tolerance, one off scores 0', exact, 55001, 0],
		['a value at the tolerance scores 1', within(55000, 1000), 56000, 1],
		['a value at the tolerance below the answer scores 1', within(55000, 1000), 54000, 1],
		['a value just past the tolerance scores 0', within(55000, 1000), 56001, 0],
		['a decimal tolerance edge survives floating point (55000.1 within 0.1)', within(55000, 0.1), 55000.1, 1],
		['a decimal value just past a decimal tolerance scores 0', within(55000, 0.1), 55000.11, 0],
		['a percentage edge survives floating point (0.3 within 0.1 of 0.2)', within(0.2, 0.1), 0.3, 1],
		['a negative answer is matched symmetrically', within(-3, 0.5), -3.5, 1],
		['no answer yet scores 0', exact, null, 0],
		['a value that is not a number scores 0', exact, Number.NaN, 0],
		['an infinite value scores 0', within(55000, Number.MAX_VALUE), Infinity, 0]
	])('%s', (_, exercise, value, expected) => {
		expect(scoreNumeric(exercise, { type: 'numeric', value }).score).toBe(expected);
	});

	test('returns the answer, tolerance and unit for feedback', () => {
		expect(scoreNumeric(exact, { type: 'numeric', value: 46000 })).toEqual({
			type: 'numeric',
			score: 0,
			points: 0,
			maxPoints: 1,
			correct: false,
			value: 46000,
			answer: 55000,
			tolerance: 0,
			unit: 'soldiers'
		});
	});
});
