// The categories file: what an author sees for each mistake, and that good entries survive a bad one.
import { describe, expect, it } from 'vitest';
import type { Problem } from './problems.js';
import { validateCategories } from './validate-categories.js';

const good = {
	slug: 'loaded-question',
	label: 'Loaded question',
	symbol: '?',
	definition: 'A question that takes something for granted.'
};

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
			{ slug: 'vague-attribution', label: 'Vague attribution', definition: 'A source you cannot check.' }
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
		expect(validate([good, good]).problems).toMatchObject([
			{ path: [1, 'slug'], message: 'duplicate category "loaded-question"' }
		]);
	});
});
