import { describe, expect, test } from 'vitest';
import { ASSIGNMENT, handIn, KEYED } from '../assignments/testing/fixtures.js';
import { keyAnswer } from '../exercises/answers.js';
import { classTable } from './class-table.js';
import { emptyGradebook } from './import-result.js';
import { bookWith } from './testing/books.js';

const allRight = handIn(Object.fromEntries(KEYED.map((k) => [k.exercise.id, [keyAnswer(k.exercise, k.key)]])), 'Ada Lovelace');
const wrong = { type: 'numeric', value: 1 } as const;
const right = { type: 'numeric', value: 55000 } as const;
const oneRightTooLate = handIn({ 'how-many': [wrong, wrong, right] }, 'bob', '2025-03-14T10:00:00.000Z');
const oneRight = handIn({ 'who-said': [{ type: 'choice', selected: ['zelensky'] }] }, 'Zoë');

describe('classTable', () => {
	const table = classTable(bookWith([oneRight, oneRightTooLate, allRight]), ASSIGNMENT);

	test('has a column per assigned exercise, in the assignment’s order', () => {
		expect(table.exercises).toEqual(ASSIGNMENT.exercises);
	});

	test('has a row per student, sorted by name whatever the case', () => {
		expect(table.rows.map((r) => r.name)).toEqual(['Ada Lovelace', 'bob', 'Zoë']);
	});

	test('totals the counted scores and gives the share of the exercises in percent', () => {
		expect(table.rows.map((r) => [r.total, r.percent])).toEqual([
			[7, 100],
			[0, 0],
			[1, 100 / 7]
		]);
	});

	test('leaves exercises not tried blank', () => {
		expect(table.rows[2].cells.filter((c) => c.score === null)).toHaveLength(6);
	});

	test('counts only the allowed attempts, and says how many were ignored', () => {
		expect(table.rows[1].cells.find((c) => c.exercise === 'how-many')).toEqual({
			exercise: 'how-many',
			score: 0,
			first: 0,
			attempts: 2,
			ignored: 1
		});
	});

	test('has no rows for an assignment with no hand-ins yet', () => {
		expect(classTable(emptyGradebook(), ASSIGNMENT).rows).toEqual([]);
	});
});
