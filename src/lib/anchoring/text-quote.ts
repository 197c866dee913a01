// Anchoring: where does a W3C selector point in an article's plain text, and which selectors
// describe a range? Works on strings only; the DOM layer renders what this computes.
// Modelled on Hypothesis' client (src/annotator/anchoring): position first, checked against the
// quote, with the quote (narrowed by its prefix and suffix) as the authority.
import type { TextRange } from '../core/range.js';
import type { TextPositionSelector, TextQuoteSelector } from './selectors.js';

export type { TextRange };

/**
 * Characters of context stored before and after a quote, to begin with. 32, as in Hypothesis:
 * short enough to read in a JSON file and enough for almost every quote. Where a whole paragraph
 * is printed twice (Article D), 32 characters match both copies, so `quoteSelectorFor` doubles
 * the context until the quote is unique.
 */
export const CONTEXT_LENGTH = 32;

/** Every range where `exact` occurs with `prefix` right before it and `suffix` right after it. */
export function findQuote(text: string, quote: Omit<TextQuoteSelector, 'type'>): TextRange[] {
	const { exact, prefix = '', suffix = '' } = quote;
	if (exact === '') return [];
	const ranges: TextRange[] = [];
	for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
		const end = at + exact.length;
		if (text.slice(at - prefix.length, at) === prefix && text.slice(end, end + suffix.length) === suffix) {
			if (at - prefix.length >= 0) ranges.push({ start: at, end });
		}
	}
	return ranges;
}

export function quoteSelectorFor(text: string, range: TextRange, contextLength = CONTEXT_LENGTH): TextQuoteSelector {
	for (let length = contextLength; ; length *= 2) {
		const selector: TextQuoteSelector = { type: 'TextQuoteSelector', exact: text.slice(range.start, range.end) };
		const prefix = text.slice(Math.max(0, range.start - length), range.start);
		const suffix = text.slice(range.end, range.end + length);
		if (prefix) selector.prefix = prefix;
		if (suffix) selector.suffix = suffix;
		if (length >= text.length || findQuote(text, selector).length === 1) return selector;
	}
}

export function positionSelectorFor(range: TextRange): TextPositionSelector {
	return { type: 'TextPositionSelector', start: range.start, end: range.end };
}

/** The pair of selectors an annotation stores for a range: the inverse of `anchor`. */
export function selectorsFor(text: string, range: TextRange): [TextQuoteSelector, TextPositionSelector] {
	return [quoteSelectorFor(text, range), positionSelectorFor(range)];
}

export type AnchorResult =
	| { ok: true; range: TextRange }
	| { ok: false; problem: 'empty-quote' | 'quote-not-found' }
	| { ok: false; problem: 'ambiguous-quote'; matches: TextRange[] }
	| { ok: false; problem: 'position-mismatch'; found: string; quoteAt: TextRange };

/**
 * Anchors a quote and a position together, strictly, as the build does: the quote with its
 * context must occur exactly once, and the position must point at that same occurrence.
 */
export function anchor(text: string, quote: TextQuoteSelector, position: TextPositionSelector): AnchorResult {
	if (quote.exact === '') return { ok: false, problem: 'empty-quote' };
	// Position first (cheap, and what a reader's browser would trust), then confirm it is the quote's only match.
	const matches = findQuote(text, quote);
	if (matches.length === 0) return { ok: false, problem: 'quote-not-found' };
	if (matches.length > 1) {
		// A position cannot settle an ambiguous quote: an edit to the text could move it silently.
		return { ok: false, problem: 'ambiguous-quote', matches };
	}
	const [only] = matches;
	if (only.start !== position.start || only.end !== position.end) {
		return { ok: false, problem: 'position-mismatch', found: text.slice(position.start, position.end), quoteAt: only };
	}
	return { ok: true, range: only };
}
