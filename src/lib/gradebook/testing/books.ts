// Gradebooks for tests: the fixture assignment with the given hand-ins imported in order.
import { encodeResult } from '../../assignments/result-code.js';
import { ASSIGNMENT, EXERCISE_MAP } from '../../assignments/testing/fixtures.js';
import type { Assignment, Result } from '../../assignments/types.js';
import { emptyGradebook, importResult } from '../import-result.js';
import type { Gradebook } from '../types.js';

export function bookWith(results: Result[], assignment: Assignment = ASSIGNMENT): Gradebook {
	return results.reduce((book, result) => {
		const imported = importResult(book, assignment, EXERCISE_MAP, encodeResult(result, assignment, EXERCISE_MAP));
		if (imported.outcome.type === 'refused') throw imported.outcome.error;
		return imported.book;
	}, emptyGradebook());
}
