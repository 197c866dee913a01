import { describe, expect, it } from 'vitest';
import { checkDraft } from './validate-draft.js';
import { addAnnotation, addArticle, newDraft, setExplanation } from './case-ops.js';
import {
	addExercise,
	choiceExercise,
	classifyExercise,
	markAndLabelExercise,
	markExercise,
	matchExercise,
	numericExercise,
	rankExercise
} from './exercise-ops.js';
import {
	addMatchItem,
	addOption,
	markRole,
	moveRankItem,
	removeMatchItem,
	removeOption,
	setAttempts,
	setClassifyItem,
	setExerciseText,
	setMarkArticle,
	setMarkRole,
	setMatchText,
	setMultiple,
	setNumber,
	setOffered,
	setOption,
	setPair,
	setUnit
} from './exercise-edit.js';
import type { CaseDraft } from '../files/draft.js';
import { loadContent } from '../../../build/load-content.js';
import { join } from 'node:path';

const categories = loadContent({ cwd: join(import.meta.dirname, '../../../..'), onWarning: () => {} }).categories;

function draftWithPassages() {
	const description = 'A short report.';
	const start = newDraft({ title: 'Case', summary: 'Two reports.' });
	const a = addArticle(start, { headline: 'One', description, text: 'Alpha beta. Gamma delta. Epsilon.' });
	const b = addArticle(a.draft, { headline: 'Two', description, text: 'Zeta eta.' });
	const p1 = addAnnotation(b.draft, a.id, { start: 0, end: 10 }, { category: 'loaded-question' });
	const p2 = addAnnotation(p1.draft, a.id, { start: 12, end: 23 }, { category: 'sourced' });
	const p3 = addAnnotation(p2.draft, b.id, { start: 0, end: 8 }, { category: 'unsourced' });
	let draft = p3.draft;
	for (const id of [p1.id, p2.id, p3.id]) draft = setExplanation(draft, id, 'Why it is so.');
	return { draft, a: a.id, b: b.id, p1: p1.id, p2: p2.id, p3: p3.id };
}

const exerciseOf = (draft: CaseDraft, id: string) => draft.lesson!.exercises.find((e) => e.id === id)!;

