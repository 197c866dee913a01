// Scores a numeric exercise: right when the value is within the tolerance of the answer.
import type { NumericAnswer, NumericExercise, NumericResult } from './types.js';

/**
 * Slack for binary floating point, relative to the answer: 55000.1 − 55000 is 0.1000000000058 in
 * doubles, which must still count as within a tolerance of 0.1. A billionth of the answer is far
 * below any tolerance an author would write.
 */
const ROUNDING_SLACK = 1e-9;

export function scoreNumeric(exercise: NumericExercise, answer: NumericAnswer): NumericResult {
	const { value } = answer;
	const slack = ROUNDING_SLACK * Math.max(1, Math.abs(exercise.answer));
	const right =
		typeof value === 'number' && Number.isFinite(value) && Math.abs(value - exercise.answer) <= exercise.tolerance + slack;
	const points = right ? 1 : 0;
	const base = { type: 'numeric' as const, score: points, points, maxPoints: 1, correct: right };
	const result: NumericResult = { ...base, value, answer: exercise.answer, tolerance: exercise.tolerance };
	if (exercise.unit !== undefined) result.unit = exercise.unit;
	return result;
}
