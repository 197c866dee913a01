// A new assignment from the teacher's choices: a fresh id, and the content version of the
// exercises as this copy of Sidelight has them, which results will be checked against.
import type { KeyedExercise } from '../course/types.js';
import { assignmentProblem } from './assignment-code.js';
import { contentVersion } from './content-version.js';
import { createAssignmentId, cryptoRandomBytes, type RandomBytes } from './ids.js';
import type { Assignment } from './types.js';

export type AssignmentChoices = Omit<Assignment, 'id' | 'contentVersion'>;

/** Throws TypeError for an exercise this copy does not have, or choices no code can carry. */
export function createAssignment(
	choices: AssignmentChoices,
	exercises: ReadonlyMap<string, KeyedExercise>,
	random: RandomBytes = cryptoRandomBytes
): Assignment {
	const assigned = assignedExercises(choices.exercises, exercises);
	if (!Array.isArray(assigned)) throw new TypeError(`there is no exercise "${assigned.missing}"`);
	const assignment: Assignment = {
		id: createAssignmentId(random),
		...choices,
		exercises: [...choices.exercises],
		contentVersion: contentVersion(assigned)
	};
	const problem = assignmentProblem(assignment);
	if (problem) throw new TypeError(`cannot make this assignment: ${problem}`);
	return assignment;
}

/** The assigned exercises with their keys, in the assignment's order, or the first one missing. */
export function assignedExercises(
	ids: readonly string[],
	exercises: ReadonlyMap<string, KeyedExercise>
): KeyedExercise[] | { missing: string } {
	const found: KeyedExercise[] = [];
	for (const id of ids) {
		const keyed = exercises.get(id);
		if (!keyed) return { missing: id };
		found.push(keyed);
	}
	return found;
}
