import { describe, expect, it } from 'vitest';
import { segment, type Highlight } from './segment.js';

const h = (id: string, category: string, start: number, end: number): Highlight => ({ id, category, start, end });
const shape = (text: string, highlights: Highlight[]) =>
	segment(text, highlights).map((s) => [s.text, s.annotations.join('+'), s.categories.join(' ')]);

describe('segment', () => {
	it.each([
		['returns the whole text as one plain segment when nothing is annotated', 'abc', [], [['abc', '', '']]],
		['returns no segments for an empty text', '', [], []],
		[
			'splits around a highlight in the middle',
			'abcde',
			[h('x', 'sourced', 1, 3)],
			[
				['a', '', ''],
				['bc', 'x', 'sourced'],
				['de', '', '']
			]
		],
		['handles a highlight at the very start and end', 'abc', [h('x', 'sourced', 0, 3)], [['abc', 'x', 'sourced']]],
		[
			'keeps both annotations where they overlap',
			'abcdef',
			[h('q', 'loaded-question', 0, 4), h('u', 'unsupported-claim', 2, 6)],
			[
				['ab', 'q', 'loaded-question'],
				['cd', 'q+u', 'loaded-question unsupported-claim'],
				['ef', 'u', 'unsupported-claim']
			]
		],
		[
			'nests an inner annotation inside an outer one, outer first',
			'abcdef',
			[h('inner', 'vague-attribution', 2, 3), h('outer', 'unsupported-claim', 0, 6)],
			[
				['ab', 'outer', 'unsupported-claim'],
				['c', 'outer+inner', 'unsupported-claim vague-attribution'],
				['def', 'outer', 'unsupported-claim']
			]
		],
		[
			'lists a category once when two annotations of it overlap',
			'abcd',
			[h('a', 'artifact', 0, 3), h('b', 'artifact', 1, 4)],
			[
				['a', 'a', 'artifact'],
				['bc', 'a+b', 'artifact'],
				['d', 'b', 'artifact']
			]
		],
		[
			'does not merge adjacent highlights',
			'abcd',
			[h('a', 'sourced', 0, 2), h('b', 'sourced', 2, 4)],
			[
				['ab', 'a', 'sourced'],
				['cd', 'b', 'sourced']
			]
		],
		[
			'ignores empty highlights and clips ones past the end',
			'abc',
			[h('e', 'sourced', 1, 1), h('x', 'sourced', 2, 99)],
			[
				['ab', '', ''],
				['c', 'x', 'sourced']
			]
		]
	])('%s', (_name, text, highlights, expected) => {
		expect(shape(text, highlights)).toEqual(expected);
	});

	it('covers the text exactly, so joining the segments gives the article back', () => {
		const text = 'Who is counting, and who benefits from the silence?\n\nFeatured image';
		const segments = segment(text, [h('a', 'loaded-question', 21, 52), h('b', 'artifact', 54, 68), h('c', 'x', 0, 60)]);
		expect(segments.map((s) => s.text).join('')).toBe(text);
		for (const [i, s] of segments.entries()) if (i) expect(s.start).toBe(segments[i - 1].end);
	});
});
