// Reading level of Sidelight's own prose (category definitions, explanations, lessons), so the
// course can hold itself to what a 15-year-old reads easily. US grade Flesch–Kincaid:
//   0.39 × words/sentences + 11.8 × syllables/words − 15.59
// Syllables come from the `syllable` package (a well-kept English counter); sentences and words
// are split here, simply and documented, so the figures can be reproduced by hand.
import { syllable } from 'syllable';

export interface ReadingLevel {
	words: number;
	sentences: number;
	syllables: number;
	/** US school grade; meaningless (NaN) for a text with no words. */
	grade: number;
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = /\b(?:e\.g|i\.e|etc|Mr|Mrs|Ms|Dr|St|vs|U\.S|U\.K|D\.C)\./g;
const NUMBER = /^\d[\d,.]*$/;
// A figure such as "55,000" or "2026" counts as one word of two syllables: the `syllable` package
// gives digits none, and spelling numbers out ("fifty-five thousand") would let figures dominate
// short definitions. The content review's script used the same rule, so the figures compare.
const NUMBER_SYLLABLES = 2;

/** Sentences: text up to . ! ? (with closing quotes or brackets after it), or a line break. */
export function splitSentences(text: string): string[] {
	const guarded = text
		.replace(ABBREVIATIONS, (m) => m.replaceAll('.', '\u0000'))
		// Decimal points and thousands separators inside numbers are not full stops.
		.replace(/(\d)\.(\d)/g, '$1\u0000$2');
	return guarded
		.split(/(?<=[.!?…][”’"')\]]*)\s+|\n+/)
		.map((s) => s.replaceAll('\u0000', '.').trim())
		.filter((s) => words(s).length > 0);
}

/** Words: runs of letters, digits, apostrophes and inner hyphens or full stops ("U.S.", "don’t", "55,000"). */
export function words(text: string): string[] {
	return text.match(/[\p{L}\p{N}]+(?:[’'.,-][\p{L}\p{N}]+)*/gu) ?? [];
}

export function syllablesIn(word: string): number {
	if (NUMBER.test(word)) return NUMBER_SYLLABLES;
	// Every word is at least one syllable, even one the counter does not know (an acronym like "UN").
	return Math.max(1, syllable(word));
}

export function readingLevel(text: string): ReadingLevel {
	const sentences = splitSentences(text);
	const all = sentences.flatMap(words);
	const syllables = all.reduce((sum, w) => sum + syllablesIn(w), 0);
	const grade = all.length ? 0.39 * (all.length / sentences.length) + 11.8 * (syllables / all.length) - 15.59 : NaN;
	return { words: all.length, sentences: sentences.length, syllables, grade };
}

/**
 * The prose a student reads in an mdsvex lesson or shelf note: without frontmatter, the script
 * block, component tags (their inner text stays, as in <Term>…</Term>), markdown markup and link
 * addresses. Each list item and heading stands as its own sentence.
 */
export function proseOfMarkdown(source: string): string {
	return source
		.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '')
		.replace(/<script[\s\S]*?<\/script>/g, '')
		.replace(/<[A-Z][^>]*\/>/g, '')
		.replace(/<\/?[A-Za-z][^>]*>/g, '')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/^\s*(?:#+|>|[-*]|\d+\.)\s+/gm, '')
		.replace(/[*_`]/g, '');
}
