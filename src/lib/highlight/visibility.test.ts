// What a passage shows while some categories are switched off in the legend.
import { describe, expect, it } from 'vitest';
import { changedAttributes, shownSegments } from './visibility.js';
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
});

describe('changedAttributes', () => {
	it('writes everything the first time, then only what differs, and removes what is gone', () => {
		expect(changedAttributes(undefined, { role: 'button', 'data-off': undefined })).toEqual([
			['role', 'button'],
			['data-off', undefined]
		]);
		expect(changedAttributes({ role: 'button', tabindex: '0' }, { role: 'button', tabindex: '-1' })).toEqual([
			['tabindex', '-1']
		]);
		expect(changedAttributes({ role: 'button', 'aria-label': 'x' }, { role: 'none', 'aria-label': undefined })).toEqual([
			['role', 'none'],
			['aria-label', undefined]
		]);
		expect(changedAttributes({ 'data-anchor': '3' }, {})).toEqual([['data-anchor', undefined]]);
	});
});
