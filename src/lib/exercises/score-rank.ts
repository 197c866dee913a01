// Scores a rank exercise with partial credit for near orderings: the share of pairs of articles
// the student put in the same order as the key (Kendall's tau, rescaled to [0, 1]). The key scores
// 1, its reverse 0, and swapping two neighbours of five articles costs one pair in ten.
// https://en.wikipedia.org/wiki/Kendall_rank_correlation_coefficient
import type { RankAnswer, RankExercise, RankResult } from './types.js';

export function scoreRank(exercise: RankExercise, answer: RankAnswer): RankResult {
	const position = new Map<string, number>();
	for (const [i, id] of answer.order.entries()) if (!position.has(id)) position.set(id, i);
	const pairs: RankResult['pairs'] = [];
	for (const [i, before] of exercise.order.entries()) {
		for (const after of exercise.order.slice(i + 1)) {
			const a = position.get(before);
			const b = position.get(after);
			// An article the student has not placed yet is in no pair's right order.
			pairs.push({ before, after, right: a !== undefined && b !== undefined && a < b });
		}
	}
	const points = pairs.filter((p) => p.right).length;
	const maxPoints = pairs.length;
	const score = maxPoints === 0 ? 0 : points / maxPoints;
	return { type: 'rank', score, points, maxPoints, correct: score === 1, pairs };
}
