import { describe, expect, it } from 'vitest';
import { anchor } from '../../anchoring/text-quote.js';
import type { TextPositionSelector, TextQuoteSelector } from '../../content/types.js';
import type { CaseDraft } from '../files/draft.js';
import {
	addAnnotation,
	addArticle,
	addLink,
	deleteAnnotation,
	findAnnotation,
	moveArticle,
	newDraft,
	removeArticle,
	removeLink,
	setArticleField,
	setCategory,
	setExplanation,
	setRange,
	setText
} from './case-ops.js';
import { addFact, setCellAnnotations } from './claims-ops.js';

const TEXT_A = 'Reports have surfaced about him.\u00a0Critics argue\tit is so.\n\n';
const TEXT_B = 'Officials said on Monday that reports have surfaced.';

function twoArticles(): { draft: CaseDraft; a: string; b: string } {
	let draft = newDraft({ title: 'A test case', summary: 'Two reports.' });
	const first = addArticle(draft, { headline: 'First report here', text: TEXT_A });
	const second = addArticle(first.draft, { headline: 'Second report', text: TEXT_B });
	draft = second.draft;
	return { draft, a: first.id, b: second.id };
}

describe('an author starting a case', () => {
	it('gets a case id from the title', () => {
		expect(newDraft({ title: 'The 55,000 figure' }).case.id).toBe('the-55000-figure');
	});

	it('adds articles labelled A, B… with ids from their headlines, and text kept character for character', () => {
		const { draft, a, b } = twoArticles();
		expect(draft.case.articles.map((x) => [x.id, x.label, x.file])).toEqual([
			['first-report-here', 'A', 'first-report-here.txt'],
			['second-report', 'B', 'second-report.txt']
		]);
		expect(draft.texts[a]).toBe(TEXT_A);
		expect(draft.texts[b]).toBe(TEXT_B);
	});

	it('reorders articles and their labels follow', () => {
		const { draft, b } = twoArticles();
		const moved = moveArticle(draft, b, -1);
		expect(moved.case.articles.map((x) => `${x.label}:${x.id}`)).toEqual(['A:second-report', 'B:first-report-here']);
		expect(moveArticle(moved, b, -1)).toBe(moved);
	});

	it('leaves an empty headline or outlet as null, as case.json writes "none shown"', () => {
		const { draft, a } = twoArticles();
		const next = setArticleField(setArticleField(draft, a, 'outlet', 'The Daily'), a, 'headline', '');
		expect(next.case.articles[0]).toMatchObject({ outlet: 'The Daily', headline: null });
	});

	it('never changes the draft it was given', () => {
		const { draft, a } = twoArticles();
		const before = structuredClone(draft);
		setText(draft, a, 'other');
		addAnnotation(draft, a, { start: 0, end: 7 });
		expect(draft).toEqual(before);
	});
});

