// Answers made from an exercise: the empty one, the one a student starts from, and the key's own
// answer (the one that scores 1), which the page can show as the solution and tests use as a
// fixed point; and whether a stored value is an answer to the exercise at all. Each type's are
// its kind's (kinds/).
import { kindOf } from './kinds/index.js';
import type { Answer, Exercise, Key } from './types.js';

export function emptyAnswer(exercise: Exercise): Answer {
	return kindOf(exercise.type).emptyAnswer(exercise);
}

/** What the student starts from: a rank exercise starts in the order shown, the rest empty. */
export function startingAnswer(exercise: Exercise): Answer {
	return kindOf(exercise.type).startingAnswer(exercise);
}

export function keyAnswer(exercise: Exercise, key: Key): Answer {
	if (key.type !== exercise.type) throw new TypeError(`key is for a ${key.type} exercise, not ${exercise.type}`);
	return kindOf(exercise.type).keyAnswer(exercise, key);
}

/** Why a stored value is not an answer to the exercise (another type, a wrong shape), or null when it is one. */
export function answerProblem(exercise: Exercise, value: unknown): string | null {
	if (typeof value !== 'object' || value === null) return 'an answer should be an object';
	const type = (value as { type?: unknown }).type;
	if (type !== exercise.type)
		return `the answer is for a ${String(type)} exercise, but "${exercise.id}" is a ${exercise.type} exercise`;
	return kindOf(exercise.type).answerProblem(exercise, value as Answer);
}
