import { describe, expect, test } from 'vitest';
import { ASSIGNMENT, handIn, RESULT } from '../assignments/testing/fixtures.js';
import { classTable } from './class-table.js';
import { emptyGradebook } from './import-result.js';
import {
	clearGradebook,
	countTogether,
	deleteAssignment,
	deleteStudent,
	mergeGradebooks,
	removeHandIn,
	renameHandIn,
	renameStudent,
	restoreHandIn
} from './records.js';
import { studentsIn } from './students.js';
import { bookWith } from './testing/books.js';

const id = ASSIGNMENT.id;
const ada = handIn({ 'how-many': [{ type: 'numeric', value: 1 }] }, 'Ada', '2025-03-14T08:00:00.000Z');
const adaAgain = handIn({ 'how-many': [{ type: 'numeric', value: 55000 }] }, 'ada', '2025-03-14T09:00:00.000Z');
const book = bookWith([RESULT, ada, adaAgain]);
const names = (b = book) => studentsIn(b, id).map((s) => s.name);
const codeOfStudent = (name: string, b = book) =>
	studentsIn(b, id)
		.find((s) => s.name === name)!
		.handIns.map((h) => h.code);

describe('managing records', () => {
	test('renaming a student files all their hand-ins under the new name', () => {
		const renamed = renameStudent(book, id, 'ada', 'Ada Lovelace');
		expect(names(renamed)).toEqual(['Ada Lovelace', 'Zoë Martin']);
		expect(studentsIn(renamed, id)[0].handIns.map((h) => h.typed)).toEqual(['Ada', 'ada']);
	});

	test('renaming a student to a name already there joins the two', () => {
		expect(names(renameStudent(book, id, 'ada', 'zoë martin'))).toEqual(['zoë martin']);
	});

	test('a blank name is refused', () => {
		expect(() => renameStudent(book, id, 'ada', '   ')).toThrow(/cannot be blank/);
	});

	test('deleting a student removes their hand-ins and leaves the others', () => {
		const deleted = deleteStudent(book, id, 'ada');
		expect(names(deleted)).toEqual(['Zoë Martin']);
		expect(deleteStudent(deleted, id, 'ada')).toBe(deleted);
	});

	test('removing one hand-in changes the grade, and putting it back undoes that exactly', () => {
		const [first, second] = studentsIn(book, id)[0].handIns;
		const removed = removeHandIn(book, id, second.code);
		expect(studentsIn(removed, id)[0].attempts['how-many'].map((a) => a.score)).toEqual([0]);
		expect(restoreHandIn(removed, id, second)).toEqual(book);
		expect(restoreHandIn(book, id, first)).toBe(book);
	});

	test('filing one hand-in under another name separates it (a classmate used this name)', () => {
		const [, second] = codeOfStudent('Ada');
		const split = renameHandIn(book, id, second, 'Bea');
		expect(names(split)).toEqual(['Ada', 'Bea', 'Zoë Martin']);
		expect(studentsIn(split, id).every((s) => !s.conflict)).toBe(true);
	});

	test('counting a conflict together clears it, keeping both hand-ins', () => {
		expect(studentsIn(book, id)[0].conflict).toBe(true);
		const decided = countTogether(book, id, 'ada');
		expect(studentsIn(decided, id)[0]).toMatchObject({ conflict: false, attempts: studentsIn(book, id)[0].attempts });
		expect(classTable(decided, ASSIGNMENT).rows.find((r) => r.name === 'Ada')!.conflict).toBe(false);
	});

	test('deleting an assignment removes its record; clearing empties the gradebook', () => {
		expect(deleteAssignment(book, id).assignments).toEqual({});
		expect(deleteAssignment(emptyGradebook(), id)).toEqual(emptyGradebook());
		expect(clearGradebook()).toEqual(emptyGradebook());
	});

	test('merging two computers’ gradebooks keeps every hand-in once, whatever the order', () => {
		const one = bookWith([RESULT, ada]);
		const other = bookWith([adaAgain, ada]);
		expect(mergeGradebooks(one, other)).toEqual(book);
		expect(mergeGradebooks(other, one)).toEqual(book);
		expect(mergeGradebooks(book, book)).toBe(book);
		expect(mergeGradebooks(emptyGradebook(), book)).toEqual(book);
	});
});
