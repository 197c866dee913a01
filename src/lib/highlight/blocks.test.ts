// Blocks of lines: the article drawn in pieces the browser may skip, looking exactly as before.
import { describe, expect, it } from 'vitest';
import { inBlocks } from './blocks.js';
import { segment, type Highlight } from './segment.js';

const h = (id: string, start: number, end: number): Highlight => ({ id, category: 'c', start, end });
/** Each block as its segments' [text, annotation ids]. */
function blocksOf(text: string, highlights: Highlight[]) {
	const { segments, blocks } = inBlocks(text, segment(text, highlights));
	return blocks.map((b) => segments.slice(b.from, b.to).map((s) => [s.text, s.annotations.join('+')]));
}

describe('inBlocks', () => {
	it('keeps a text without line breaks as one block', () => {
		expect(blocksOf('One line.', [h('a', 4, 8)])).toEqual([
			[
				['One ', ''],
				['line', 'a'],
				['.', '']
			]
		]);
	});

	it('ends a block after a run of line breaks, which stay at the end of the block before', () => {
		expect(blocksOf('One.\n\nTwo.\nThree.\n', [])).toEqual([[['One.\n\n', '']], [['Two.\n', '']], [['Three.\n', '']]]);
	});

	it('cuts a passage that runs over a line end in two, both parts with its annotations', () => {
		expect(blocksOf('Featured\nimage', [h('artifact', 0, 14)])).toEqual([[['Featured\n', 'artifact']], [['image', 'artifact']]]);
	});

	it('gives no empty block for a text that starts with line breaks', () => {
		expect(blocksOf('\n\nText', [])).toEqual([[['\n\n', '']], [['Text', '']]]);
		expect(blocksOf('', [])).toEqual([]);
	});

	it('covers the text exactly, in order, so the article reads as published', () => {
		const text = 'Who is counting?\n\nAnd who benefits\nfrom the silence?\n\nFeatured image';
		const { segments, blocks } = inBlocks(text, segment(text, [h('a', 7, 40), h('b', 17, 60), h('c', 50, 70)]));
		expect(segments.map((s) => s.text).join('')).toBe(text);
		for (const [i, s] of segments.entries()) {
			expect(s.text).toBe(text.slice(s.start, s.end));
			if (i) expect(s.start).toBe(segments[i - 1].end);
		}
		expect(blocks.map((b) => b.from)).toEqual([0, ...blocks.slice(0, -1).map((b) => b.to)]);
		expect(blocks.at(-1)!.to).toBe(segments.length);
		for (const b of blocks.slice(1)) expect(text[segments[b.from].start - 1]).toBe('\n');
	});
});
