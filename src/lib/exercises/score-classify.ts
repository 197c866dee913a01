// Scores a classify exercise: the share of passages put in the right category.
import type { ClassifyAnswer, ClassifyExercise, ClassifyKey, ClassifyResult } from './types.js';

export function scoreClassify(_exercise: ClassifyExercise, key: ClassifyKey, answer: ClassifyAnswer): ClassifyResult {
	const items = key.items.map((item) => {
		const chosen = own(answer.choices, item.id);
		return { id: item.id, annotation: item.annotation, chosen, expected: item.expected, right: chosen === item.expected };
	});
	const points = items.filter((i) => i.right).length;
	const maxPoints = items.length;
	const score = maxPoints === 0 ? 0 : points / maxPoints;
	return { type: 'classify', score, points, maxPoints, correct: score === 1, items };
}

/** A record's own string value: a saved answer is plain JSON, but "constructor" must not read Object's. */
export function own(record: Record<string, unknown> | undefined, key: string): string | null {
	if (!record || !Object.hasOwn(record, key)) return null;
	const value = record[key];
	return typeof value === 'string' ? value : null;
}
