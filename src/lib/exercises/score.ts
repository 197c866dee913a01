// One entry point for scoring, the same in the student's browser and the teacher's gradebook:
// exercise, key and answer in, a score in [0, 1] and feedback out. Pure; each type's scoring is
// its kind's (kinds/).
import { checkSameType, kindOf } from './kinds/index.js';
import type { Answer, Exercise, Key, Result } from './types.js';

/**
 * Scores an answer. Throws when the answer or key is for another type of exercise: a saved answer
 * that no longer fits its exercise (the content changed) is for the caller to discard, not to
 * score as zero without saying so.
 */
export function score(exercise: Exercise, key: Key, answer: Answer): Result {
	checkSameType(exercise, key, answer);
	return kindOf(exercise.type).score(exercise, key, answer);
}
