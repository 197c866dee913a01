import { describe, expect, test } from 'vitest';
import { ASSIGNMENT, handIn, KEYED } from '../assignments/testing/fixtures.js';
import { keyAnswer } from '../exercises/answers.js';
import { classTable, DEFAULT_VIEW, viewRows, type TableView } from './class-table.js';
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

describe('viewRows', () => {
	const table = classTable(bookWith([oneRight, oneRightTooLate, allRight]), ASSIGNMENT);
	const names = (view: Partial<TableView>) => viewRows(table.rows, { ...DEFAULT_VIEW, ...view }).map((r) => r.name);

	test('sorts by name, either way', () => {
		expect(names({})).toEqual(['Ada Lovelace', 'bob', 'Zoë']);
		expect(names({ descending: true })).toEqual(['Zoë', 'bob', 'Ada Lovelace']);
	});

	test('sorts by total, ties by name', () => {
		expect(names({ sort: { by: 'total' }, descending: true })).toEqual(['Ada Lovelace', 'Zoë', 'bob']);
	});

	test('sorts by one exercise, with students who did not try it last', () => {
		expect(names({ sort: { by: 'exercise', exercise: 'how-many' }, descending: true })).toEqual(['Ada Lovelace', 'bob', 'Zoë']);
	});

	test('sorts by hand-in time', () => {
		expect(names({ sort: { by: 'handedInAt' } })).toEqual(['Ada Lovelace', 'Zoë', 'bob']);
	});

	test('filters by part of a name, ignoring case and accents', () => {
		expect(names({ filter: 'zoe' })).toEqual(['Zoë']);
		expect(names({ filter: 'LOVE' })).toEqual(['Ada Lovelace']);
		expect(names({ filter: 'nobody' })).toEqual([]);
	});

	test('gives first-attempt totals beside the counted ones', () => {
		const late = handIn({ 'how-many': [wrong, right] }, 'Cy');
		const [row] = classTable(bookWith([late]), ASSIGNMENT).rows;
		expect([row.total, row.firstTotal]).toEqual([1, 0]);
		expect(row.cells.find((c) => c.exercise === 'how-many')).toMatchObject({ score: 1, first: 0 });
	});
});
