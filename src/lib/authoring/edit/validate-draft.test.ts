// Live validation: the editor's draft, read by the build's own readers, with each message mapped
// back to the field an author fixes it in.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCase, type TextFile } from '../../content/read-case.js';
import type { Category } from '../../content/types.js';
import { draftFromCase, type CaseDraft } from '../files/draft.js';
import {
	addAnnotation,
	addArticle,
	addLink,
	newDraft,
	setArticleField,
	setCaseField,
	setCategory,
	setExplanation
} from './case-ops.js';
import { addFact, setCell, setCellAnnotations } from './claims-ops.js';
import {
	addExercise,
	classifyExercise,
	markAndLabelExercise,
	markExercise,
	numericExercise,
	setLessonObjectives
} from './exercise-ops.js';
import { checkDraft } from './validate-draft.js';
import { problemsAt } from './field-problems.js';

const root = join(import.meta.dirname, '../../../..');
const categories = JSON.parse(readFileSync(join(root, 'lessons/categories.json'), 'utf8')) as Category[];

const TEXT_A = 'Reports have surfaced that he took the money. Officials said on Monday that talks went well.\n';
const TEXT_B = 'Critics argue the money went missing. The ministry said on Monday that talks went well.\n';

function valid(): { draft: CaseDraft; a1: string; b1: string; a: string; b: string } {
	let draft = newDraft({ title: 'Two reports', summary: 'Two reports of one meeting.' });
	const a = addArticle(draft, { headline: 'Money missing', description: 'A short report.', text: TEXT_A });
	const b = addArticle(a.draft, { headline: 'Talks went well', description: 'Another short report.', text: TEXT_B });
	const a1 = addAnnotation(
		b.draft,
		a.id,
		{ start: 0, end: 21 },
		{ category: 'vague-attribution', explanation: 'Which reports? None is named.' }
	);
	const b1 = addAnnotation(
		a1.draft,
		b.id,
		{ start: 0, end: 13 },
		{ category: 'vague-attribution', explanation: 'Which critics? None is named.' }
	);
	draft = addLink(b1.draft, a1.id, b1.id, 'same-claim');
	return { draft, a1: a1.id, b1: b1.id, a: a.id, b: b.id };
}

describe('live validation in the editor', () => {
	it('finds nothing wrong with a complete two-article case, and gives the model the preview shows', () => {
		const { draft, a1, b1 } = valid();
		const check = checkDraft(draft, categories);
		expect(check.problems).toEqual([]);
		expect(check.case?.annotations.map((x) => [x.id, x.quote])).toEqual([
			[a1, 'Reports have surfaced'],
			[b1, 'Critics argue']
		]);
		expect(check.case?.annotations[1].backlinks).toEqual([{ to: a1, relation: 'same-claim' }]);
	});

	it('shows a missing explanation next to that annotation’s explanation, in the build’s words', () => {
		const { draft, a1 } = valid();
		const check = checkDraft(setExplanation(draft, a1, ''), categories);
		expect(check.errors).toBe(1);
		const [problem] = problemsAt(check, `annotation.${a1}.explanation`);
		expect(problem.text).toMatch(/annotations\/money-missing\.json:\d+: "a-reports-have-surfaced" \(\[0\]\.explanation\)/);
		expect(problem.message).toContain('explanation');
		expect(problemsAt(check, `annotation.${a1}`)).toHaveLength(1);
	});

	it('shows an unchosen category next to the category', () => {
		const { draft, b1 } = valid();
		const check = checkDraft(setCategory(draft, b1, ''), categories);
		expect(check.problems.map((p) => p.field)).toContain(`annotation.${b1}.category`);
	});

	it('names case and article fields: an empty title, an empty description', () => {
		const { draft, b } = valid();
		const check = checkDraft(setArticleField(setCaseField(draft, 'title', ''), b, 'description', ''), categories);
		const fields = check.problems.map((p) => p.field);
		expect(fields).toContain('case.title');
		expect(fields).toContain(`article.${b}.description`);
	});

	it('names a claims cell that links to an annotation of another article', () => {
		const { draft: d0, a, b, a1, b1 } = valid();
		const fact = addFact(d0, 'Who says the money is missing');
		let draft = setCell(fact.draft, fact.id, a, 'says', 'money taken');
		draft = setCell(draft, fact.id, a, 'authority', 'unnamed reports');
		draft = setCellAnnotations(draft, fact.id, a, [a1]);
		expect(checkDraft(draft, categories).problems).toEqual([]);
		const wrong = setCellAnnotations(draft, fact.id, b, [a1, b1]);
		const fields = checkDraft(wrong, categories).problems.map((p) => p.field);
		expect(fields).toContain(`claim.${fact.id}.${b}`);
	});

	it('checks generated exercises with the course reader, and names the exercise field at fault', () => {
		const { draft: d0, a, a1, b1 } = valid();
		let draft = setLessonObjectives(d0, ['Ask who says so.']);
		draft = addExercise(draft, markExercise(draft, { prompt: 'Find the vague source in A.', article: a, targets: [a1] })).draft;
		draft = addExercise(
			draft,
			markAndLabelExercise(draft, { prompt: 'Mark and name the technique in A.', article: a, targets: [a1], labels: ['sourced'] })
		).draft;
		draft = addExercise(
			draft,
			classifyExercise(draft, { prompt: 'Sort these passages.', annotations: [a1, b1], categories: ['sourced'] })
		).draft;
		draft = addExercise(draft, numericExercise({ prompt: 'How many articles name no source?', answer: 2 })).draft;
		const check = checkDraft(draft, categories);
		expect(check.problems).toEqual([]);
		const broken = structuredClone(draft);
		broken.lesson!.exercises[0].prompt = '';
		const fields = checkDraft(broken, categories).problems.map((p) => p.field);
		expect(fields).toContain(`exercise.${draft.lesson!.exercises[0].id}.prompt`);
	});
});

describe('a built-in case opened in the editor', () => {
	it('reads back with no problems and the same model', () => {
		const dir = 'lessons/cases/ukraine-55000';
		const files: TextFile[] = [];
		for (const name of ['case.json', 'claims.json'])
			files.push({ path: `${dir}/${name}`, text: readFileSync(join(root, dir, name), 'utf8') });
		for (const sub of ['articles', 'annotations'])
			for (const name of readdirSync(join(root, dir, sub)))
				files.push({ path: `${dir}/${sub}/${name}`, text: readFileSync(join(root, dir, sub, name), 'utf8') });
		const original = readCase(files, categories).case!;
		const check = checkDraft(draftFromCase(original, [], []), categories);
		expect(check.problems).toEqual([]);
		expect(check.case).toEqual(original);
	});
});
