import { describe, expect, test } from 'vitest';
import { ASSIGNMENT, BENEFITS, EXERCISE_MAP, handIn, QUESTION, SURFACED } from '../assignments/testing/fixtures.js';
import type { Answer } from '../exercises/types.js';
import { emptyGradebook } from './import-result.js';
import { mostMissed } from './most-missed.js';
import { bookWith } from './testing/books.js';

const marks = (...ranges: { start: number; end: number }[]): Answer => ({ type: 'mark', marks: ranges });
const labelled = (...marks: { start: number; end: number; label: string }[]): Answer => ({ type: 'mark-and-label', marks });

const book = bookWith([
	handIn({ 'mark-questions': [marks(QUESTION, BENEFITS, SURFACED)], 'how-many': [{ type: 'numeric', value: 55000 }] }, 'Ada'),
	handIn({ 'mark-questions': [marks(QUESTION)], 'mark-and-name': [labelled({ ...QUESTION, label: 'emotive-language' })] }, 'Bob'),
	handIn({ 'mark-questions': [marks(QUESTION, BENEFITS)], 'who-said': [{ type: 'choice', selected: ['zelensky'] }] }, 'Cy')
]);
const missed = mostMissed(book, ASSIGNMENT, EXERCISE_MAP);

describe('mostMissed', () => {
	test('lists the exercises from the lowest mean score up, in the assignment’s order when equal', () => {
		expect(missed.map((m) => m.exercise)).toEqual([
			'sort-passages',
			'figure-to-article',
			'rank-sourcing',
			'mark-and-name',
			'who-said',
			'how-many',
			'mark-questions'
		]);
		expect(missed.find((m) => m.exercise === 'how-many')).toMatchObject({ mean: 1 / 3, answered: 1, students: 3 });
	});

	test('lists a mark exercise’s targets by how many students missed them', () => {
		expect(missed.find((m) => m.exercise === 'mark-questions')!.targets).toEqual([
			{ annotation: 'reports-surfaced', quote: 'Reports have surfaced', missed: 2, mislabelled: 0 },
			{ annotation: 'who-benefits', quote: 'Who benefits from the silence?', missed: 1, mislabelled: 0 },
			{ annotation: 'how-accurate', quote: 'But how accurate is it?', missed: 0, mislabelled: 0 }
		]);
	});

	test('counts targets found with the wrong label apart from targets missed', () => {
		expect(
			missed.find((m) => m.exercise === 'mark-and-name')!.targets.map((t) => [t.annotation, t.missed, t.mislabelled])
		).toEqual([
			['who-benefits', 1, 0],
			['reports-surfaced', 1, 0],
			['how-accurate', 0, 1]
		]);
	});

	test('lists no targets for exercises of other types', () => {
		expect(missed.find((m) => m.exercise === 'who-said')!.targets).toEqual([]);
	});

	const wrongBook = bookWith([
		handIn(
			{
				'who-said': [{ type: 'choice', selected: ['umerov'] }],
				'figure-to-article': [{ type: 'match', pairs: { f55: 'b', f46: 'a' } }]
			},
			'Ada'
		),
		handIn(
			{
				'who-said': [{ type: 'choice', selected: ['umerov'] }],
				'figure-to-article': [{ type: 'match', pairs: { f55: 'b', f46: 'b' } }]
			},
			'Bob'
		),
		handIn(
			{
				'who-said': [{ type: 'choice', selected: ['csis'] }],
				'sort-passages': [{ type: 'classify', choices: { q: 'sourced', v: 'vague-attribution' } }]
			},
			'Cy'
		)
	]);
	const names = {
		article: (id: string) => ({ 'talks-fail': 'Article A', 'talks-stall': 'Article B' })[id] ?? id,
		category: (s: string) => s.replace(/-/g, ' ')
	};
	const wrongOf = (id: string) => mostMissed(wrongBook, ASSIGNMENT, EXERCISE_MAP, names).find((m) => m.exercise === id)!.wrong;

	test('gives the most common wrong answer of a choice exercise first', () => {
		expect(wrongOf('who-said')).toEqual([
			{ part: '', answer: 'Umerov', students: 2 },
			{ part: '', answer: 'CSIS', students: 1 }
		]);
	});

	test('gives the wrong pairings of a match exercise by item', () => {
		expect(wrongOf('figure-to-article')).toEqual([
			{ part: '55,000 killed', answer: 'Article B', students: 2 },
			{ part: '46,000 killed', answer: 'Article B', students: 1 }
		]);
	});

	test('names a classify item by its article and passage, not its id', () => {
		expect(wrongOf('sort-passages')).toEqual([{ part: 'Article A: “But how accurate is it?”', answer: 'sourced', students: 1 }]);
	});

	test('is empty before anyone hands in', () => {
		expect(mostMissed(emptyGradebook(), ASSIGNMENT, EXERCISE_MAP)).toEqual([]);
	});
});
