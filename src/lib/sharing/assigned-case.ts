// Whether this browser can open an assignment: one on an added case (SLA3) needs that very case,
// the version the teacher assigned, added here from its case file; built-in ones always can. The
// student's assignment page and the gradebook say the same thing when it is not (caseMissing).
import { caseMissing } from '../assignments/errors.js';
import type { Assignment } from '../assignments/types.js';

/**
 * What to tell the student, or undefined when the assignment can be opened. `added`: id → content
 * hash of the cases added in this browser (addedCases.hashes()).
 */
export function missingAssignedCase(assignment: Assignment, added: ReadonlyMap<string, string>): string | undefined {
	if (!assignment.case) return undefined;
	const have = added.get(assignment.case.id);
	return have === assignment.case.contentHash ? undefined : caseMissing(assignment.case, have).message;
}
