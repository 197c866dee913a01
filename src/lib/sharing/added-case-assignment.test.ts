// Assignments on an added case: the SLA3 code names the case and its version, so a teacher's
// gradebook without that case says which case file to open, and changes nothing; SLA1 and SLA2
// codes are untouched (their golden vectors are in src/lib/golden/).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeAssignment, encodeAssignment } from '../assignments/assignment-code.js';
import { contentVersion } from '../assignments/content-version.js';
import { encodeResult } from '../assignments/result-code.js';
import { encodeShortAssignment } from '../assignments/short-assignment-code.js';
import { parseExerciseNumbers } from '../assignments/exercise-numbers.js';
import type { Assignment } from '../assignments/types.js';
import type { Category } from '../content/types.js';
import type { KeyedExercise } from '../course/types.js';
import { resolveKey } from '../exercises/resolve-key.js';
import { emptyGradebook, importResult } from '../gradebook/import-result.js';
import { missingAssignedCase } from './assigned-case.js';
import { readCaseFile, writeCaseFile } from './case-file.js';
import { floodDraft } from './testing/flood-case.js';

const categories = JSON.parse(readFileSync(join(import.meta.dirname, '../../../lessons/categories.json'), 'utf8')) as Category[];
const bundle = readCaseFile(writeCaseFile(floodDraft(), categories).text!, categories).bundle!;
const keyed: KeyedExercise[] = bundle.exercises.map((e) => ({ ...e, key: resolveKey(e.exercise, [bundle.case]) }));
const exercises = new Map(keyed.map((k) => [k.exercise.id, k]));
const assignment: Assignment = {
	id: '7K3M9Q2D',
	title: 'Flood reports',
	exercises: keyed.map((k) => k.exercise.id),
	feedback: 'now',
	attempts: 2,
	counts: 'best',
	contentVersion: contentVersion(keyed),
	case: { id: 'flood-reports', title: bundle.case.title, contentHash: bundle.contentHash }
};
const code = encodeAssignment(assignment);
const result = encodeResult(
	{
		assignmentId: assignment.id,
		contentVersion: assignment.contentVersion,
		student: 'Ana',
		handedInAt: '2026-12-01T10:00:00.000Z',
		answers: { 'flood-who-named': [{ answer: { type: 'choice', selected: ['b'] }, seen: 100 }] }
	},
	assignment,
	exercises
);

describe('an assignment on an added case', () => {
	test('has an SLA3 code that reads back with its case, id, title and version', () => {
		expect(code).toMatch(/^SLA3-[0-9A-HJKMNP-TV-Z]+$/);
		expect(decodeAssignment(code)).toEqual(assignment);
	});

	test('never gets a short code, which has no room for the case', () => {
		const numbers = parseExerciseNumbers('1 flood-find-loaded-question\n2 flood-who-named\n').numbers;
		expect(encodeShortAssignment(assignment, numbers)).toBeNull();
		expect(encodeShortAssignment({ ...assignment, case: undefined }, numbers)).toMatch(/^SLA2-/);
	});

	test('an assignment without a case still gets an SLA1 code', () => {
		expect(encodeAssignment({ ...assignment, case: undefined })).toMatch(/^SLA1-/);
	});

	test('a typo in an SLA3 code is caught', () => {
		const typo = code.slice(0, 10) + (code[10] === 'A' ? 'B' : 'A') + code.slice(11);
		expect(() => decodeAssignment(typo)).toThrow(/typo|changed|altered|copied/i);
	});
});

describe('the gradebook, given a result for an assignment on an added case', () => {
	test('refuses it when the case is not in this browser, naming the case file to open, and keeps the book as it was', () => {
		const book = emptyGradebook();
		const imported = importResult(book, assignment, exercises, result, new Map());
		expect(imported.book).toBe(book);
		expect(imported.outcome).toMatchObject({
			type: 'refused',
			error: {
				type: 'case-missing',
				message: expect.stringContaining(
					`Open the case file for Two reports of a river flood (flood-reports, version ${bundle.contentHash}) from the course map first`
				)
			}
		});
	});

	test('refuses it when this browser has another version of the case', () => {
		const imported = importResult(emptyGradebook(), assignment, exercises, result, new Map([['flood-reports', '00000000']]));
		expect(imported.outcome).toMatchObject({
			type: 'refused',
			error: { message: expect.stringContaining('another version of it (00000000)') }
		});
	});

	test('imports and re-scores it once the case is there', () => {
		const imported = importResult(
			emptyGradebook(),
			assignment,
			exercises,
			result,
			new Map([['flood-reports', bundle.contentHash]])
		);
		expect(imported.outcome).toEqual({ type: 'added', student: 'Ana' });
	});
});

describe('the student’s assignment page, given an assignment on an added case', () => {
	test('opens it when that version of the case is added in this browser', () => {
		expect(missingAssignedCase(assignment, new Map([['flood-reports', bundle.contentHash]]))).toBeUndefined();
	});

	test('otherwise says which case file to open: title, id and version', () => {
		expect(missingAssignedCase(assignment, new Map())).toContain(
			`Open the case file for Two reports of a river flood (flood-reports, version ${bundle.contentHash}) from the course map first.`
		);
		expect(missingAssignedCase(assignment, new Map([['flood-reports', '00000000']]))).toContain(
			'another version of it (00000000)'
		);
	});

	test('opens an assignment on built-in exercises whatever is added', () => {
		expect(missingAssignedCase({ ...assignment, case: undefined }, new Map())).toBeUndefined();
	});
});
