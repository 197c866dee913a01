import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../core/contrast.js';
import { DARK_INK, darkVariant } from './dark-variant.js';

const categories: { slug: string; highlight?: { background: string; underline: string } }[] = JSON.parse(
	readFileSync('lessons/categories.json', 'utf8')
);

describe('dark highlight colours', () => {
	for (const { slug, highlight } of categories.filter((c) => c.highlight)) {
		it(`${slug}: text stays easy to read and its symbol clear on the dark highlight`, () => {
			const dark = darkVariant(highlight!.background, highlight!.underline);
			expect(contrastRatio(DARK_INK, dark.background)).toBeGreaterThanOrEqual(7);
			expect(contrastRatio(dark.underline, dark.background)).toBeGreaterThanOrEqual(4.5);
		});
	}

	it('keeps the colour family, so a purple category is still purple at night', () => {
		const dark = darkVariant('#ece1ff', '#5b21b6');
		const [r, g, b] = [1, 3, 5].map((i) => parseInt(dark.background.slice(i, i + 2), 16));
		expect(b).toBeGreaterThan(g);
		expect(r).toBeGreaterThan(g);
	});

	it('names the colour it cannot read', () => {
		expect(() => darkVariant('pink', '#000000')).toThrow(/not a #rrggbb colour: pink/);
	});
});
