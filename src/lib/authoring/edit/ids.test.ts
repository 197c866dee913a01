import { describe, expect, it } from 'vitest';
import { slugify, uniqueId } from './ids.js';

describe('ids an author never has to type', () => {
	it('are the first words of the text, lower case, accents and punctuation dropped', () => {
		expect(slugify('Zelensky’s “55,000” figure — révélé today')).toBe('zelenskys-55000-figure-revele');
	});

	it('are made unique with -2, -3', () => {
		expect(uniqueId('a-said', ['a-said', 'a-said-2'])).toBe('a-said-3');
		expect(uniqueId('fresh', ['a'])).toBe('fresh');
	});

	it('fall back to a word when the text has no letters or digits', () => {
		expect(uniqueId(slugify('“…”'), [], 'passage')).toBe('passage');
	});
});
