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
	it('says when nothing was answered', () => {
		expect(answerSummary({ type: 'mark' } as Exercise, markKey, { type: 'mark', marks: [] })).toBe('no marks');
		expect(answerSummary({ type: 'numeric' } as Exercise, { type: 'numeric' } as Key, { type: 'numeric', value: null })).toBe(
			'no number'
		);
	});
});
