import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Category } from '../../content/types.js';
import { draftToFiles, type CaseDraft } from '../files/draft.js';
import { addAnnotation, addArticle, addLink, newDraft, setExplanation } from './case-ops.js';
import { addFact, setCell, setCellAnnotations } from './claims-ops.js';
import { addBlock, addExercise, markExercise, rankExercise, setLessonObjectives } from './exercise-ops.js';
import { renameArticle } from './rename-article.js';
import { checkDraft } from './validate-draft.js';

const categories = JSON.parse(
	readFileSync(join(import.meta.dirname, '../../../../lessons/categories.json'), 'utf8')
) as Category[];

/** A case where article A's id is named everywhere it can be: annotations, links, claims, exercises, the lesson. */
function fullDraft() {
	const description = 'A short report.';
	const a = addArticle(newDraft({ title: 'Flood', summary: 'Two reports.' }), {
		headline: 'River Rises Overnight',
		description,
		text: 'Officials are said to be worried.'
	});
	const b = addArticle(a.draft, { headline: 'Flood brief', description, text: 'The council said the river rose.' });
	const pa = addAnnotation(b.draft, a.id, { start: 0, end: 26 }, { category: 'vague-attribution' });
	const pb = addAnnotation(pa.draft, b.id, { start: 0, end: 16 }, { category: 'sourced' });
	let draft = setExplanation(setExplanation(pb.draft, pa.id, 'Who says so?'), pb.id, 'Named.');
	draft = addLink(draft, pb.id, pa.id, 'compare');
	const fact = addFact(draft, 'Who is worried');
	draft = setCellAnnotations(setCell(fact.draft, fact.id, a.id, 'says', 'officials'), fact.id, a.id, [pa.id]);
	draft = addExercise(draft, markExercise(draft, { prompt: 'Find the vague source.', article: a.id, targets: [pa.id] })).draft;
	draft = addExercise(draft, rankExercise(draft, { prompt: 'Best sourced first.', order: [b.id, a.id] })).draft;
	draft = addBlock(draft, { kind: 'articles', ids: [a.id], highlights: true });
	draft = setLessonObjectives(draft, ['Ask who says so.']);
	return { draft, a: a.id, b: b.id, pa: pa.id, fact: fact.id };
}

function renamed(draft: CaseDraft, from: string, to: string): CaseDraft {
	const outcome = renameArticle(draft, from, to);
	if (outcome.type !== 'renamed') throw new Error(outcome.message);
	return outcome.draft;
}

describe('renaming an article', () => {
	it('rewrites every place that names it, in one step, and the draft still validates', () => {
		const { draft, a, b, pa, fact } = fullDraft();
		expect(a).toBe('river-rises-overnight');
		expect(checkDraft(draft, categories).problems).toEqual([]);
		const next = renamed(draft, a, 'river-rises');
		expect(next.case.articles.map((x) => [x.id, x.label, x.file])).toEqual([
			['river-rises', 'A', 'river-rises.txt'],
			[b, 'B', `${b}.txt`]
		]);
		expect(Object.keys(next.texts)).toEqual(['river-rises', b]);
		expect(Object.keys(next.annotations)).toEqual(['river-rises', b]);
		expect(next.annotations['river-rises'].map((x) => [x.id, x.target.source])).toEqual([[pa, 'river-rises']]);
		expect(next.annotations[b][0].links).toEqual([{ to: pa, relation: 'compare' }]);
		const cells = next.claims!.claims.find((c) => c.id === fact)!.cells;
		expect(Object.keys(cells)).toEqual(['river-rises', b]);
		expect(cells['river-rises']).toMatchObject({ says: 'officials', annotations: [pa] });
		expect(next.lesson!.exercises.map((e) => (e.type === 'mark' ? e.article : e.type === 'rank' ? e.order : null))).toEqual([
			'river-rises',
			[b, 'river-rises']
		]);
		expect(next.lesson!.blocks.find((x) => x.kind === 'articles')).toMatchObject({ ids: ['river-rises'] });
		expect(checkDraft(next, categories).problems).toEqual([]);
		// The files are named after the new id; no file keeps the old one.
		const paths = draftToFiles(next).map((f) => f.path);
		expect(paths).toContain('lessons/cases/flood/articles/river-rises.txt');
		expect(paths).toContain('lessons/cases/flood/annotations/river-rises.json');
		expect(draftToFiles(next).some((f) => f.path.includes(a) || f.text.includes(`"${a}"`))).toBe(false);
		// And the draft it was given is as it was (undo keeps it).
		expect(draft.case.articles[0].id).toBe(a);
	});

	it('refuses an id another article has, naming that article', () => {
		const { draft, a, b } = fullDraft();
		expect(renameArticle(draft, a, b)).toEqual({
			type: 'refused',
			message: `Article B already has the id “${b}”: two articles cannot share an id (it is their file name). Choose another.`
		});
	});

	it('refuses an id that is not lower-case words joined by hyphens, or empty', () => {
		const { draft, a } = fullDraft();
		expect(renameArticle(draft, a, 'River Rises')).toMatchObject({ type: 'refused', message: /“River Rises” cannot be an id/ });
		expect(renameArticle(draft, a, 'river--rises')).toMatchObject({ type: 'refused' });
		expect(renameArticle(draft, a, '  ')).toMatchObject({ type: 'refused', message: /Give the article an id/ });
	});

	it('changes nothing for the same id (surrounding spaces dropped) or an article it does not have', () => {
		const { draft, a } = fullDraft();
		expect(renameArticle(draft, a, ` ${a} `)).toEqual({ type: 'renamed', draft });
		expect(renameArticle(draft, 'nope', 'other')).toMatchObject({
			type: 'refused',
			message: 'There is no article "nope" in this case.'
		});
	});

	it('keeps a text file named apart from the id (a case written by hand), and refuses a clash with one', () => {
		const { draft, a, b } = fullDraft();
		const handWritten = structuredClone(draft);
		handWritten.case.articles[1].file = 'brief.txt';
		const next = renamed(handWritten, b, 'flood-brief-2');
		expect(next.case.articles[1]).toMatchObject({ id: 'flood-brief-2', file: 'brief.txt' });
		expect(renameArticle(handWritten, a, 'brief')).toMatchObject({ type: 'refused', message: /already in brief\.txt/ });
	});
});
