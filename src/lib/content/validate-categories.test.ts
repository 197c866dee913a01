// The categories file: what an author sees for each mistake, and that good entries survive a bad one.
import { describe, expect, it } from 'vitest';
import type { Problem } from './problems.js';
import { validateCategories } from './validate-categories.js';

const highlight = { background: '#ece1ff', underline: '#5b21b6', style: 'wavy', thickness: 2 };
const plain = {
	slug: 'loaded-question',
	label: 'Loaded question',
	symbol: '?',
	definition: 'A question that takes something for granted.'
};
const good = { ...plain, highlight };

function validate(data: unknown) {
	const problems: Problem[] = [];
	const categories = validateCategories({ file: 'lessons/categories.json', data }, problems);
	return { categories, problems };
}

describe('validateCategories', () => {
	it('reads a list of categories', () => {
		expect(validate([good])).toEqual({ categories: [good], problems: [] });
	});

	it('asks for a list when the file holds something else', () => {
		expect(validate({ categories: [] }).problems).toMatchObject([
			{ path: [], message: 'categories.json should hold a list of categories' }
		]);
	});

	it('names the category and the field that is missing, and keeps the others', () => {
		const { categories, problems } = validate([
			good,
			{ slug: 'vague-attribution', label: 'Vague attribution', definition: 'A source you cannot check.', highlight }
		]);
		expect(categories).toEqual([good]);
		expect(problems).toMatchObject([
			{ id: 'vague-attribution', path: [1, 'symbol'], message: 'symbol should be a non-empty string, got nothing' }
		]);
	});

	it('refuses a slug that is not lower-case words and hyphens', () => {
		expect(validate([{ ...good, slug: 'Loaded Question' }]).problems).toMatchObject([{ path: [0, 'slug'] }]);
	});

	it('refuses the same slug twice', () => {
		expect(validate([good, { ...good, symbol: '¿' }]).problems).toMatchObject([
			{ path: [1, 'slug'], message: 'duplicate category "loaded-question"' }
		]);
	});
});

describe('validateCategories: how highlights look', () => {
	it('keeps the look a category brings', () => {
		expect(validate([{ ...good, highlight }]).categories).toEqual([{ ...good, highlight }]);
	});

	it('warns, and keeps the category, when it has no look of its own', () => {
		const { categories, problems } = validate([plain]);
		expect(categories).toEqual([plain]);
		expect(problems).toMatchObject([{ severity: 'warning', path: [0, 'highlight'] }]);
	});

	it('refuses a background that text would be hard to read on', () => {
		const { categories, problems } = validate([{ ...good, highlight: { ...highlight, background: '#555555' } }]);
		expect(categories).toEqual([]);
		expect(problems.map((p) => p.message)).toContainEqual(
			expect.stringMatching(/contrast of text \(#1b1f24\) on background #555555 is 2\.\d\d:1/)
		);
	});

	it('refuses a symbol colour too faint on its background', () => {
		const { problems } = validate([{ ...good, highlight: { ...highlight, underline: '#c4b5fd' } }]);
		expect(problems).toMatchObject([
			{ path: [0, 'highlight', 'underline'], message: expect.stringMatching(/the symbol \(#c4b5fd\)/) }
		]);
	});

	it('names a colour that is not #rrggbb, an unknown line style and a thickness out of range', () => {
		const { problems } = validate([
			{ ...good, highlight: { background: 'lavender', underline: '#5b21b6', style: 'zigzag', thickness: 9 } }
		]);
		expect(problems.map((p) => p.path.at(-1))).toEqual(['background', 'style', 'thickness']);
	});

	it('refuses two categories with one symbol, since without colour they would look the same', () => {
		const { problems } = validate([
			{ ...good, highlight },
			{ ...good, slug: 'other', highlight }
		]);
		expect(problems).toMatchObject([{ path: [1, 'symbol'], message: expect.stringMatching(/also "loaded-question"'s/) }]);
	});
});
