import { describe, expect, it } from 'vitest';
import { anchor, findQuote, quoteSelectorFor, selectorsFor } from './text-quote.js';
import type { TextQuoteSelector } from '../content/types.js';

const text = 'Who is counting? Who benefits? Who is counting, and who benefits from the silence?';
const quote = (exact: string, prefix?: string, suffix?: string): TextQuoteSelector => ({
	type: 'TextQuoteSelector',
	exact,
	prefix,
	suffix
});
const position = (start: number, end: number) => ({ type: 'TextPositionSelector' as const, start, end });

describe('findQuote', () => {
	it.each([
		['returns nothing if the quote is empty', quote(''), []],
		['returns nothing if the quote is absent', quote('Who is lying'), []],
		['returns every occurrence without context', quote('Who is counting'), [0, 31]],
		['narrows by prefix', quote('Who is counting', 'benefits? '), [31]],
		['narrows by suffix', quote('Who is counting', '', '?'), [0]],
		['needs the whole prefix to fit before the quote', quote('Who', 'x'), []],
		['matches at the very start with an empty prefix', quote('Who is counting?', ''), [0]]
	])('%s', (_name, selector, starts) => {
		expect(findQuote(text, selector).map((r) => r.start)).toEqual(starts);
	});
});

describe('anchor', () => {
	it('anchors when quote and position agree', () => {
		expect(anchor(text, quote('Who benefits?'), position(17, 30))).toEqual({ ok: true, range: { start: 17, end: 30 } });
	});
	it.each([
		['rejects an empty quote', quote(''), position(0, 0), 'empty-quote'],
		['rejects a quote that is not in the text', quote('Who is lying?'), position(0, 13), 'quote-not-found'],
		['rejects a quote that occurs twice without context', quote('Who is counting'), position(0, 15), 'ambiguous-quote'],
		['rejects a position that does not reproduce the quote', quote('Who benefits?'), position(16, 29), 'position-mismatch']
	])('%s', (_name, q, p, problem) => {
		const result = anchor(text, q, p);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.problem).toBe(problem);
	});
	it('says where the quote really is when the position is wrong', () => {
		expect(anchor(text, quote('Who benefits?'), position(16, 29))).toMatchObject({
			found: ' Who benefits',
			quoteAt: { start: 17, end: 30 }
		});
	});
});

describe('selectors round trip', () => {
	const article = 'A grim milestone. But how accurate is it? How many more are missing? But how accurate is it?';
	it.each([
		[0, 1],
		[2, 16],
		[18, 41],
		[69, article.length],
		[0, article.length]
	])('selectors for %i–%i anchor back to the same range and describe it the same way', (start, end) => {
		const [q, p] = selectorsFor(article, { start, end });
		const anchored = anchor(article, q, p);
		expect(anchored).toEqual({ ok: true, range: { start, end } });
		expect(anchored.ok && selectorsFor(article, anchored.range)).toEqual([q, p]);
	});
	it('lengthens the context until a quote in a repeated paragraph is unique', () => {
		const paragraph = 'Russia has also incurred significant losses in the war, with estimates suggesting nearly 420,000.\n';
		const repeated = `Intro.\n${paragraph}Middle.\n${paragraph}`;
		const second = repeated.lastIndexOf('estimates');
		const [q, p] = selectorsFor(repeated, { start: second, end: second + 9 });
		expect((q.prefix ?? '').length).toBeGreaterThan(32);
		expect(anchor(repeated, q, p)).toEqual({ ok: true, range: { start: second, end: second + 9 } });
	});
	it('keeps at most 32 characters of context on each side and omits empty context', () => {
		const q = quoteSelectorFor(article, { start: 42, end: 68 });
		expect(q.prefix).toHaveLength(32);
		expect(q.suffix).toHaveLength(24);
		expect(quoteSelectorFor(article, { start: 0, end: 1 })).not.toHaveProperty('prefix');
	});
});
