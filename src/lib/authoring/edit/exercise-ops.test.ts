import { describe, expect, it } from 'vitest';
import { addAnnotation, addArticle, newDraft, setCategory } from './case-ops.js';
import {
	addBlock,
	addExercise,
	choiceExercise,
	classifyExercise,
	markAndLabelExercise,
	markExercise,
	matchExercise,
	moveBlock,
	rankExercise,
	removeBlock,
	removeExercise
} from './exercise-ops.js';

function draftWithPassages() {
	const a = addArticle(newDraft({ title: 'Case' }), { headline: 'One', text: 'Alpha beta. Gamma delta. Epsilon.' });
	const b = addArticle(a.draft, { headline: 'Two', text: 'Zeta eta.' });
	const p1 = addAnnotation(b.draft, a.id, { start: 0, end: 10 }, { category: 'loaded-question' });
	const p2 = addAnnotation(p1.draft, a.id, { start: 12, end: 23 }, { category: 'sourced' });
	const p3 = addAnnotation(p2.draft, b.id, { start: 0, end: 8 }, { category: 'unsourced' });
	return { draft: p3.draft, a: a.id, b: b.id, p1: p1.id, p2: p2.id, p3: p3.id };
}

describe('exercises generated from the annotations', () => {
	it('a mark exercise keeps only targets in its article, and borderline passages that are not also targets', () => {
		const { draft, a, p1, p2, p3 } = draftWithPassages();
		const exercise = markExercise(draft, { prompt: 'Find it.', article: a, targets: [p1, p3], borderline: [p1, p2] });
		expect(exercise).toEqual({
			type: 'mark',
			prompt: 'Find it.',
			attempts: 2,
			case: 'case',
			article: a,
			targets: [p1],
			borderline: [p2]
		});
	});

	it('mark-and-label offers the targets’ categories and any extra chosen', () => {
		const { draft, a, p1, p2 } = draftWithPassages();
		const exercise = markAndLabelExercise(draft, {
			prompt: 'Mark and name.',
			article: a,
			targets: [p1, p2],
			labels: ['sourced', 'unsupported-claim']
		});
		expect(exercise.labels).toEqual(['loaded-question', 'sourced', 'unsupported-claim']);
	});

	it('classify makes one item per passage, its right answer the passage’s category', () => {
		const { draft, p1, p3 } = draftWithPassages();
		const exercise = classifyExercise(setCategory(draft, p3, 'sourced'), { prompt: 'Sort.', annotations: [p1, p3] });
		expect(exercise.items).toEqual([
			{ id: 'item-1', annotation: p1 },
			{ id: 'item-2', annotation: p3 }
		]);
		expect(exercise.categories).toEqual(['loaded-question', 'sourced']);
	});
});

describe('exercises written by form', () => {
	it('choice options get ids from their text', () => {
		const exercise = choiceExercise({
			prompt: 'Which?',
			multiple: false,
			options: [
				{ text: 'A named source', correct: true, feedback: 'Yes.' },
				{ text: 'A named reporter', correct: false, feedback: 'No.' }
			]
		});
		expect(exercise.options.map((o) => o.id)).toEqual(['a-named', 'a-named-2']);
	});

	it('match pairs left and right by position, rank lists the case’s articles', () => {
		const { draft, a, b } = draftWithPassages();
		expect(matchExercise({ prompt: 'Match.', left: ['x', 'y'], right: ['1', '2'], pairs: [1, 0] }).pairs).toEqual({
			l1: 'r2',
			l2: 'r1'
		});
		expect(rankExercise(draft, { prompt: 'Rank.', order: [b, a] })).toMatchObject({ items: [a, b], order: [b, a] });
	});

	it('rank keeps its own copy of the order given, so a draft never holds the form’s list', () => {
		const { draft, a, b } = draftWithPassages();
		const order = [b, a];
		const exercise = rankExercise(draft, { prompt: 'Rank.', order });
		order.reverse();
		expect(exercise.order).toEqual([b, a]);
		expect(exercise.order).not.toBe(order);
	});
});

describe('the lesson page', () => {
	it('an added exercise is placed as a block, and removing it removes the block', () => {
		const { draft: d0, a, p1 } = draftWithPassages();
		const { draft, id } = addExercise(d0, markExercise(d0, { prompt: 'Find the loaded question', article: a, targets: [p1] }));
		expect(id).toBe('find-the-loaded');
		expect(draft.lesson!.folder).toBe('10-case');
		expect(draft.lesson!.blocks).toEqual([{ kind: 'exercise', id }]);
		expect(removeExercise(draft, id).lesson!.blocks).toEqual([]);
	});

	it('blocks of prose and articles are added, moved and removed', () => {
		const { draft: d0, a } = draftWithPassages();
		let draft = addBlock(d0, { kind: 'paragraph', text: 'Read A.' });
		draft = addBlock(draft, { kind: 'articles', ids: [a], highlights: true });
		draft = moveBlock(draft, 1, -1);
		expect(draft.lesson!.blocks.map((b) => b.kind)).toEqual(['articles', 'paragraph']);
		expect(removeBlock(draft, 0).lesson!.blocks).toEqual([{ kind: 'paragraph', text: 'Read A.' }]);
	});
});
