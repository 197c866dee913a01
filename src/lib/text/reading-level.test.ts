import { describe, expect, it } from 'vitest';
import { proseOfMarkdown, readingLevel, splitSentences, syllablesIn, words } from './reading-level.js';

describe('reading level (Flesch–Kincaid grade)', () => {
	it('counts a short plain sentence as words, one sentence and one syllable a word', () => {
		const level = readingLevel('The cat sat on the mat.');
		expect(level).toMatchObject({ words: 6, sentences: 1, syllables: 6 });
		// 0.39 × 6 + 11.8 × 1 − 15.59
		expect(level.grade).toBeCloseTo(-1.45, 2);
	});

	it('scores a long sentence of long words far above a short one of short words', () => {
		const hard = readingLevel(
			'An assertion of wrongdoing or motive, presented without any identifiable attribution, presupposes corroboration that the publication never demonstrates.'
		);
		const easy = readingLevel('Who says so? Can I check it? What is the proof?');
		expect(hard.grade).toBeGreaterThan(15);
		expect(easy.grade).toBeLessThan(2);
	});

	it('applies the formula to its counts: two sentences of known syllables', () => {
		// "Numbers look precise." = 3 words, 5 syllables (num-bers look pre-cise);
		// "A casualty is not a death." = 6 words, 9 syllables (cas-u-al-ty).
		const level = readingLevel('Numbers look precise. A casualty is not a death.');
		expect(level).toMatchObject({ words: 9, sentences: 2, syllables: 14 });
		expect(level.grade).toBeCloseTo(0.39 * (9 / 2) + 11.8 * (14 / 9) - 15.59, 5);
	});

	it('does not end a sentence at an abbreviation or inside a number', () => {
		expect(splitSentences('Russia had 1.2 million casualties, e.g. in the east. The U.S. sent envoys.')).toEqual([
			'Russia had 1.2 million casualties, e.g. in the east.',
			'The U.S. sent envoys.'
		]);
	});

	it('ends a sentence after a closing quote and at a line break', () => {
		expect(splitSentences('He said “no.” Then he left\nA list item')).toEqual(['He said “no.”', 'Then he left', 'A list item']);
	});

	it('counts a figure as one word of two syllables, and an unknown acronym as at least one', () => {
		expect(words('55,000 soldiers, says the UN')).toEqual(['55,000', 'soldiers', 'says', 'the', 'UN']);
		expect(syllablesIn('55,000')).toBe(2);
		expect(syllablesIn('UN')).toBeGreaterThanOrEqual(1);
	});

	it('keeps the prose of a lesson and drops its frontmatter, script, components and markup', () => {
		const lesson = [
			'---',
			'title: A lesson',
			'---',
			'<script>',
			"\timport Term from '#lib/components/lesson/Term.svelte';",
			'</script>',
			'',
			'## The reading',
			'',
			'A **loaded question** <Term id="presuppose">presupposes</Term> a claim. See the [shelf](#/shelf).',
			'',
			'<Exercise id="l2-who-benefits" />',
			'',
			'1. Who says so?'
		].join('\n');
		expect(proseOfMarkdown(lesson).trim().split(/\n+/)).toEqual([
			'The reading',
			'A loaded question presupposes a claim. See the shelf.',
			'Who says so?'
		]);
	});

	it('gives no grade for a text without words', () => {
		expect(readingLevel('').grade).toBeNaN();
	});
});