describe('an author annotating', () => {
	it('makes the W3C quote and position selectors for the chosen range, which anchor back to it', () => {
		const { draft, a } = twoArticles();
		const { draft: next, id } = addAnnotation(draft, a, { start: 0, end: 21 });
		expect(id).toBe('a-reports-have-surfaced');
		const [quote, position] = findAnnotation(next, id)!.target.selector as [TextQuoteSelector, TextPositionSelector];
		expect(quote).toEqual({ type: 'TextQuoteSelector', exact: 'Reports have surfaced', suffix: TEXT_A.slice(21, 53) });
		expect(position).toEqual({ type: 'TextPositionSelector', start: 0, end: 21 });
		expect(anchor(TEXT_A, quote, position)).toEqual({ ok: true, range: { start: 0, end: 21 } });
	});

	it('gets distinct readable ids for passages that start with the same words', () => {
		const { draft: start, b } = twoArticles();
		const first = addAnnotation(start, b, { start: 0, end: 14 });
		const second = addAnnotation(first.draft, b, { start: 0, end: 24 });
		expect([first.id, second.id]).toEqual(['b-officials-said', 'b-officials-said-on-monday']);
		const draft = addAnnotation(second.draft, b, { start: 0, end: 14 }).draft;
		expect(draft.annotations[b].map((x) => x.id)).toEqual([
			'b-officials-said',
			'b-officials-said-on-monday',
			'b-officials-said-2'
		]);
	});

	it('refuses an empty selection with a clear message', () => {
		const { draft, a } = twoArticles();
		expect(() => addAnnotation(draft, a, { start: 4, end: 4 })).toThrow('select at least one character');
	});

	it('edits the category, explanation and range, keeping the id', () => {
		const { draft: d0, a } = twoArticles();
		const { draft: d1, id } = addAnnotation(d0, a, { start: 0, end: 7 });
		const d2 = setRange(setExplanation(setCategory(d1, id, 'vague-attribution'), id, 'Which reports?'), id, {
			start: 0,
			end: 21
		});
		const annotation = findAnnotation(d2, id)!;
		expect(annotation).toMatchObject({ id, category: 'vague-attribution', explanation: 'Which reports?' });
		expect((annotation.target.selector[0] as TextQuoteSelector).exact).toBe('Reports have surfaced');
	});

	it('links to a passage in another article with a relation, and a second link to it changes the relation', () => {
		const { draft: d0, a, b } = twoArticles();
		const one = addAnnotation(d0, a, { start: 0, end: 21 });
		const two = addAnnotation(one.draft, b, { start: 32, end: 52 });
		let draft = addLink(two.draft, one.id, two.id, 'same-claim');
		draft = addLink(draft, one.id, two.id, 'copy-of');
		expect(findAnnotation(draft, one.id)!.links).toEqual([{ to: two.id, relation: 'copy-of' }]);
		expect(findAnnotation(removeLink(draft, one.id, two.id), one.id)!.links).toBeUndefined();
		expect(addLink(draft, one.id, 'nothing', 'compare')).toBe(draft);
	});

	it('deleting an annotation removes the links, claims cells and exercise targets that named it', () => {
		const { draft: d0, a, b } = twoArticles();
		const one = addAnnotation(d0, a, { start: 0, end: 21 });
		const two = addAnnotation(one.draft, b, { start: 32, end: 52 });
		let draft = addLink(two.draft, one.id, two.id, 'same-claim');
		const fact = addFact(draft, 'Who reported it');
		draft = setCellAnnotations(fact.draft, fact.id, b, [two.id]);
		draft.lesson = {
			folder: '10-x',
			frontmatter: { title: 't', objectives: [], minutes: 5, caseId: draft.case.id },
			blocks: [],
			exercises: [
				{ id: 'find', type: 'mark', prompt: 'p', attempts: 2, case: draft.case.id, article: b, targets: [two.id], borderline: [] }
			]
		};
		const after = deleteAnnotation(draft, two.id);
		expect(findAnnotation(after, two.id)).toBeUndefined();
		expect(findAnnotation(after, one.id)!.links).toBeUndefined();
		expect(after.claims!.claims[0].cells[b].annotations).toEqual([]);
		expect(after.lesson!.exercises[0]).toMatchObject({ targets: [] });
	});

	it('removing an article takes its annotations and what pointed at them with it', () => {
		const { draft: d0, a, b } = twoArticles();
		const one = addAnnotation(d0, a, { start: 0, end: 21 });
		const two = addAnnotation(one.draft, b, { start: 32, end: 52 });
		const draft = removeArticle(addLink(two.draft, one.id, two.id, 'same-claim'), b);
		expect(draft.case.articles.map((x) => x.id)).toEqual([a]);
		expect(draft.texts[b]).toBeUndefined();
		expect(findAnnotation(draft, one.id)!.links).toBeUndefined();
	});

	it('after the text is edited, a passage whose quote still occurs once moves with it', () => {
		const { draft: d0, a } = twoArticles();
		const { draft, id } = addAnnotation(d0, a, { start: 34, end: 47 });
		const after = setText(draft, a, 'New first line.\n' + TEXT_A);
		const position = findAnnotation(after, id)!.target.selector[1] as TextPositionSelector;
		expect(position).toEqual({ type: 'TextPositionSelector', start: 50, end: 63 });
	});
});
