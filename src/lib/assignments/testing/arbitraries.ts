// fast-check generators for assignments and results, for the round-trip properties of the codes.
// Results answer generated exercises of every type (exercises/testing/arbitraries.ts) with any
// answer a page can hand in, under fresh exercise ids.
import fc from 'fast-check';
import { exerciseWithKey } from '../../exercises/testing/arbitraries.js';
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

const attempts = exerciseWithKey.chain(([exercise, key]) =>
	fc.array(
		fc.record({ answer: pageAnswerFor({ lesson: 'l', exercise, key }), seen: fc.option(fc.integer({ min: 0, max: 100 })) }),
		{ maxLength: 3 }
	)
);

export const result: fc.Arbitrary<Result> = fc
	.record({
		assignmentId,
		contentVersion: contentVersionArb,
		student: typedText(100),
		handedInAt: fc
			.date({ min: new Date(0), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
			.map((d) => d.toISOString()),
		answers: fc.uniqueArray(fc.tuple(exerciseId, attempts), { maxLength: 10, selector: ([id]) => id })
	})
	.map((r) => ({
		...r,
		answers: Object.fromEntries(
			r.answers.map(([id, list]) => [
				id,
				list.map(({ answer, seen }): Attempt => (seen === null ? { answer } : { answer, seen }))
			])
		)
	}));
