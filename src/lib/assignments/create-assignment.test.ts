import { describe, expect, test } from 'vitest';
import { decodeAssignment, encodeAssignment } from './assignment-code.js';
import { createAssignment, type AssignmentChoices } from './create-assignment.js';
import { createAssignmentId } from './ids.js';
import { ASSIGNMENT, EXERCISE_MAP } from './testing/fixtures.js';

const fixed = (length: number) => Uint8Array.from({ length }, (_, i) => i * 37);
const choices: AssignmentChoices = {
	title: 'Lesson 1',
	exercises: ['who-said', 'how-many'],
	feedback: 'after',
	attempts: 1,
	counts: 'last'
};

describe('createAssignmentId', () => {
	test('makes 8 base-32 characters from 40 random bits', () => {
		expect(createAssignmentId(fixed)).toBe('00JMMVWM');
	});

	test('gives different ids from the platform random source', () => {
		expect(createAssignmentId()).not.toBe(createAssignmentId());
	});
});

describe('createAssignment', () => {
	test('fingerprints only the chosen exercises, as the teacher has them', () => {
		const made = createAssignment({ ...choices, exercises: ASSIGNMENT.exercises }, EXERCISE_MAP, fixed);
		expect(made).toEqual({ ...ASSIGNMENT, ...choices, exercises: ASSIGNMENT.exercises, id: '00JMMVWM' });
		expect(createAssignment(choices, EXERCISE_MAP, fixed).contentVersion).not.toBe(ASSIGNMENT.contentVersion);
	});

	test('makes an assignment its code carries', () => {
		const made = createAssignment(choices, EXERCISE_MAP);
		expect(decodeAssignment(encodeAssignment(made))).toEqual(made);
	});

	test('refuses an exercise this copy does not have', () => {
		expect(() => createAssignment({ ...choices, exercises: ['who-said', 'gone'] }, EXERCISE_MAP)).toThrow(
			/^there is no exercise "gone"$/
		);
	});
});
