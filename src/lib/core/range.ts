// A range of characters in an article's text, in UTF-16 code units as the DOM counts them. A leaf:
// anchoring, text splitting, exercises and marks all use it, so it imports nothing.

export interface TextRange {
	start: number;
	end: number;
}
