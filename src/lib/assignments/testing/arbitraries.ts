// fast-check generators for assignments and results, for the round-trip properties of the codes.
// Hand-ins answer generated exercises of every type (exercises/testing/arbitraries.ts), under
// fresh ids, with any answer a page can hand in, or none.
import fc from 'fast-check';
import type { KeyedExercise } from '../../course/types.js';
import { exerciseWithKey } from '../../exercises/testing/arbitraries.js';
import { contentVersion } from '../content-version.js';
import { createAssignmentId } from '../ids.js';
import { COUNTS, FEEDBACK, type Assignment, type Attempt, type Result } from '../types.js';
import { pageAnswerFor } from './fixtures.js';

export const exerciseId = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/);

export const assignmentId = fc.uint8Array({ minLength: 5, maxLength: 5 }).map((bytes) => createAssignmentId(() => bytes));

export const contentVersionArb = fc.nat({ max: 0xffffffff }).map((n) => n.toString(16).padStart(8, '0'));

/** Any text a person might type, markup and all, that is not blank. */
export function typedText(maxLength: number): fc.Arbitrary<string> {
	return fc
		.oneof(
			fc.string({ unit: 'grapheme', minLength: 1, maxLength }),
			fc.constantFrom('<script>alert(1)</script>', '=HYPERLINK("http://x")', 'Zoë  Martin', 'Ngũgĩ wa Thiong’o')
		)
		.filter((t) => t.trim() !== '' && t.length <= maxLength);
}

export const assignment: fc.Arbitrary<Assignment> = fc.record({
	id: assignmentId,
	title: typedText(200),
	exercises: fc.uniqueArray(exerciseId, { minLength: 1, maxLength: 30 }),
	feedback: fc.constantFrom(...FEEDBACK),
	attempts: fc.integer({ min: 0, max: 99 }),
	counts: fc.constantFrom(...COUNTS),
	contentVersion: contentVersionArb
});

/** An assignment over generated exercises of every type, with the exercises and a hand-in to it. */
export const handedIn: fc.Arbitrary<{ assignment: Assignment; exercises: Map<string, KeyedExercise>; result: Result }> = fc
	.uniqueArray(exerciseId, { minLength: 1, maxLength: 10 })
	.chain((ids) => fc.tuple(fc.constant(ids), fc.tuple(...ids.map(() => exerciseWithKey))))
	.map(([ids, made]) => ids.map((id, i): KeyedExercise => ({ lesson: 'l', exercise: { ...made[i][0], id }, key: made[i][1] })))
	.chain((keyed) =>
		fc.record({
			assignment: assignment.map((a) => ({
				...a,
				exercises: keyed.map((k) => k.exercise.id),
				contentVersion: contentVersion(keyed)
			})),
			exercises: fc.constant(new Map(keyed.map((k) => [k.exercise.id, k]))),
			student: typedText(100),
			handedInAt: fc
				.date({ min: new Date(0), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
				.map((d) => d.toISOString()),
			answers: fc.tuple(...keyed.map((k) => fc.option(fc.array(attempt(k), { maxLength: 3 }), { freq: 3 })))
		})
	)
	.map(({ assignment, exercises, student, handedInAt, answers }) => {
		const answered = assignment.exercises.flatMap((id, i) => (answers[i] === null ? [] : [[id, answers[i]] as const]));
		const result: Result = {
			assignmentId: assignment.id,
			contentVersion: assignment.contentVersion,
			student,
			handedInAt,
			answers: Object.fromEntries(answered)
		};
		return { assignment, exercises, result };
	});

function attempt(keyed: KeyedExercise): fc.Arbitrary<Attempt> {
	return fc
		.record({ answer: pageAnswerFor(keyed), seen: fc.option(fc.integer({ min: 0, max: 100 })) })
		.map(({ answer, seen }) => (seen === null ? { answer } : { answer, seen }));
}
