// Scores a match exercise: the share of left items paired with the right one.
import { own } from './score-classify.js';
import type { MatchAnswer, MatchExercise, MatchResult } from './types.js';

export function scoreMatch(exercise: MatchExercise, answer: MatchAnswer): MatchResult {
	const pairs = exercise.left.map(({ id }) => {
		const chosen = own(answer.pairs, id);
		const expected = exercise.pairs[id];
		return { left: id, chosen, expected, right: chosen === expected };
	});
	const points = pairs.filter((p) => p.right).length;
	const maxPoints = pairs.length;
	const score = maxPoints === 0 ? 0 : points / maxPoints;
	return { type: 'match', score, points, maxPoints, correct: score === 1, pairs };
}
