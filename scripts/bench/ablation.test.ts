import { describe, expect, it } from 'vitest';
import { partsOfBuild, type VariantBytes } from './ablation.js';

const variant = (name: VariantBytes['variant'], gzip: number): VariantBytes => ({
	variant: name,
	description: '',
	total: { raw: gzip * 3, gzip },
	js: { raw: 0, gzip: 0 }
});

describe('partsOfBuild', () => {
	it('attributes the whole build to framework, content, teacher area and the rest', () => {
		const parts = partsOfBuild(150_000, [
			variant('framework', 30_000),
			variant('without-content', 100_000),
			variant('without-teacher', 120_000)
		]);
		expect(parts.map((p) => p.gzip)).toEqual([30_000, 50_000, 30_000, 40_000]);
		expect(parts.reduce((sum, p) => sum + p.gzip, 0)).toBe(150_000);
	});

	it('gives nothing when a variant was not measured, rather than a wrong split', () => {
		expect(partsOfBuild(150_000, [variant('framework', 30_000)])).toEqual([]);
	});
});
