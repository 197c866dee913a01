// Where the sentences of an article are: the unit a keyboard user moves by, and the unit mark
// scoring uses to tell a mark that covers its target from one that covers the whole paragraph.
// A heuristic for news prose, not a linguistic parser: it must never produce an empty range and
// must put every word in exactly one sentence.
import type { TextRange } from '../core/range.js';
import { CLOSERS, LINE_BREAK, SENTENCE_ENDS, isLowerCase, isSpace } from './characters.js';

/**
 * Words whose period does not end a sentence in news copy: titles, months and Latin shorthands
 * ("Mr. Witkoff", "Feb. 3", "e.g. the talks"). Case matters: "No. 5" but "said no. Then".
 */
const ABBREVIATIONS = new Set(
	(
		'Mr Mrs Ms Dr Prof St Jr Sr Gen Col Lt Sgt Capt Gov Sen Rep Pres Rev Hon Mt No Nos Fig vs etc e.g i.e approx ' +
		'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Inc Ltd Co Corp'
	).split(' ')
);

/** Paragraphs: the non-blank lines, without their surrounding space. Any line break is a boundary. */
export function splitIntoParagraphs(text: string): TextRange[] {
	const paragraphs: TextRange[] = [];
	let lineStart = 0;
	const add = (lineEnd: number) => {
		const range = trim(text, lineStart, lineEnd);
		if (range) paragraphs.push(range);
	};
	for (const lineBreak of text.matchAll(LINE_BREAK)) {
		add(lineBreak.index);
		lineStart = lineBreak.index + lineBreak[0].length;
	}
	add(text.length);
	return paragraphs;
}

/**
 * Sentences in reading order. A sentence ends at . ? ! or … (with any closing quotes or brackets
 * after it) followed by space, unless the period closes an abbreviation or an initial, or the next
 * word starts in lower case (a quoted question inside a sentence: “Why?” she asked).
 */
export function splitIntoSentences(text: string): TextRange[] {
	const sentences: TextRange[] = [];
	for (const paragraph of splitIntoParagraphs(text)) {
		let start = paragraph.start;
		for (let i = start; i < paragraph.end; i++) {
			if (!SENTENCE_ENDS.has(text[i])) continue;
			let end = i + 1;
			while (end < paragraph.end && (SENTENCE_ENDS.has(text[end]) || CLOSERS.has(text[end]))) end++;
			if (end === paragraph.end || !isSpace(text, end)) continue;
			let next = end;
			while (isSpace(text, next)) next++;
			if (isLowerCase(text, next) || (end === i + 1 && text[i] === '.' && isAbbreviation(text, start, i))) continue;
			sentences.push({ start, end });
			start = next;
			i = next - 1;
		}
		if (start < paragraph.end) sentences.push({ start, end: paragraph.end });
	}
	return sentences;
}

/** Whether the word before the period at `dot` is an abbreviation or an initial ("J.", "U.S."). */
function isAbbreviation(text: string, lowerBound: number, dot: number): boolean {
	let start = dot;
	while (start > lowerBound && !isSpace(text, start - 1) && !CLOSERS.has(text[start - 1]) && text[start - 1] !== '(') start--;
	const word = text.slice(start, dot).replace(/^[“‘"'(]+/, '');
	if (ABBREVIATIONS.has(word)) return true;
	// An initial, or initials run together: one letter, or letters each followed by a period.
	return /^(\p{Lu}\.)*\p{Lu}$/u.test(word);
}

function trim(text: string, start: number, end: number): TextRange | null {
	while (start < end && isSpace(text, start)) start++;
	while (end > start && isSpace(text, end - 1)) end--;
	return start < end ? { start, end } : null;
}
