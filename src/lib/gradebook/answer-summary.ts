// A student's answer in words, for the teacher reading the gradebook: the passages they marked,
// the options they chose, the order they gave — naming articles and passages as students see
// them ("Article A: “How many more are missing…”"), never by internal ids.
import { kindOf } from '../exercises/kinds/index.js';
import type { Names } from '../exercises/kinds/kind.js';
import type { Answer, Exercise, Key } from '../exercises/types.js';

export type { Names } from '../exercises/kinds/kind.js';

export const PLAIN_NAMES: Names = { article: (id) => id, category: (slug) => slug.replace(/-/g, ' ') };

/** The answer in words; an answer to another type of exercise (the teacher's copy changed since) says so. */
export function answerSummary(exercise: Exercise, key: Key, answer: Answer, names: Names = PLAIN_NAMES): string {
	if (answer.type !== exercise.type) return `an answer to a ${answer.type} exercise`;
	return kindOf(exercise.type).summary(exercise, key, answer, names);
}
