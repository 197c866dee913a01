import { describe, expect, test } from 'vitest';
import { scoreRank } from './score-rank.js';
import { EXERCISES } from './testing/fixtures.js';
import type { RankExercise } from './types.js';

const five: RankExercise = {
	...(EXERCISES.rank as RankExercise),
	items: ['a', 'b', 'c', 'd', 'e'],
	order: ['e', 'b', 'c', 'd', 'a']
};

describe('scoreRank', () => {
	test.each<[string, string[], number]>([
		['the key scores 1', ['e', 'b', 'c', 'd', 'a'], 1],
		['the reverse of the key scores 0', ['a', 'd', 'c', 'b', 'e'], 0],
		['swapping two neighbours loses one pair in ten', ['b', 'e', 'c', 'd', 'a'], 0.9],
		['swapping the first and last loses seven pairs in ten', ['a', 'b', 'c', 'd', 'e'], 0.3],
		['an empty answer scores 0', [], 0],
		['an incomplete order earns only the pairs it places', ['e', 'b'], 0.1],
		['a repeated article counts at its first place', ['e', 'b', 'c', 'd', 'a', 'e'], 1],
		['unknown ids are ignored', ['e', 'x', 'b', 'c', 'd', 'a'], 1]
	])('%s', (_, order, expected) => {
		expect(scoreRank(five, { type: 'rank', order }).score).toBeCloseTo(expected, 10);
	});

	test('reports each pair of the key as right or not', () => {
		const result = scoreRank(
			{ ...five, items: ['a', 'b', 'c'], order: ['a', 'b', 'c'] },
			{ type: 'rank', order: ['b', 'a', 'c'] }
		);
		expect(result.pairs).toEqual([
			{ before: 'a', after: 'b', right: false },
			{ before: 'a', after: 'c', right: true },
			{ before: 'b', after: 'c', right: true }
		]);
		expect(result).toMatchObject({ points: 2, maxPoints: 3, correct: false });
	});
});
