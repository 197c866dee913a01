import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeAssignment, encodeAssignment } from './assignment-code.js';
import { parseExerciseNumbers } from './exercise-numbers.js';
import { decodeShortAssignment, encodeShortAssignment, MAX_SHORT_CODE_LENGTH } from './short-assignment-code.js';
import { refusal, typo } from './testing/code-edits.js';
import { assignment as assignmentArb } from './testing/arbitraries.js';
import { ASSIGNMENT } from './testing/fixtures.js';
import type { Assignment } from './types.js';

const course = parseExerciseNumbers(readFileSync('lessons/exercise-numbers.txt', 'utf8')).numbers;
/** As many exercises as a 40-character code can name. */
const full = parseExerciseNumbers(Array.from({ length: 77 }, (_, i) => `${i + 1} exercise-${i + 1}`).join('\n')).numbers;
const fixture = parseExerciseNumbers(ASSIGNMENT.exercises.map((id, i) => `${i + 1} ${id}`).join('\n')).numbers;

/** Any assignment over a selection of the registry's exercises, in number order. */
function over(numbers: typeof course): fc.Arbitrary<Assignment> {
	return fc
		.tuple(assignmentArb, fc.subarray([...numbers.ids], { minLength: 1 }))
		.map(([a, exercises]) => ({ ...a, exercises, title: `Assignment ${a.id.slice(0, 4)}` }));
}

describe('short assignment codes', () => {
	test('read back any assignment over the course’s exercises, without its title', () => {
		fc.assert(
			fc.property(over(course), (a) => {
				const code = encodeShortAssignment(a, course)!;
				expect(decodeAssignment(code, course)).toEqual(a);
			})
		);
	});

	test('are at most 40 characters for any selection of the course’s exercises', () => {
		fc.assert(
			fc.property(over(course), (a) => {
				expect(encodeShortAssignment(a, course)!.length).toBeLessThanOrEqual(MAX_SHORT_CODE_LENGTH);
			})
		);
		const all = { ...ASSIGNMENT, exercises: [...course.ids] };
		expect(encodeShortAssignment(all, course)!.length).toBeLessThanOrEqual(MAX_SHORT_CODE_LENGTH);
	});

	test('stay within 40 characters up to exercise number 77', () => {
		const all = { ...ASSIGNMENT, exercises: [...full.ids] };
		expect(encodeShortAssignment(all, full)).toHaveLength(40);
		expect(decodeAssignment(encodeShortAssignment(all, full)!, full).exercises).toEqual(full.ids);
	});

	test('are much shorter than the long form', () => {
		const a = { ...ASSIGNMENT, exercises: [...course.ids] };
		expect(encodeShortAssignment(a, course)!.length).toBeLessThan(encodeAssignment({ ...a }).length / 10);
	});

	test('read as typed: lower case, spaces, I/L/O and the format digit as a look-alike', () => {
		const code = encodeShortAssignment(ASSIGNMENT, fixture)!;
		const typed = code.toLowerCase().replace(/(.{4})/g, '$1 ');
		expect(decodeAssignment(typed, fixture)).toMatchObject({ id: ASSIGNMENT.id, exercises: ASSIGNMENT.exercises });
	});

	test('refuse every single-character typo', () => {
		const code = encodeShortAssignment({ ...ASSIGNMENT, exercises: ['mark-questions', 'who-said', 'how-many'] }, fixture)!;
		for (let at = 5; at < code.length; at++) {
			expect(['altered', 'malformed', 'truncated', 'newer-version']).toContain(
				refusal(() => decodeAssignment(typo(code, at), fixture)).type
			);
		}
	});

	test('refuse a code cut short, and say so', () => {
		const code = encodeShortAssignment({ ...ASSIGNMENT, exercises: [...course.ids] }, course)!;
		expect(refusal(() => decodeAssignment(code.slice(0, 20), course)).type).toBe('truncated');
		// Beyond the fixed part the length says nothing; the checksum catches what is missing.
		expect(refusal(() => decodeAssignment(code.slice(0, -2), course)).type).toBe('altered');
	});

	test('name an exercise number this copy does not have as made by a newer copy', () => {
		// The last number a 40-character code can name: beyond any course this copy has.
		const code = encodeShortAssignment({ ...ASSIGNMENT, exercises: [full.ids[76]] }, full)!;
		expect(refusal(() => decodeShortAssignment(code.slice(5), course)).message).toMatch(
			/exercise number 77, which this copy of Sidelight does not have/
		);
	});

	test('are not made for exercises without a number or out of number order', () => {
		expect(encodeShortAssignment({ ...ASSIGNMENT, exercises: ['not-numbered'] }, fixture)).toBeNull();
		expect(encodeShortAssignment({ ...ASSIGNMENT, exercises: ['how-many', 'who-said'] }, fixture)).toBeNull();
	});
});
