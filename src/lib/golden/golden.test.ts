// Golden vectors: codes, result files and a gradebook backup written by Sidelight before any
// change to its wire formats (src/lib/golden/make-golden.ts, run once at f7499a0 and then removed:
// see commit b8ca30f), against a frozen copy of the
// test course (fixture-course.json). Printed handouts and e-mailed hand-ins live for a school
// year: whatever the code becomes, these must still read, with the same answers and scores.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodeAssignment } from '../assignments/assignment-code.js';
import { parseExerciseNumbers } from '../assignments/exercise-numbers.js';
import { contentVersion } from '../assignments/content-version.js';
import { decodeResult, readResultHeader } from '../assignments/result-code.js';
import { decodeResultFile } from '../assignments/result-file.js';
import type { Assignment, Result } from '../assignments/types.js';
import type { KeyedExercise } from '../course/types.js';
import { restoreBackup } from '../gradebook/backup.js';
import { emptyGradebook, importResult } from '../gradebook/import-result.js';
import { studentsIn, studentsOf } from '../gradebook/students.js';

const read = (name: string) => readFileSync(new URL(name, import.meta.url), 'utf8');

interface Vectors {
	contentVersion: string;
	assignments: { code: string; assignment: Assignment }[];
	results: { assignment: string; code: string; file: string; result: Result; scores: Record<string, number[]> }[];
	backup: {
		file: string;
		students: Record<string, { name: string; handIns: number; attempts: Record<string, { answer: unknown; score: number }[]> }[]>;
	};
}

const vectors = JSON.parse(read('vectors.json')) as Vectors;
const course = JSON.parse(read('fixture-course.json')) as KeyedExercise[];
const exercises = new Map(course.map((k) => [k.exercise.id, k]));
const short = JSON.parse(read('short-vectors.json')) as { assignments: { code: string; assignment: Assignment }[] };
const numbers = parseExerciseNumbers(read('fixture-exercise-numbers.txt')).numbers;
const assignmentOf = (id: string) => vectors.assignments.find((a) => a.assignment.id === id)!.assignment;

describe('golden vectors made by Sidelight before any format change', () => {
	test('the frozen course still has the content version its codes were made with', () => {
		expect(contentVersion(course)).toBe(vectors.contentVersion);
	});

	test.each(vectors.assignments.map((v) => [v.assignment.title, v] as const))(
		'the assignment code of “%s” still reads',
		(_, v) => {
			expect(decodeAssignment(v.code)).toEqual(v.assignment);
		}
	);

	test.each(vectors.results.map((v, i) => [i, v.result.student, v] as const))(
		'result %i (%s) still reads as a code and as a file, with the same answers',
		(_, __, v) => {
			const assignment = assignmentOf(v.assignment);
			const { answers, ...header } = v.result;
			expect(readResultHeader(v.code)).toEqual(header);
			expect(decodeResult(v.code, assignment, exercises)).toEqual(v.result);
			expect(decodeResultFile(v.file, assignment, exercises)).toEqual(v.result);
			expect(Object.keys(answers).length).toBeGreaterThan(0);
		}
	);

	test.each(vectors.results.map((v, i) => [i, v.result.student, v] as const))(
		'result %i (%s) still imports with the same scores',
		(_, __, v) => {
			const assignment = assignmentOf(v.assignment);
			const imported = importResult(emptyGradebook(), assignment, exercises, v.code);
			expect(imported.outcome.type).toBe('added');
			const [student] = studentsIn(imported.book, assignment.id);
			const scores = Object.fromEntries(Object.entries(student.attempts).map(([id, list]) => [id, list.map((a) => a.score)]));
			expect(scores).toEqual(v.scores);
		}
	);

	test('the gradebook backup still restores, with the same students, answers and scores', () => {
		const book = restoreBackup(read(vectors.backup.file), exercises);
		const students = Object.fromEntries(
			Object.entries(book.assignments).map(([id, r]) => [
				id,
				studentsOf(r).map((s) => ({ name: s.name, handIns: s.handIns.length, attempts: s.attempts }))
			])
		);
		expect(students).toEqual(vectors.backup.students);
	});

	test.each(short.assignments.map((v) => [v.code, v] as const))('the short assignment code %s (format 2) still reads', (_, v) => {
		expect(decodeAssignment(v.code, numbers)).toEqual(v.assignment);
	});
});
