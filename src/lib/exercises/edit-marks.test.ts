import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { splitIntoClauses } from '../text/split-into-clauses.js';
import { addMark, removeMark, toggleMark } from './edit-marks.js';
import { resolveKey } from './resolve-key.js';
import { scoreMark } from './score-mark.js';
import { CASE, EXERCISES, FAIL_TEXT, rangeOf } from './testing/fixtures.js';
import type { MarkExercise, MarkKey, TextRange } from './types.js';

const text = 'The numbers are staggering, and they raise questions that few in power seem willing to answer. Next one.';
const at = (quote: string) => rangeOf(text, quote);

describe('addMark', () => {
	test.each<[string, TextRange[], TextRange, TextRange[]]>([
		['adds a mark to none', [], at('staggering'), [at('staggering')]],
		[
			'joins a mark separated only by a comma and a space',
			[at('The numbers are staggering')],
			at('and they raise'),
			[at('The numbers are staggering, and they raise')]
		],
		['joins overlapping marks', [at('numbers are')], at('are staggering'), [at('numbers are staggering')]],
		['keeps apart marks with a word between them', [at('The numbers')], at('staggering'), [at('The numbers'), at('staggering')]],
		[
			'joins marks on both sides at once',
			[at('The numbers are staggering'), at('they raise')],
			at('and'),
			[at('The numbers are staggering, and they raise')]
		]
	])('%s', (_, marks, mark, expected) => {
		expect(addMark(text, marks, mark)).toEqual(expected);
	});

	test('gives a stretch marked under a new label to that label alone', () => {
		const marks = [{ ...at('The numbers are staggering'), label: 'emotive-language' }];
		expect(addMark(text, marks, { ...at('staggering'), label: 'loaded-question' })).toEqual([
			{ ...at('The numbers are '), label: 'emotive-language' },
			{ ...at('staggering'), label: 'loaded-question' }
		]);
	});
});

describe('removeMark', () => {
	test('splits a mark around the stretch removed', () => {
		expect(removeMark([at('The numbers are staggering')], at('are'))).toEqual([at('The numbers '), at(' staggering')]);
	});
});

describe('toggleMark', () => {
	test('marks an unmarked clause and unmarks it on the second toggle', () => {
		const once = toggleMark(text, [], at('staggering'));
		expect(once).toEqual([at('staggering')]);
		expect(toggleMark(text, once, at('staggering'))).toEqual([]);
	});

	test('marks a clause that is only partly marked', () => {
		expect(toggleMark(text, [at('numbers')], at('The numbers are staggering,'))).toEqual([at('The numbers are staggering,')]);
	});

	test('stores a sentence marked clause by clause as one mark', () => {
		const clauses = splitIntoClauses(text).filter((c) => c.sentence === 0);
		expect(clauses.length).toBeGreaterThan(1);
		const marks = clauses.reduce<TextRange[]>((all, c) => toggleMark(text, all, { start: c.start, end: c.end }), []);
		expect(marks).toEqual([at('The numbers are staggering, and they raise questions that few in power seem willing to answer.')]);
	});

	test('toggling clause by clause costs what one drag over the same clauses costs', () => {
		const exercise = EXERCISES.mark as MarkExercise;
		const key = resolveKey(exercise, [CASE]) as MarkKey;
		const clauses = splitIntoClauses(FAIL_TEXT);
		fc.assert(
			fc.property(fc.integer({ min: 0, max: clauses.length - 1 }), fc.integer({ min: 1, max: 4 }), (first, count) => {
				const chosen = clauses.slice(first, first + count);
				const toggled = chosen.reduce<TextRange[]>((all, c) => toggleMark(FAIL_TEXT, all, { start: c.start, end: c.end }), []);
				const dragged = [{ start: chosen[0].start, end: chosen.at(-1)!.end }];
				const score = (marks: TextRange[]) => scoreMark(exercise, key, { type: 'mark', marks }).score;
				expect(score(toggled)).toBe(score(dragged));
			})
		);
	});
});
