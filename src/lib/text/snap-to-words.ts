// Turns a rough drag selection (mouse or touch) into the passage a student meant: whole words,
// without the spaces and separators the drag swept up at either end. Marks are compared with
// annotations by their characters, so a mark should start and end where a reader would.
import type { TextRange } from '../core/range.js';
import { CLOSER_OF, CLOSERS, OPENERS, SENTENCE_ENDS, isWordAt } from './characters.js';

/**
 * The selection widened to whole words and trimmed of surrounding space and punctuation, or null
 * when it holds no word. Kept at the ends, when the drag covered them: sentence-ending
 * punctuation after the last word, and quotes or brackets that open and close inside the mark.
 * An empty selection (a tap) inside or beside a word selects that word.
 */
export function snapToWords(text: string, range: TextRange): TextRange | null {
	const from = clamp(Math.min(range.start, range.end), text.length);
	const to = clamp(Math.max(range.start, range.end), text.length);
	if (from === to) return wordAt(text, from);

	let start = from;
	while (start < to && !isWordAt(text, start)) start++;
	if (start === to) return null;
	let end = to;
	while (!isWordAt(text, end - 1)) end--;
	while (start > 0 && isWordAt(text, start - 1)) start--;
	while (end < text.length && isWordAt(text, end)) end++;

	// Candidates the student dragged over: openers right before the first word, and sentence
	// ends and closers right after the last.
	let head = start;
	while (head > from && OPENERS.has(text[head - 1])) head--;
	let tail = end;
	while (tail < to && (SENTENCE_ENDS.has(text[tail]) || CLOSERS.has(text[tail]))) tail++;

	head = dropUnclosed(text, head, start, tail);
	let kept = end;
	while (kept < tail && (SENTENCE_ENDS.has(text[kept]) || closes(text[kept], text.slice(head, kept)))) kept++;
	head = dropUnclosed(text, head, start, kept);
	return { start: head, end: kept };
}

/** Drops openers, outermost first, whose closer is not in text[start, end). */
function dropUnclosed(text: string, head: number, start: number, end: number): number {
	while (head < start && !hasCloserFor(text[head], text.slice(head + 1, end))) head++;
	return head;
}

function hasCloserFor(opener: string, after: string): boolean {
	return [...after].some((char) => CLOSER_OF[char] === opener);
}

function closes(char: string, before: string): boolean {
	return CLOSERS.has(char) && before.includes(CLOSER_OF[char]);
}

/** The word at or touching `at`, for a tap. */
function wordAt(text: string, at: number): TextRange | null {
	let start = at;
	if (!isWordAt(text, start)) {
		if (!isWordAt(text, start - 1)) return null;
		start--;
	}
	let end = start + 1;
	while (start > 0 && isWordAt(text, start - 1)) start--;
	while (end < text.length && isWordAt(text, end)) end++;
	return { start, end };
}

function clamp(offset: number, length: number): number {
	if (!Number.isFinite(offset)) return offset > 0 ? length : 0;
	return Math.min(Math.max(0, Math.trunc(offset)), length);
}
