// What counts as a word, a quote and a sentence end in article text, shared by selection snapping
// and clause splitting so that both agree on where a word stops. Works on UTF-16 offsets, as the
// DOM and the annotations' TextPositionSelector do.

const LETTER_OR_DIGIT = /^[\p{L}\p{N}\p{M}]$/u;
const DIGIT = /^\p{N}$/u;
const LOWER_CASE = /^\p{Ll}$/u;

/** Characters that join two letters into one word: "isn’t", "US-mediated". */
const LETTER_JOINERS = new Set(["'", '’', '-', '‐', '‑']);
/** Characters that join two digits into one number: "55,000", "1.2", "10:30". */
const DIGIT_JOINERS = new Set([',', '.', ':']);

/** Closing quotes and brackets, paired with the opener each needs before it. */
export const CLOSER_OF: Record<string, string> = { '”': '“', '’': '‘', '"': '"', "'": "'", ')': '(', ']': '[', '»': '«' };
export const OPENERS = new Set(Object.values(CLOSER_OF));
export const CLOSERS = new Set(Object.keys(CLOSER_OF));
export const SENTENCE_ENDS = new Set(['.', '?', '!', '…']);
export const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/g;

/** The whole code point at `i`, even when `i` points at the second half of a surrogate pair. */
function codePointAround(text: string, i: number): string {
	const unit = text.charCodeAt(i);
	if (unit >= 0xdc00 && unit <= 0xdfff && i > 0) return String.fromCodePoint(text.codePointAt(i - 1) ?? unit);
	return String.fromCodePoint(text.codePointAt(i) ?? unit);
}

export function isLetterOrDigit(text: string, i: number): boolean {
	return i >= 0 && i < text.length && LETTER_OR_DIGIT.test(codePointAround(text, i));
}

export function isLowerCase(text: string, i: number): boolean {
	return i >= 0 && i < text.length && LOWER_CASE.test(codePointAround(text, i));
}

function isDigit(text: string, i: number): boolean {
	return i >= 0 && i < text.length && DIGIT.test(text[i]);
}

/** Whether the UTF-16 unit at `i` belongs to a word, joiners included. */
export function isWordAt(text: string, i: number): boolean {
	if (isLetterOrDigit(text, i)) return true;
	const char = text[i];
	if (LETTER_JOINERS.has(char)) return isLetterOrDigit(text, i - 1) && isLetterOrDigit(text, i + 1);
	if (DIGIT_JOINERS.has(char)) return isDigit(text, i - 1) && isDigit(text, i + 1);
	return false;
}

export function isSpace(text: string, i: number): boolean {
	return /\s/.test(text[i] ?? '');
}

/** Number of words in text[start, end). */
export function countWords(text: string, start: number, end: number): number {
	let count = 0;
	for (let i = start; i < end; i++) if (isWordAt(text, i) && !isWordAt(text, i - 1)) count++;
	return count;
}
