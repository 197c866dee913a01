import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { splitIntoClauses } from '../text/split-into-clauses.js';
import { addMark, refinePart, removeMark, toggleMark, wordsIn } from './edit-marks.js';
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

describe('refining a keyboard mark word by word', () => {
	const question = 'Who is counting, and who benefits from the silence?';
	const clause = { start: 0, end: question.length };
	const words = (r: TextRange) => question.slice(r.start, r.end);

	test('finds the words of a clause, punctuation left out and joined words kept whole', () => {
		expect(wordsIn('isn’t it, 55,000?', { start: 0, end: 17 }).map((r) => 'isn’t it, 55,000?'.slice(r.start, r.end))).toEqual([
			'isn’t',
			'it',
			'55,000'
		]);
	});

	test('lets a student leave out the fair half of a question and mark only the loaded half', () => {
		let part: TextRange = clause;
		for (let i = 0; i < 4; i++) part = refinePart(question, clause, part, 'start', 1);
		expect(words(part)).toBe('who benefits from the silence?');
		expect(words(refinePart(question, clause, part, 'start', -1))).toBe('and who benefits from the silence?');
	});

	test('shrinks and extends the end by a word, and takes the closing punctuation with the last word', () => {
		const shorter = refinePart(question, clause, clause, 'end', -1);
		expect(words(shorter)).toBe('Who is counting, and who benefits from the');
		expect(words(refinePart(question, clause, shorter, 'end', 1))).toBe(question);
	});

	test('never leaves the clause and never shrinks below one word', () => {
		expect(refinePart(question, clause, clause, 'end', 1)).toEqual(clause);
		expect(refinePart(question, clause, clause, 'start', -1)).toEqual(clause);
		let part: TextRange = clause;
		for (let i = 0; i < 20; i++) part = refinePart(question, clause, part, 'start', 1);
		expect(words(part)).toBe('silence?');
		for (let i = 0; i < 20; i++) part = refinePart(question, clause, part, 'end', -1);
		expect(words(part)).toBe('silence?');
	});

	test('a refined part marked becomes one mark of just those words, which scoring sees as a drag would make', () => {
		let part: TextRange = clause;
		for (let i = 0; i < 4; i++) part = refinePart(question, clause, part, 'start', 1);
		expect(addMark(question, [], part)).toEqual([{ start: question.indexOf('who benefits'), end: question.length }]);
	});
});
