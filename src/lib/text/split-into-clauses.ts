// The steps a keyboard user moves by when marking: sentences, and the clauses of long sentences,
// so that a student who cannot drag can still mark "sources close to the president" without
// marking the whole sentence around it. Every word of the text is in exactly one clause.
import type { TextRange } from '../core/range.js';
import { CLOSERS, countWords, isSpace, isWordAt } from './characters.js';
import { splitIntoSentences } from './split-into-sentences.js';

/**
 * Sentences up to this many words stay whole: a short sentence is already a passage one marks as a
 * unit, and splitting it only adds keystrokes. Longer ones (news sentences average about 20 words)
 * usually carry more than one claim.
 */
export const LONG_SENTENCE_WORDS = 12;

/**
 * A clause shorter than this joins the next one (or the previous, at the end of a sentence):
 * "Yet," or "In Kyiv," is an aside, not a passage a student would mark alone.
 */
export const MIN_CLAUSE_WORDS = 3;

const SEPARATORS = new Set([',', ';', ':']);
const DASHES = new Set(['—', '–']);

export interface Clause extends TextRange {
	/** Index of the clause's sentence in `splitIntoSentences(text)`, for moving by sentence. */
	sentence: number;
}

/** Clauses in reading order; a sentence of up to LONG_SENTENCE_WORDS words is one clause. */
export function splitIntoClauses(text: string): Clause[] {
	const clauses: Clause[] = [];
	for (const [sentence, range] of splitIntoSentences(text).entries()) {
		if (countWords(text, range.start, range.end) <= LONG_SENTENCE_WORDS) {
			clauses.push({ ...range, sentence });
			continue;
		}
		for (const piece of joinShort(text, cut(text, range))) clauses.push({ ...piece, sentence });
	}
	return clauses;
}

/** The sentence cut after each clause separator; the separator stays with the clause it ends. */
function cut(text: string, sentence: TextRange): TextRange[] {
	const pieces: TextRange[] = [];
	let start = sentence.start;
	for (let i = start; i < sentence.end; i++) {
		if (!isSeparator(text, i)) continue;
		let end = i + 1;
		while (end < sentence.end && CLOSERS.has(text[end])) end++;
		// A comma or colon must be followed by space ("55,000", "10:30" are numbers); a dash need not.
		if (!DASHES.has(text[i]) && !isSpace(text, end)) continue;
		let next = end;
		while (next < sentence.end && isSpace(text, next)) next++;
		if (next === sentence.end) break;
		pieces.push(trimEnd(text, start, end));
		start = next;
		i = next - 1;
	}
	pieces.push({ start, end: sentence.end });
	return pieces;
}

function isSeparator(text: string, i: number): boolean {
	if (isWordAt(text, i)) return false;
	if (SEPARATORS.has(text[i]) || text[i] === '—') return true;
	// An en dash between words or numbers is a range ("2025–2026", "Kyiv–Moscow"); spaced, it is a dash.
	if (text[i] === '–') return isSpace(text, i - 1) || isSpace(text, i + 1);
	// A hyphen with space on both sides is a dash typed on a keyboard: "talks - and".
	return text[i] === '-' && isSpace(text, i - 1) && isSpace(text, i + 1);
}

function joinShort(text: string, pieces: TextRange[]): TextRange[] {
	const joined: TextRange[] = [];
	let pending: TextRange | null = null;
	for (const piece of pieces) {
		const current: TextRange = pending ? { start: pending.start, end: piece.end } : piece;
		if (countWords(text, current.start, current.end) < MIN_CLAUSE_WORDS) pending = current;
		else {
			joined.push(current);
			pending = null;
		}
	}
	if (pending) {
		const last = joined.pop();
		joined.push(last ? { start: last.start, end: pending.end } : pending);
	}
	return joined;
}

function trimEnd(text: string, start: number, end: number): TextRange {
	while (end > start && isSpace(text, end - 1)) end--;
	return { start, end };
}
