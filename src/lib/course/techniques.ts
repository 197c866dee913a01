// Which techniques (annotation categories) an exercise practises, so the teacher area can list
// exercises by technique as well as by lesson. Each type says which (exercises/kinds/).
import { kindOf } from '../exercises/kinds/index.js';
import type { KeyedExercise } from './types.js';

export function techniquesOf({ exercise, key }: KeyedExercise): string[] {
	return [...new Set(kindOf(exercise.type).techniques(exercise, key))].sort();
}
