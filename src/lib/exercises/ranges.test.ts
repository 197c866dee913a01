import { describe, expect, test } from 'vitest';
import { clampRange, coverage, coveredLength, coversHalf, mergeRanges } from './ranges.js';

describe('mergeRanges', () => {
	test.each([
		[
			'sorts ranges',
			[
				{ start: 5, end: 6 },
				{ start: 1, end: 2 }
			],
			[
				{ start: 1, end: 2 },
				{ start: 5, end: 6 }
			]
		],
		[
			'merges overlapping ranges',
			[
				{ start: 1, end: 5 },
				{ start: 3, end: 8 }
			],
			[{ start: 1, end: 8 }]
		],
		[
			'merges touching ranges',
			[
				{ start: 1, end: 3 },
				{ start: 3, end: 4 }
			],
			[{ start: 1, end: 4 }]
		],
		[
			'keeps a range inside another once',
			[
				{ start: 1, end: 9 },
				{ start: 2, end: 3 }
			],
			[{ start: 1, end: 9 }]
		],
		['returns nothing for nothing', [], []]
	])('%s', (_, ranges, expected) => {
		expect(mergeRanges(ranges)).toEqual(expected);
	});

	test('does not change the ranges it is given', () => {
		const ranges = [
			{ start: 1, end: 5 },
			{ start: 3, end: 8 }
		];
		mergeRanges(ranges);
		expect(ranges).toEqual([
			{ start: 1, end: 5 },
			{ start: 3, end: 8 }
		]);
	});
});

describe('coverage', () => {
	const merged = [
		{ start: 0, end: 4 },
		{ start: 6, end: 8 }
	];
	test('counts only the characters inside the range', () => {
		expect(coveredLength(merged, { start: 2, end: 7 })).toBe(3);
		expect(coverage(merged, { start: 2, end: 7 })).toBeCloseTo(0.6);
	});

	test.each([
		['counts exactly half as covering half', { start: 2, end: 6 }, true],
		['counts just under half as not covering half (4 of 9)', { start: 2, end: 11 }, false],
		['never counts an empty range as covered', { start: 3, end: 3 }, false]
	])('%s', (_, range, expected) => {
		expect(coversHalf(merged, range)).toBe(expected);
	});
});

describe('clampRange', () => {
	test.each([
		['clamps to the text', { start: -3, end: 20 }, { start: 0, end: 10 }],
		['drops an empty range', { start: 4, end: 4 }, null],
		['drops a reversed range', { start: 6, end: 2 }, null],
		['drops a range outside the text', { start: 12, end: 15 }, null],
		['drops a range that is not a number', { start: Number.NaN, end: 3 }, null]
	])('%s', (_, range, expected) => {
		expect(clampRange(range, 10)).toEqual(expected);
	});
});
