// The W3C export, checked against the W3C's own test suite: every annotation of the real case and
// of the fixture meets all 54 MUST assertions, the selectors find the same passage the app
// highlights, and the fixture's export is exactly the golden file a reviewer can read.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../build/load-content.js';
import { anchor } from '../anchoring/text-quote.js';
import { annotationMusts, failedMusts } from './testing/w3c-musts.js';
import { annotationCollectionJson, toAnnotationCollection, toW3CAnnotations } from './web-annotation.js';

const ROOT = join(import.meta.dirname, '../../..');
const fixture = join(ROOT, 'tests/fixtures/minimal');
const golden = join(import.meta.dirname, 'testing/demo.golden.jsonld');
const shipped = loadContent({ cwd: ROOT });
const demo = loadContent({ cwd: fixture }).cases[0];

describe('W3C Web Annotation export', () => {
	it('checks all 54 MUST assertions of the W3C suite, and the suite catches an annotation as Sidelight writes it by hand', () => {
		expect(annotationMusts()).toHaveLength(54);
		const authored = JSON.parse(readFileSync(join(ROOT, 'lessons/cases/ukraine-55000/annotations/talks-fail.json'), 'utf8'))[0];
		expect(failedMusts(authored).length).toBeGreaterThan(0);
	});

	for (const c of shipped.cases) {
		it(`meets every MUST of the W3C model for every annotation and link of ${c.id}`, () => {
			const items = toW3CAnnotations(c);
			const links = c.annotations.reduce((n, a) => n + a.links.length, 0);
			expect(items).toHaveLength(c.annotations.length + links);
			const failures = items.flatMap((item) => failedMusts(item).map((f) => `${item.id}: ${f}`));
			expect(failures).toEqual([]);
		});

		it(`points every exported selector of ${c.id} at the passage the app highlights`, () => {
			const texts = new Map(c.articles.map((a) => [a.id, a.text]));
			for (const item of toW3CAnnotations(c)) {
				if (typeof item.target === 'string') continue;
				const original = c.annotations.find((a) => item.id.endsWith(`:annotation:${a.id}`))!;
				const [quote, position] = item.target.selector;
				expect(anchor(texts.get(original.article)!, quote, position)).toEqual({
					ok: true,
					range: { start: original.start, end: original.end }
				});
			}
		});
	}

	it('wraps the annotations in one collection whose page holds them all', () => {
		const collection = toAnnotationCollection(demo);
		expect(collection.type).toBe('AnnotationCollection');
		expect(collection.total).toBe(collection.first.items.length);
		expect(collection.first.partOf).toBe(collection.id);
	});

	it('exports the fixture case exactly as the golden file (UPDATE_GOLDEN=1 rewrites it)', () => {
		const json = annotationCollectionJson(demo);
		if (process.env.UPDATE_GOLDEN) writeFileSync(golden, json);
		expect(json).toBe(readFileSync(golden, 'utf8'));
	});
});
