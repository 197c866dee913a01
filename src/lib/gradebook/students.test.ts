import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ASSIGNMENT, codeOf, EXERCISE_MAP, handIn, KEYED, pageAnswerFor } from '../assignments/testing/fixtures.js';
import type { Answer } from '../exercises/types.js';
import { classTable } from './class-table.js';
import { emptyGradebook, importResult } from './import-result.js';
import { studentsIn } from './students.js';
import type { Gradebook } from './types.js';

const importAll = (codes: string[], into: Gradebook = emptyGradebook()) =>
	codes.reduce((book, code) => importResult(book, ASSIGNMENT, EXERCISE_MAP, code).book, into);
const wrong: Answer = { type: 'choice', selected: ['umerov'] };
const right: Answer = { type: 'choice', selected: ['zelensky'] };

describe('students, from the hand-ins', () => {
	// The reviewer's case (M5): one device hands in 1.2 wrong; another, later, wrong then right.
	const device1 = codeOf(handIn({ 'who-said': [wrong] }, 'Sam Student', '2025-03-14T09:00:00.000Z'));
	const device2 = codeOf(
		handIn({ 'who-said': [{ type: 'choice', selected: ['csis'] }, right] }, '  sam   STUDENT ', '2025-03-14T10:00:00.000Z')
	);

	test('give the same grades whichever hand-in is imported first', () => {
		const a = importAll([device1, device2]);
		const b = importAll([device2, device1]);
		expect(a).toEqual(b);
		expect(classTable(a, ASSIGNMENT)).toEqual(classTable(b, ASSIGNMENT));
		expect(studentsIn(a, ASSIGNMENT.id)[0].name).toBe('Sam Student');
	});

	test('mark two hand-ins that do not continue each other as a conflict', () => {
		const [student] = studentsIn(importAll([device2, device1]), ASSIGNMENT.id);
		expect(student.conflict).toBe(true);
		expect(student.handIns.map((h) => h.typed)).toEqual(['Sam Student', '  sam   STUDENT ']);
	});

	test('do not mark a hand-in that continues the one before (the same browser, handing in again)', () => {
		const first = codeOf(handIn({ 'who-said': [wrong] }, 'Sam', '2025-03-14T09:00:00.000Z'));
		const again = codeOf(
			handIn({ 'who-said': [wrong, right], 'how-many': [{ type: 'numeric', value: 1 }] }, 'Sam', '2025-03-14T09:30:00.000Z')
		);
		const [student] = studentsIn(importAll([again, first]), ASSIGNMENT.id);
		expect(student.conflict).toBe(false);
		expect(student.attempts['who-said'].map((a) => a.score)).toEqual([0, 1]);
	});

	const names = fc.constantFrom('Ada', 'ada', ' ADA ', 'Bob', 'Cy');
	const times = fc.constantFrom(
		'2025-03-14T09:00:00.000Z',
		'2025-03-14T09:00:00.000Z',
		'2025-03-14T11:00:00.000Z',
		'2025-03-15T08:00:00.000Z'
	);
	const answers = fc.tuple(
		...KEYED.map((k) => fc.option(fc.array(pageAnswerFor(k), { minLength: 1, maxLength: 2 }), { freq: 2 }))
	);
	const handInArb = fc
		.tuple(names, times, answers)
		.map(([name, time, lists]) =>
			codeOf(handIn(Object.fromEntries(KEYED.flatMap((k, i) => (lists[i] ? [[k.exercise.id, lists[i]]] : []))), name, time))
		);

	test('are the same book for any order of importing the same hand-ins', () => {
		fc.assert(
			fc.property(
				fc
					.array(handInArb, { minLength: 1, maxLength: 5 })
					.chain((codes) => fc.tuple(fc.constant(codes), fc.shuffledSubarray(codes, { minLength: codes.length }))),
				([codes, shuffled]) => {
					expect(importAll(shuffled)).toEqual(importAll(codes));
				}
			),
			{ numRuns: 40 }
		);
		// Each run encodes, imports and re-encodes up to 10 hand-ins: seconds on a busy machine.
	}, 30_000);
});
