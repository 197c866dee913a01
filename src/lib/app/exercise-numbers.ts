// The course's permanent exercise numbers in the browser (lessons/exercise-numbers.txt, bundled
// as text), and the assignment codes made and read with them: the short code (SLA2) when every
// exercise has a number, else the long one (SLA1), which always works.
import text from '../../../lessons/exercise-numbers.txt?raw';
import { decodeAssignment, encodeAssignment } from '../assignments/assignment-code.js';
import { parseExerciseNumbers } from '../assignments/exercise-numbers.js';
import { encodeShortAssignment } from '../assignments/short-assignment-code.js';
import type { Assignment } from '../assignments/types.js';

/** check:content and the unit tests refuse a file with problems, so none are expected here. */
export const exerciseNumbers = parseExerciseNumbers(text).numbers;

/** The code to give students: short if it can be, else long. */
export function assignmentCodeOf(assignment: Assignment): string {
	return encodeShortAssignment(assignment, exerciseNumbers) ?? encodeAssignment(assignment);
}

/** Exercise ids in permanent-number order (the order a short code keeps); unnumbered ones last, in the order given. */
export function inNumberOrder(ids: readonly string[]): string[] {
	const number = (id: string) => exerciseNumbers.numberOf.get(id) ?? Infinity;
	return [...ids].sort((a, b) => number(a) - number(b));
}

/** Reads either form of assignment code; throws CodeError. */
export function readAssignmentCode(code: string): Assignment {
	return decodeAssignment(code, exerciseNumbers);
}

/** The link a student opens: the code, and for a short code the title, which it does not carry. */
export function assignmentLink(base: string, assignment: Assignment): string {
	const code = assignmentCodeOf(assignment);
	// Only a short code (SLA2) lacks the title; SLA1 and SLA3 carry it.
	const short = code.startsWith('SLA2');
	return `${base}#/assignment/${code}${short ? `?title=${encodeURIComponent(assignment.title)}` : ''}`;
}
