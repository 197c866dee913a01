// The registry of exercise types: the one place that goes from a type to what it does. Every
// dispatcher (score, answers, resolveKey, feedback, validateExercises, the answer codec, the
// gradebook's summaries and the exporters) looks the type up here instead of switching on it.
import type { Answer, Exercise, ExerciseType, Key } from '../types.js';
import { choice } from './choice.js';
import { classify } from './classify.js';
import type { Kind } from './kind.js';
import { markAndLabel } from './mark-and-label.js';
import { mark } from './mark.js';
import { match } from './match.js';
import { numeric } from './numeric.js';
import { rank } from './rank.js';

export type { Kind } from './kind.js';

const BY_TYPE = {
	mark,
	'mark-and-label': markAndLabel,
	classify,
	match,
	choice,
	rank,
	numeric
} satisfies { [T in ExerciseType]: Kind<T> };

// Each entry is checked above as the Kind of its own type. TypeScript cannot relate a union of
// those to one Kind over all types (it would need to know that exercise, key and answer share a
// type), so the record widens them; the dispatchers check that they do (checkSameType) first.
export const KINDS = BY_TYPE as unknown as Record<ExerciseType, Kind>;

export function kindOf(type: ExerciseType): Kind {
	return KINDS[type];
}

/** Throws unless the answer (and the key, when given) are for the exercise's type: then any member may be called. */
export function checkSameType(exercise: Exercise, key: Key | null, answer: Answer | null): void {
	if (answer && answer.type !== exercise.type) {
		throw new TypeError(`answer is for a ${answer.type} exercise, but "${exercise.id}" is a ${exercise.type} exercise`);
	}
	if (key && key.type !== exercise.type) {
		throw new TypeError(`key is for a ${key.type} exercise, but "${exercise.id}" is a ${exercise.type} exercise`);
	}
}
