// Importing W3C annotations for an article: Sidelight's own export comes back unchanged, and
// another tool's annotations whose text moved are recovered with every change reported.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../build/load-content.js';
import { anchor } from '../anchoring/text-quote.js';
import { importWebAnnotations } from './import-web-annotation.js';
import { articleIri } from './iris.js';
import { toAnnotationCollection } from './web-annotation.js';

const content = loadContent({ cwd: join(import.meta.dirname, '../../../tests/fixtures/minimal') });
const demo = content.cases[0];
const one = demo.articles.find((a) => a.id === 'one')!;
const slugs = content.categories.map((c) => c.slug);
const forOne = { id: 'one', text: one.text, iris: [articleIri('demo', 'one')] };

describe('importing W3C annotations', () => {
	it("brings Sidelight's own export of an article back as the same annotations, links included", () => {
		const { annotations, problems } = importWebAnnotations(toAnnotationCollection(demo), forOne, slugs);
		expect(problems).toEqual([
			expect.stringMatching(/targets urn:sidelight:demo:article:two, not this article/),
			expect.stringMatching(/links annotations that were not imported/)
		]);
		const original = demo.annotations.filter((a) => a.article === 'one');
		expect(annotations.map((a) => [a.id, a.category, a.explanation])).toEqual(
			original.map((a) => [a.id, a.category, a.explanation])
		);
		for (const a of annotations) {
			const [quote, position] = a.target.selector as [never, never];
			expect(anchor(one.text, quote, position).ok).toBe(true);
		}
	});

	it('recovers a passage whose position moved by its quote, and says so', () => {
		const moved = {
			type: 'Annotation',
			id: 'https://hyp.example/a/Abc_1',
			body: [{ type: 'TextualBody', value: 'Who asks?' }],
			target: {
				source: 'https://news.example/one',
				selector: [
					{ type: 'TextQuoteSelector', exact: 'Reports have surfaced' },
					{ type: 'TextPositionSelector', start: 3, end: 24 }
				]
			}
		};
		const { annotations, problems } = importWebAnnotations(moved, { id: 'one', text: one.text }, slugs);
		expect(annotations).toHaveLength(1);
		expect(annotations[0]).toMatchObject({ id: 'abc-1', explanation: 'Who asks?', category: '' });
		expect(annotations[0].target.selector[1]).toEqual({ type: 'TextPositionSelector', start: 17, end: 38 });
		expect(problems).toEqual([
			expect.stringMatching(/position did not point at the quote/),
			expect.stringMatching(/no classifying body/)
		]);
	});

	it('reports a quote that is not in the article and a file with no annotations, importing nothing wrong', () => {
		const missing = {
			type: 'Annotation',
			body: [],
			target: { selector: { type: 'TextQuoteSelector', exact: 'not in the text' } }
		};
		expect(importWebAnnotations(missing, { id: 'one', text: one.text }, slugs)).toEqual({
			annotations: [],
			problems: [expect.stringMatching(/"not in the text" is not in the article/)]
		});
		expect(importWebAnnotations({ hello: 1 }, { id: 'one', text: one.text }, slugs).problems).toEqual([
			expect.stringMatching(/not an Annotation/)
		]);
		expect(importWebAnnotations([], { id: 'one', text: one.text }, slugs).problems).toEqual([
			expect.stringMatching(/no W3C annotations/)
		]);
	});
});
