// Which techniques (annotation categories) an exercise practises, so the teacher area can list
// exercises by technique as well as by lesson.
import type { KeyedExercise } from './types.js';

export function techniquesOf({ exercise, key }: KeyedExercise): string[] {
	const slugs: string[] = [];
	if (key.type === 'mark' || key.type === 'mark-and-label') slugs.push(...key.targets.map((t) => t.category));
	if (key.type === 'classify') slugs.push(...key.items.map((i) => i.expected));
	if (exercise.type === 'mark-and-label') slugs.push(...exercise.labels);
	return [...new Set(slugs)].sort();
}
