// validateCase on parsed data (no files, no line numbers): partial results and no cascades.
import { describe, expect, it } from 'vitest';
import type { Category } from './types.js';
import { type CaseInput, validateCase } from './validate-case.js';

const categories: Category[] = [
	{ slug: 'loaded-question', label: 'Loaded question', symbol: '?', definition: 'Takes something for granted.' },
	{ slug: 'sourced', label: 'Sourced', symbol: '✓', definition: 'Names a source you can check.' }
];

const annotation = (id: string, category: string, start: number, exact: string, links: unknown[] = []) => ({
	id,
	category,
	explanation: 'Why.',
	links,
	target: {
		source: 'one',
		selector: [
			{ type: 'TextQuoteSelector', exact },
			{ type: 'TextPositionSelector', start, end: start + exact.length }
		]
	}
});

function input(annotations: unknown[], claims?: unknown): CaseInput {
	return {
		caseFile: {
			file: 'case.json',
			data: {
				id: 'demo',
				title: 'Demo',
				summary: 'S.',
				articles: [{ id: 'one', label: 'A', file: 'one.txt', headline: null, outlet: null, description: 'D.' }]
			}
		},
		articleTexts: new Map([['one.txt', 'Who is counting? The UN is.']]),
		articlePath: (name) => `articles/${name}`,
		annotationFiles: [{ file: 'annotations/one.json', data: annotations }],
		claimsFile: claims === undefined ? undefined : { file: 'claims.json', data: claims },
		categories
	};
}

describe('validateCase', () => {
	it('anchors annotations and adds backlinks', () => {
		const result = validateCase(
			input([
				annotation('q', 'loaded-question', 0, 'Who is counting?', [{ to: 'un', relation: 'contradicted-by' }]),
				annotation('un', 'sourced', 17, 'The UN')
			])
		);
		expect(result.problems).toEqual([]);
		expect(result.case?.annotations.map((a) => [a.id, a.quote, a.backlinks])).toEqual([
			['q', 'Who is counting?', []],
			['un', 'The UN', [{ to: 'q', relation: 'contradicts' }]]
		]);
	});

	it('keeps the case and its good annotations when one annotation has a problem', () => {
		const result = validateCase(
			input([annotation('q', 'loaded-queston', 0, 'Who is counting?'), annotation('un', 'sourced', 17, 'The UN')])
		);
		expect(result.problems).toMatchObject([{ file: 'annotations/one.json', id: 'q', path: [0, 'category'] }]);
		expect(result.case?.annotations.map((a) => a.id)).toEqual(['un']);
		expect([...result.unavailable]).toEqual(['q']);
	});

	it('does not report a claims cell that points at an annotation with a problem, and leaves it out of the cell', () => {
		const claims = {
			claims: [{ id: 'count', topic: 'Who counts', cells: { one: { says: 'the UN', annotations: ['q', 'un'] } } }]
		};
		const result = validateCase(
			input([annotation('q', 'nope', 0, 'Who is counting?'), annotation('un', 'sourced', 17, 'The UN')], claims)
		);
		expect(result.problems).toHaveLength(1);
		expect(result.suppressed).toBe(1);
		expect(result.case?.claims[0].cells.one.annotations).toEqual(['un']);
	});

	it('returns no case when case.json lacks its id', () => {
		const broken = { ...input([]), caseFile: { file: 'case.json', data: { title: 'Demo', summary: 'S.', articles: [] } } };
		const result = validateCase(broken);
		expect(result.case).toBeUndefined();
		expect(result.problems).toMatchObject([{ path: ['id'] }]);
	});
});
