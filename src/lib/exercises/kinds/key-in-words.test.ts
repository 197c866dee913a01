import { describe, expect, test } from 'vitest';
import type { ChoiceExercise, NumericExercise, RankExercise } from '../types.js';
import { KINDS } from './index.js';
import type { KeyNames } from './kind.js';

const names: KeyNames = {
	category: (slug) => slug,
	article: (_case, id) => `Article ${id.toUpperCase()}`,
	headline: (_case, id) => (id === 'a' ? 'Officials confirm' : null)
};

describe('the answer key in words, as the teacher area shows it', () => {
	test('a number gives its unit and how far off still counts', () => {
		const exercise = {
			id: 'n',
			type: 'numeric',
			prompt: '',
			attempts: 2,
			answer: 55000,
			tolerance: 500,
			unit: 'people'
		} satisfies NumericExercise;
		const words = KINDS.numeric.keyInWords(exercise, { type: 'numeric' }, names);
		expect([words.strong, words.intro]).toEqual(['55,000 people', '(give or take 500)']);
	});

	test('a choice marks every option right or wrong, with its feedback', () => {
		const exercise = {
			id: 'c',
			type: 'choice',
			prompt: '',
			attempts: 2,
			multiple: false,
			options: [
				{ id: 'a', text: 'Zelensky', correct: true, feedback: 'He said it.' },
				{ id: 'b', text: 'Umerov', correct: false, feedback: 'He did not.' }
			]
		} satisfies ChoiceExercise;
		expect(KINDS.choice.keyInWords(exercise, { type: 'choice' }, names).lines).toEqual([
			{ lead: '✓ Right:', text: 'Zelensky', why: 'He said it.' },
			{ lead: '✗ Wrong:', text: 'Umerov', why: 'He did not.' }
		]);
	});

	test('a rank lists the articles best supported first, by name and headline', () => {
		const exercise = {
			id: 'r',
			type: 'rank',
			prompt: '',
			attempts: 2,
			case: 'x',
			items: ['b', 'a'],
			order: ['a', 'b']
		} satisfies RankExercise;
		const words = KINDS.rank.keyInWords(exercise, { type: 'rank' }, names);
		expect(words.ordered).toBe(true);
		expect(words.lines.map((l) => l.text)).toEqual(['Article A: Officials confirm', 'Article B: (no headline)']);
	});
});