describe('editing an exercise already in the draft', () => {
	it('changes the prompt and the explanation, leaving an emptied explanation out as when made', () => {
		const { draft } = draftWithPassages();
		const made = addExercise(draft, numericExercise({ prompt: 'How many metres?', answer: 2 }));
		let next = setExerciseText(made.draft, made.id, 'prompt', 'How many metres did it rise?');
		next = setExerciseText(next, made.id, 'explanation', 'The council said 2.1.');
		expect(exerciseOf(next, made.id)).toMatchObject({
			prompt: 'How many metres did it rise?',
			explanation: 'The council said 2.1.'
		});
		next = setExerciseText(next, made.id, 'explanation', '  ');
		expect(exerciseOf(next, made.id)).not.toHaveProperty('explanation');
		// Its id and its place in the lesson stay.
		expect(next.lesson!.blocks).toEqual([{ kind: 'exercise', id: made.id }]);
		expect(exerciseOf(made.draft, made.id).prompt).toBe('How many metres?');
	});

	it('leaves the draft as it was for an exercise it does not have, or a field its type lacks', () => {
		const { draft } = draftWithPassages();
		const made = addExercise(draft, numericExercise({ prompt: 'How many?', answer: 2 }));
		expect(setExerciseText(made.draft, 'nope', 'prompt', 'x')).toBe(made.draft);
		expect(setMultiple(made.draft, made.id, true)).toBe(made.draft);
		expect(setMarkRole(made.draft, made.id, 'x', 'target')).toBe(made.draft);
	});

	it('moves a mark exercise’s passage between to find, borderline and not in it, one role at a time', () => {
		const { draft, a, p1, p2 } = draftWithPassages();
		const made = addExercise(draft, markExercise(draft, { prompt: 'Find it.', article: a, targets: [p1] }));
		let next = setMarkRole(made.draft, made.id, p2, 'borderline');
		expect(exerciseOf(next, made.id)).toMatchObject({ targets: [p1], borderline: [p2] });
		next = setMarkRole(next, made.id, p1, 'borderline');
		expect(exerciseOf(next, made.id)).toMatchObject({ targets: [], borderline: [p2, p1] });
		next = setMarkRole(next, made.id, p2, 'target');
		const edited = exerciseOf(next, made.id);
		expect(edited).toMatchObject({ targets: [p2], borderline: [p1] });
		if (edited.type !== 'mark') throw new Error('a mark exercise');
		expect([markRole(edited, p1), markRole(edited, p2), markRole(edited, 'other')]).toEqual(['borderline', 'target', 'none']);
		next = setMarkRole(next, made.id, p1, 'none');
		expect(exerciseOf(next, made.id)).toMatchObject({ targets: [p2], borderline: [] });
	});

	it('moves a mark exercise to another article, keeping no passage of the old one', () => {
		const { draft, a, b, p1, p3 } = draftWithPassages();
		const made = addExercise(draft, markExercise(draft, { prompt: 'Find it.', article: a, targets: [p1] }));
		let next = setMarkArticle(made.draft, made.id, b);
		expect(exerciseOf(next, made.id)).toMatchObject({ article: b, targets: [], borderline: [] });
		next = setMarkRole(next, made.id, p3, 'target');
		expect(checkDraft(next, categories).problems.filter((p) => p.field.startsWith('exercise.'))).toEqual([]);
		// The same check names a target in another article.
		const wrong = setMarkRole(setMarkArticle(next, made.id, a), made.id, p3, 'target');
		expect(checkDraft(wrong, categories).problems.map((p) => p.field)).toContain(`exercise.${made.id}.targets`);
	});

	it('offers and withdraws labels and categories', () => {
		const { draft, a, p1, p2 } = draftWithPassages();
		const labelled = addExercise(draft, markAndLabelExercise(draft, { prompt: 'Name it.', article: a, targets: [p1] }));
		let next = setOffered(labelled.draft, labelled.id, 'emotive-language', true);
		expect(exerciseOf(next, labelled.id)).toMatchObject({ labels: ['loaded-question', 'emotive-language'] });
		next = setOffered(next, labelled.id, 'loaded-question', false);
		expect(exerciseOf(next, labelled.id)).toMatchObject({ labels: ['emotive-language'] });
		const sorted = addExercise(next, classifyExercise(next, { prompt: 'Sort them.', annotations: [p1, p2] }));
		next = setOffered(sorted.draft, sorted.id, 'sourced', false);
		expect(exerciseOf(next, sorted.id)).toMatchObject({ categories: ['loaded-question'] });
	});

	it('adds and removes a classify exercise’s passages, the others keeping their item ids', () => {
		const { draft, p1, p2, p3 } = draftWithPassages();
		const made = addExercise(draft, classifyExercise(draft, { prompt: 'Sort them.', annotations: [p1, p2] }));
		let next = setClassifyItem(made.draft, made.id, p1, false);
		next = setClassifyItem(next, made.id, p3, true);
		next = setClassifyItem(next, made.id, p3, true);
		expect(exerciseOf(next, made.id)).toMatchObject({
			items: [
				{ id: 'item-2', annotation: p2 },
				{ id: 'item-3', annotation: p3 }
			]
		});
	});

	it('edits a choice exercise’s options, keeping their ids, and the validator names a choice left with no right option', () => {
		const { draft } = draftWithPassages();
		const made = addExercise(
			draft,
			choiceExercise({
				prompt: 'Who gave the figure?',
				multiple: false,
				options: [
					{ text: 'The council', correct: true, feedback: 'Yes: it says so.' },
					{ text: 'Nobody', correct: false, feedback: 'It names the council.' }
				]
			})
		);
		const [right, wrong] = ['the-council', 'nobody'];
		let next = setOption(made.draft, made.id, right, { text: 'The town council' });
		const added = addOption(next, made.id);
		next = setOption(added.draft, made.id, added.option, { text: 'The mayor', feedback: 'The mayor is not named.' });
		next = removeOption(next, made.id, wrong);
		next = setMultiple(next, made.id, true);
		expect(exerciseOf(next, made.id)).toMatchObject({
			multiple: true,
			options: [
				{ id: 'the-council', text: 'The town council', correct: true, feedback: 'Yes: it says so.' },
				{ id: 'option', text: 'The mayor', correct: false, feedback: 'The mayor is not named.' }
			]
		});
		next = setOption(next, made.id, right, { correct: false });
		const problems = checkDraft(next, categories).problems.filter((p) => p.field.startsWith(`exercise.${made.id}`));
		expect(problems.map((p) => p.field)).toContain(`exercise.${made.id}.options`);
	});

	it('edits a match exercise’s items and pairs; a removed item takes its pairs with it', () => {
		const { draft } = draftWithPassages();
		const made = addExercise(
			draft,
			matchExercise({ prompt: 'Match them.', left: ['Council', 'Officials'], right: ['Named', 'Vague'], pairs: [0, 1] })
		);
		let next = setMatchText(made.draft, made.id, 'left', 'l1', 'The council');
		const added = addMatchItem(next, made.id, 'right');
		next = setMatchText(added.draft, made.id, 'right', added.item, 'Unsourced');
		next = setPair(next, made.id, 'l2', added.item);
		expect(exerciseOf(next, made.id)).toMatchObject({
			left: [
				{ id: 'l1', text: 'The council' },
				{ id: 'l2', text: 'Officials' }
			],
			right: [
				{ id: 'r1', text: 'Named' },
				{ id: 'r2', text: 'Vague' },
				{ id: 'r3', text: 'Unsourced' }
			],
			pairs: { l1: 'r1', l2: 'r3' }
		});
		next = removeMatchItem(next, made.id, 'right', 'r3');
		expect(exerciseOf(next, made.id)).toMatchObject({ pairs: { l1: 'r1' } });
		next = setPair(next, made.id, 'l1', '');
		expect(exerciseOf(next, made.id)).toMatchObject({ pairs: {} });
	});

	it('reorders a rank exercise’s key, and refuses a move past either end', () => {
		const { draft, a, b } = draftWithPassages();
		const made = addExercise(draft, rankExercise(draft, { prompt: 'Best first.', order: [a, b] }));
		const next = moveRankItem(made.draft, made.id, b, -1);
		expect(exerciseOf(next, made.id)).toMatchObject({ items: [a, b], order: [b, a] });
		expect(moveRankItem(next, made.id, b, -1)).toBe(next);
	});

	it('edits a numeric exercise’s answer, tolerance, unit and attempts', () => {
		const { draft } = draftWithPassages();
		const made = addExercise(draft, numericExercise({ prompt: 'How many metres?', answer: 2, unit: 'm' }));
		let next = setNumber(made.draft, made.id, 'answer', 2.1);
		next = setNumber(next, made.id, 'tolerance', 0.1);
		next = setAttempts(next, made.id, 0);
		next = setUnit(next, made.id, '');
		const edited = exerciseOf(next, made.id);
		expect(edited).toMatchObject({ answer: 2.1, tolerance: 0.1, attempts: 0 });
		expect(edited).not.toHaveProperty('unit');
	});
});
