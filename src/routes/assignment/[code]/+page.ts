import { readAssignmentCode } from '#lib/app/exercise-numbers.js';
import { CodeError } from '#lib/assignments/errors.js';

export function load({ params }) {
	try {
		return { assignment: readAssignmentCode(params.code), problem: null };
	} catch (error) {
		if (!(error instanceof CodeError)) throw error;
		return { assignment: null, problem: error.message };
	}
}
