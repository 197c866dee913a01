import { describe, expect, it } from 'vitest';
import { answerSummary } from './answer-summary.js';
import type { ChoiceExercise, Exercise, Key, MarkKey } from '../exercises/types.js';

const markKey: MarkKey = {
	type: 'mark',
	text: 'Who is counting, and who benefits from the silence?',
	targets: [],
	borderline: [],
	sourced: []
};
const choice = {
	id: 'c',
	type: 'choice',
	prompt: '',
	attempts: 2,
	multiple: true,
	options: [
		{ id: 'a', text: 'Zelensky', correct: true, feedback: '' },
		{ id: 'b', text: 'Umerov', correct: false, feedback: '' }
	]
} satisfies ChoiceExercise;

describe('answerSummary', () => {
	it('quotes the marked passages, with their labels', () => {
		const exercise = { type: 'mark-and-label' } as Exercise;
		const answer = { type: 'mark-and-label' as const, marks: [{ start: 21, end: 51, label: 'loaded-question' }] };
		expect(answerSummary(exercise, markKey, answer)).toBe('“who benefits from the silence?” as loaded question');
	});
	it('names the chosen options', () => {
		expect(answerSummary(choice, { type: 'choice' } as Key, { type: 'choice', selected: ['b', 'a'] })).toBe('Umerov; Zelensky');
	});
	it('names classify items by article and passage, and ranked articles by their labels', () => {
		const key = {
			type: 'classify',
			items: [
				{ id: 'missing', article: 'tragic-toll', quote: 'How many more are missing, no one can say for sure', expected: 'x' }
			]
		} as Key;
		const names = {
			article: (id: string) => (id === 'tragic-toll' ? 'Article C' : 'Article A'),
			category: (s: string) => s.replace(/-/g, ' ')
		};
		expect(
			answerSummary({ type: 'classify' } as Exercise, key, { type: 'classify', choices: { missing: 'fair-question' } }, names)
		).toBe('Article C: “How many more are missing, no one can s…” as fair question');
		expect(
			answerSummary(
				{ type: 'rank' } as Exercise,
				{ type: 'rank' } as Key,
				{ type: 'rank', order: ['tragic-toll', 'talks-fail'] },
				names
			)
		).toBe('Article C > Article A');
	});

	it('says when nothing was answered', () => {
		expect(answerSummary({ type: 'mark' } as Exercise, markKey, { type: 'mark', marks: [] })).toBe('no marks');
		expect(answerSummary({ type: 'numeric' } as Exercise, { type: 'numeric' } as Key, { type: 'numeric', value: null })).toBe(
			'no number'
		);
	});
});
