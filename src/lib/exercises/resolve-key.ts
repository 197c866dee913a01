// Resolves what scoring needs from the case an exercise refers to: the article text and the
// ranges, categories and explanations of the annotations it names. Done once, after validation,
// so scoring itself needs no content and runs the same in the gradebook. Each type's key is its
// kind's (kinds/).
import type { Case } from '../content/types.js';
import { kindOf } from './kinds/index.js';
import type { Exercise, Key } from './types.js';

export { SOURCED_CATEGORY } from './kinds/marks.js';

/** Throws if the exercise refers to content that is not there: validateExercises reports that first. */
export function resolveKey(exercise: Exercise, cases: readonly Case[]): Key {
	return kindOf(exercise.type).resolveKey(exercise, cases);
}
