import { describe, expect, test } from 'vitest';
import { mergeAttempts } from './merge-attempts.js';
import type { ScoredAttempt } from './types.js';

/** Attempts at a numeric exercise, named by the value answered. */
const attempts = (...values: number[]): ScoredAttempt[] =>
	values.map((value) => ({ answer: { type: 'numeric', value }, score: value === 1 ? 1 : 0 }));

describe('mergeAttempts', () => {
	test.each([
		['a later hand-in from the same browser replaces the earlier', [1, 2], [1, 2, 3], [1, 2, 3]],
		['an earlier hand-in imported late adds nothing', [1, 2, 3], [1, 2], [1, 2, 3]],
		['the same attempts again add nothing', [1, 2], [1, 2], [1, 2]],
		['attempts from another device come after those imported', [5, 6], [1], [5, 6, 1]],
		['a first hand-in is taken as it is', [], [3, 1], [3, 1]]
	])('%s', (_, existing, incoming, merged) => {
		expect(mergeAttempts(attempts(...existing), attempts(...incoming))).toEqual(attempts(...merged));
	});
});
