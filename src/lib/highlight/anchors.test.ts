// One focusable, named highlight per annotation, however the annotations nest.
import { describe, expect, it } from 'vitest';
import { anchorSegments, highlightName } from './anchors.js';
import { segment, type Highlight } from './segment.js';

const h = (id: string, start: number, end: number, category = 'c'): Highlight => ({ id, category, start, end });
/** The anchors as [segment text, annotation ids] pairs. */
function anchorsOf(text: string, highlights: Highlight[]) {
	const segments = segment(text, highlights);
	return [...anchorSegments(segments, highlights)].map(([i, ids]) => [segments[i].text, ids.join('+')]);
}

describe('anchorSegments', () => {
	it('gives a plain highlight one anchor: itself', () => {
		expect(anchorsOf('Who benefits?', [h('a', 0, 13)])).toEqual([['Who benefits?', 'a']]);
	});

	it('gives an inner passage and the passage around it one anchor each, in reading order', () => {
		// "Peace Talks Fail" inside the headline: the headline is reached at its start, the inner one at its own words.
		const text = 'War Hits Milestone as Peace Talks Fail';
		expect(anchorsOf(text, [h('headline', 0, 38), h('fail', 22, 38)])).toEqual([
			['War Hits Milestone as ', 'headline'],
			['Peace Talks Fail', 'fail']
		]);
	});

	it('never makes a focusable piece of punctuation out of what is left of an outer passage', () => {
		const text = 'who is accused of prolonging the war?';
		expect(anchorsOf(text, [h('outer', 0, 37), h('inner', 0, 36)])).toEqual([
			['who is accused of prolonging the war', 'inner+outer']
		]);
	});

	it('lets the longer of two passages that start together be reached in its own words', () => {
		const text = 'are accused of prolonging the war';
		expect(anchorsOf(text, [h('claim', 0, 33), h('vague', 0, 11)])).toEqual([
			['are accused', 'vague'],
			[' of prolonging the war', 'claim']
		]);
	});

	it('shares one anchor between two annotations of exactly the same words', () => {
		expect(anchorsOf('Firefighters at work', [h('artifact', 0, 20), h('duplicate', 0, 20)])).toEqual([
			['Firefighters at work', 'artifact+duplicate']
		]);
	});

	it('anchors every annotation exactly once, so none is out of reach from the keyboard', () => {
		const text = 'a b c d e f g h i j k l m n o p';
		const highlights = [h('1', 0, 31), h('2', 2, 9), h('3', 2, 5), h('4', 4, 14), h('5', 20, 21), h('6', 20, 21)];
		const segments = segment(text, highlights);
		const anchored = [...anchorSegments(segments, highlights).values()].flat().sort();
		expect(anchored).toEqual(['1', '2', '3', '4', '5', '6']);
	});
});

describe('highlightName', () => {
	it('says the words, then the category', () => {
		expect(highlightName('But who is\n pulling the strings?', ['Loaded question'])).toBe(
			'But who is pulling the strings? — Loaded question'
		);
	});
	it('puts a pause between several categories, and names each once', () => {
		expect(highlightName('Firefighters', ['Page artifact', 'Duplicated text', 'Page artifact'])).toBe(
			'Firefighters — Page artifact; Duplicated text'
		);
	});
});
