import { describe, expect, test } from 'vitest';
import { ASSIGNMENT } from '../assignments/testing/fixtures.js';
import type { Counts } from '../assignments/types.js';
import { allowedAttempts, countedAttempt } from './counted.js';
import type { ScoredAttempt } from './types.js';

const attempts = (...scores: number[]): ScoredAttempt[] =>
	scores.map((score) => ({ answer: { type: 'numeric', value: score }, score }));

describe('countedAttempt', () => {
	test.each<[string, number[], number, Counts, number | undefined]>([
		['the first attempt', [0.2, 0.9, 0.5], 0, 'first', 0.2],
		['the best attempt', [0.2, 0.9, 0.5], 0, 'best', 0.9],
		['the last attempt', [0.2, 0.9, 0.5], 0, 'last', 0.5],
		['the best of the allowed two only', [0.2, 0.5, 1, 1], 2, 'best', 0.5],
		['the last of the allowed two, not the last handed in', [0.2, 0.5, 1], 2, 'last', 0.5],
		['the only allowed attempt, whatever the rule', [0.3, 1], 1, 'best', 0.3],
		['nothing when there are no attempts', [], 2, 'best', undefined]
	])('counts %s', (_, scores, allowed, counts, expected) => {
		expect(countedAttempt(attempts(...scores), { ...ASSIGNMENT, attempts: allowed, counts })?.score).toBe(expected);
	});

	test('of equal best scores counts the earliest', () => {
		const list = attempts(0.5, 0.5);
		expect(countedAttempt(list, { ...ASSIGNMENT, counts: 'best' })).toBe(list[0]);
	});

	test('gains nothing from a forged code with fifty attempts', () => {
		const forged = attempts(0, 0, ...Array<number>(48).fill(1));
		for (const counts of ['first', 'best', 'last'] as const) {
			expect(countedAttempt(forged, { ...ASSIGNMENT, attempts: 2, counts })?.score).toBe(0);
		}
		expect(allowedAttempts(forged, { ...ASSIGNMENT, attempts: 2 })).toHaveLength(2);
	});
});
