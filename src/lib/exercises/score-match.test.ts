import { describe, expect, test } from 'vitest';
import { scoreMatch } from './score-match.js';
import { EXERCISES } from './testing/fixtures.js';
import type { MatchExercise } from './types.js';

const exercise = EXERCISES.match as MatchExercise;

describe('scoreMatch', () => {
	test.each<[string, Record<string, string>, number]>([
		['the key scores 1', { f55: 'a', f46: 'a', f600: 'b' }, 1],
		['an empty answer scores 0', {}, 0],
		['two of three pairs right score 2/3', { f55: 'a', f46: 'b', f600: 'b' }, 2 / 3],
		['pairing everything with one item scores only the pairs it gets right', { f55: 'a', f46: 'a', f600: 'a' }, 2 / 3],
		['a pair to an unknown item is wrong', { f55: 'z', f46: 'a', f600: 'b' }, 2 / 3]
	])('%s', (_, pairs, expected) => {
		expect(scoreMatch(exercise, { type: 'match', pairs }).score).toBeCloseTo(expected, 10);
	});

	test('reports each left item with the pair chosen and the right one', () => {
		expect(scoreMatch(exercise, { type: 'match', pairs: { f46: 'b' } }).pairs).toEqual([
			{ left: 'f55', chosen: null, expected: 'a', right: false },
			{ left: 'f46', chosen: 'b', expected: 'a', right: false },
			{ left: 'f600', chosen: null, expected: 'b', right: false }
		]);
	});
});
