// What a passage shows while some categories are switched off in the legend.
import { describe, expect, it } from 'vitest';
import { keepUnchanged, shownSegments } from './visibility.js';
import { segment, type Highlight } from './segment.js';

const h = (id: string, category: string, start: number, end: number): Highlight => ({ id, category, start, end });
const text = 'abcdef';
// "q" a loaded question over abcd, "u" an unsupported claim over cdef: they overlap on "cd".
const highlights = [h('q', 'loaded-question', 0, 4), h('u', 'unsupported-claim', 2, 6)];
const segments = segment(text, highlights);
const categoryOf = new Map(highlights.map((x) => [x.id, x.category]));
const shape = (on: string[]) =>
	shownSegments(segments, categoryOf, (c) => on.includes(c)).map((s) => [s.annotations.join('+'), s.categories.join(' ')]);

describe('shownSegments', () => {
	it('shows every annotation while all categories are on', () => {
		expect(shape(['loaded-question', 'unsupported-claim'])).toEqual([
			['q', 'loaded-question'],
			['q+u', 'loaded-question unsupported-claim'],
			['u', 'unsupported-claim']
		]);
	});

	it('keeps an overlap highlighted while one of its categories is on, as that category alone', () => {
		expect(shape(['unsupported-claim'])).toEqual([
			['', ''],
			['u', 'unsupported-claim'],
			['u', 'unsupported-claim']
		]);
	});

	it('shows nothing once every category is off', () => {
		expect(shape([])).toEqual([
			['', ''],
			['', ''],
			['', '']
		]);
	});

	it('hands back the same object for a segment a toggle did not change, and a new one where it did', () => {
		const isOn = (on: string[]) => (c: string) => on.includes(c);
		const all = shownSegments(segments, categoryOf, isOn(['loaded-question', 'unsupported-claim']));
		const some = shownSegments(segments, categoryOf, isOn(['loaded-question']), all);
		expect(some[0]).toBe(all[0]);
		expect(some[1]).not.toBe(all[1]);
		expect(some[1].categories).toEqual(['loaded-question']);
	});
});

describe('keepUnchanged', () => {
	it('keeps the earlier list where it has the same ids, and takes the new one where not', () => {
		const before = new Map([
			[0, ['a']],
			[2, ['b', 'c']]
		]);
		const after = keepUnchanged(
			before,
			new Map([
				[0, ['a']],
				[2, ['c']],
				[3, ['d']]
			])
		);
		expect(after.get(0)).toBe(before.get(0));
		expect(after.get(2)).toEqual(['c']);
		expect([...after.keys()]).toEqual([0, 2, 3]);
	});
});
