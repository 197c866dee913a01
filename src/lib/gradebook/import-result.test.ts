import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { contentVersion } from '../assignments/content-version.js';
import { wrapCode } from '../assignments/envelope.js';
import { encodeResult } from '../assignments/result-code.js';
import { encodeResultFile } from '../assignments/result-file.js';
import { mutated, typo } from '../assignments/testing/code-edits.js';
import {
	ANSWERS,
	ASSIGNMENT,
	codeOf,
	EXERCISE_MAP,
	handIn,
	KEYED,
	pageAnswerFor,
	RESULT
} from '../assignments/testing/fixtures.js';
import type { Result } from '../assignments/types.js';
import type { KeyedExercise } from '../course/types.js';
import { emptyGradebook, importResult } from './import-result.js';
import { bookWith } from './testing/books.js';
import { studentsIn } from './students.js';

const code = codeOf(RESULT);
const importInto = (book = emptyGradebook(), text = code, exercises = EXERCISE_MAP) =>
	importResult(book, ASSIGNMENT, exercises, text);

describe('importResult', () => {
	test('adds a student not in the gradebook yet, with every attempt re-scored', () => {
		const { book, outcome } = importInto();
		expect(outcome).toEqual({ type: 'added', student: 'Zoë Martin' });
		const [student] = studentsIn(book, ASSIGNMENT.id);
		expect(student).toMatchObject({ key: 'zoë martin', name: 'Zoë Martin', handIns: [{ code, handedInAt: RESULT.handedInAt }] });
		expect(student.attempts['how-many']).toEqual([{ answer: { type: 'numeric', value: 55000 }, score: 1, seen: 100 }]);
		expect(student.attempts['mark-questions'].map((a) => a.answer)).toEqual(ANSWERS['mark-questions']);
	});

	test('scores every attempt as the student’s page did, for any answers', () => {
		const answers = fc.tuple(...KEYED.map((k) => fc.array(pageAnswerFor(k), { minLength: 1, maxLength: 3 })));
		fc.assert(
			fc.property(answers, (lists) => {
				const result = handIn(Object.fromEntries(KEYED.map((k, i) => [k.exercise.id, lists[i]])));
				const { book } = importInto(emptyGradebook(), codeOf(result));
				for (const [id, attempts] of Object.entries(studentsIn(book, ASSIGNMENT.id)[0].attempts)) {
					expect(attempts.map((a) => Math.round(a.score * 100))).toEqual(result.answers[id].map((a) => a.seen));
				}
			}),
			{ numRuns: 100 }
		);
	});

	test('ignores the score a forged code claims', () => {
		const forged: Result = { ...RESULT, answers: { 'how-many': [{ answer: { type: 'numeric', value: 1 }, seen: 100 }] } };
		const { book } = importInto(emptyGradebook(), codeOf(forged));
		expect(studentsIn(book, ASSIGNMENT.id)[0].attempts['how-many'][0]).toMatchObject({ score: 0, seen: 100 });
	});

	test.each([
		['the same code', code],
		['the same code pasted in lower case with spaces', code.toLowerCase().replace(/(.{8})/g, '$1 ')],
		['the same hand-in as a result file', encodeResultFile(RESULT, ASSIGNMENT, EXERCISE_MAP)]
	])('reports %s imported again as a duplicate and returns the same gradebook', (_, again) => {
		const first = importInto().book;
		const second = importInto(first, again);
		expect(second.outcome).toEqual({ type: 'duplicate', student: 'Zoë Martin' });
		expect(second.book).toBe(first);
	});

	test('merges a second hand-in by the same student, however they typed their name', () => {
		const first = importInto().book;
		const later = handIn(
			{ 'how-many': [...ANSWERS['how-many'], { type: 'numeric', value: 55001 }], 'who-said': [{ type: 'choice', selected: [] }] },
			'  zoë   MARTIN ',
			'2025-03-15T08:00:00.000Z'
		);
		const { book, outcome } = importInto(first, codeOf(later));
		expect(outcome).toEqual({ type: 'merged', student: 'Zoë Martin', newAttempts: 2, conflict: true });
		const students = studentsIn(book, ASSIGNMENT.id);
		expect(students).toHaveLength(1);
		expect(students[0].name).toBe('Zoë Martin');
		expect(students[0].handIns.map((h) => h.handedInAt)).toEqual([RESULT.handedInAt, later.handedInAt]);
		expect(students[0].attempts['how-many'].map((a) => a.score)).toEqual([1, 0]);
		expect(students[0].attempts['who-said'].map((a) => a.score)).toEqual([1, 0]);
		expect(students[0].attempts['rank-sourcing']).toEqual(studentsIn(first, ASSIGNMENT.id)[0].attempts['rank-sourcing']);
	});

	test('keeps students with different names apart, and a name with markup verbatim', () => {
		const book = bookWith([RESULT, { ...RESULT, student: '<script>alert(1)</script>' }]);
		expect(studentsIn(book, ASSIGNMENT.id).map((s) => s.name)).toEqual(['Zoë Martin', '<script>alert(1)</script>']);
	});

	test('never changes the gradebook for a damaged copy of a code already in it', () => {
		const before = importInto().book;
		fc.assert(
			fc.property(mutated(code), (damaged) => {
				const { book, outcome } = importInto(before, damaged);
				expect(['refused', 'duplicate']).toContain(outcome.type);
				expect(book).toBe(before);
			}),
			{ numRuns: 500 }
		);
	});

	const changed = new Map<string, KeyedExercise>(
		KEYED.map((k) => [k.exercise.id, k.exercise.id === 'how-many' ? { ...k, exercise: { ...k.exercise, prompt: 'New?' } } : k])
	);
	const otherAssignment = { ...ASSIGNMENT, id: 'ZZZZZZZZ' };
	const otherVersion = { ...ASSIGNMENT, contentVersion: contentVersion([...changed.values()]) };

	test.each([
		['a code with a typo', typo(code, 50), EXERCISE_MAP, 'altered', /changed since it was made/],
		['a code cut short', code.slice(0, 100), EXERCISE_MAP, 'truncated', /part of it is missing/],
		['text that is not a code', 'my answers are 55000 and Zelensky', EXERCISE_MAP, 'not-a-code', /not a Sidelight code/],
		['a file that is not a result', '{"hello": "world"}', EXERCISE_MAP, 'not-a-result-file', /not a Sidelight result/],
		[
			'a checksummed code that says nothing sensible',
			wrapCode('result', Uint8Array.of(1, 2, 3)),
			EXERCISE_MAP,
			'malformed',
			/cannot be used/
		],
		[
			'a result for another assignment',
			encodeResult({ ...RESULT, assignmentId: otherAssignment.id }, otherAssignment, EXERCISE_MAP),
			EXERCISE_MAP,
			'other-assignment',
			/another assignment \(ZZZZZZZZ\)/
		],
		[
			'a result from another version of the exercises',
			encodeResult({ ...RESULT, contentVersion: otherVersion.contentVersion }, otherVersion, changed),
			EXERCISE_MAP,
			'other-exercise-version',
			/not imported/
		],
		[
			'a result when the teacher’s exercises changed',
			code,
			changed,
			'exercises-changed',
			/differ from those “Lesson 1: loaded questions” was made with/
		],
		[
			'a result when the teacher’s copy lacks an exercise',
			code,
			new Map([...EXERCISE_MAP].slice(1)),
			'exercises-changed',
			/differ/
		]
	])('refuses %s, returning the very same gradebook', (_, text, exercises, type, message) => {
		const before = bookWith([{ ...RESULT, student: 'Ada' }]);
		const copy = structuredClone(before);
		const { book, outcome } = importInto(before, text, exercises);
		expect(book).toBe(before);
		expect(book).toEqual(copy);
		expect(outcome).toMatchObject({ type: 'refused', error: { type, message: expect.stringMatching(message) } });
	});
});
