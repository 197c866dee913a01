import { decodeAssignment } from '#lib/assignments/assignment-code.js';
import { CodeError } from '#lib/assignments/errors.js';

export function load({ params }) {
	try {
		return { assignment: decodeAssignment(params.code), problem: null };
	} catch (error) {
		if (!(error instanceof CodeError)) throw error;
		return { assignment: null, problem: error.message };
	}
}
