// The look of a highlight comes from its category's data.
import { describe, expect, it } from 'vitest';
import type { Category } from '../content/types.js';
import { dominantCategory, highlightStyle } from './category-style.js';

const category = (slug: string, italic = false): Category => ({
	slug,
	label: slug,
	symbol: slug[0],
	definition: '',
	highlight: { background: '#ece1ff', underline: '#5b21b6', style: 'wavy', thickness: 2, ...(italic ? { italic } : {}) }
});

describe('highlightStyle', () => {
	it('sets the colours, their dark-theme pair, the line style and thickness as custom properties', () => {
		expect(highlightStyle(category('a').highlight)).toBe(
			'--hl: #ece1ff; --ul: #5b21b6; --hl-dark: #392163; --ul-dark: #ad86e9; --line: wavy; --thickness: 2px; --slant: normal'
		);
		expect(highlightStyle(category('a', true).highlight)).toMatch(/--slant: italic$/);
	});

	it('gives the same style for the same look every time it is asked', () => {
		const look = category('a').highlight;
		expect(highlightStyle(look)).toBe(highlightStyle(look));
		expect(highlightStyle({ ...look!, background: '#ffffff' })).toMatch(/^--hl: #ffffff;/);
	});
	it('leaves a category without a look to the default from app.css', () => {
		expect(highlightStyle(undefined)).toBe('');
	});
});

describe('dominantCategory', () => {
	it('colours an overlap by the category listed last, as the stylesheet did', () => {
		const categories = [category('first'), category('second')];
		expect(dominantCategory(['second', 'first'], categories)?.slug).toBe('second');
		expect(dominantCategory(['first', 'unknown'], categories)?.slug).toBe('first');
		expect(dominantCategory(['unknown'], categories)).toBeUndefined();
	});
});
