// The W3C Web Annotation selector shapes (https://www.w3.org/TR/annotation-model/#selectors) that
// Sidelight's annotations target articles with. A leaf, so content depends on anchoring and never
// the reverse (Hypothesis keeps the same shapes in its types-only src/types/api.ts).

/** https://www.w3.org/TR/annotation-model/#text-quote-selector */
export interface TextQuoteSelector {
	type: 'TextQuoteSelector';
	exact: string;
	prefix?: string;
	suffix?: string;
}

/** https://www.w3.org/TR/annotation-model/#text-position-selector — offsets in UTF-16 code units, as in the DOM. */
export interface TextPositionSelector {
	type: 'TextPositionSelector';
	start: number;
	end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;
