// Golden vector: a case file written by Sidelight (the flood fixture, case file version 1). Case
// files are e-mailed and kept on USB sticks: whatever the readers become, this one must still
// open, with the same content hash (assignment codes for an added case carry it).
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { Category } from '../content/types.js';
import { readCaseFile } from '../sharing/case-file.js';
import { decodeAssignment } from '../assignments/assignment-code.js';
import type { Assignment } from '../assignments/types.js';

const read = (name: string) => readFileSync(new URL(name, import.meta.url), 'utf8');
const categories = JSON.parse(read('../../../lessons/categories.json')) as Category[];

test('the case file of a two-article case, version 1, still opens with its content hash', () => {
	const text = read('flood-reports.sidelight-case.json');
	const opened = readCaseFile(text, categories, 'flood-reports.sidelight-case.json');
	expect(opened.problems).toEqual([]);
	expect(opened.bundle?.contentHash).toBe('89cfc2fd');
	expect(opened.bundle?.case.id).toBe('flood-reports');
	expect(opened.bundle?.case.annotations.map((a) => [a.id, a.quote])).toEqual([
		['b-flood-officer', 'Its flood officer, Dana Reyes, said no homes had been flooded'],
		['a-said-to-be-worried', 'Officials are said to be worried'],
		['a-ignore-warnings', 'Who decided to ignore the warnings?']
	]);
	expect(opened.bundle?.exercises.map((e) => e.exercise.id)).toEqual(['flood-find-loaded-question', 'flood-who-named']);
});

test('an SLA3 assignment code for that case still reads, naming the case and its version', () => {
	const vectors = JSON.parse(read('added-case-vectors.json')) as { assignments: { code: string; assignment: Assignment }[] };
	for (const { code, assignment } of vectors.assignments) {
		expect(decodeAssignment(code)).toEqual(assignment);
		expect(assignment.case?.contentHash).toBe('89cfc2fd');
	}
});
