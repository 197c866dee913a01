// Scores a mark exercise: a target found earns a point, false marks cost what assess-marks.ts
// says, borderline passages neither earn nor cost, and the score never drops below zero.
import { assessMarks } from './assess-marks.js';
import type { MarkAnswer, MarkExercise, MarkKey, MarkResult } from './types.js';

export function scoreMark(_exercise: MarkExercise, key: MarkKey, answer: MarkAnswer): MarkResult {
	const { targets, borderline, falseMarks, falseCost, discernment } = assessMarks(key, answer.marks);
	const found = targets.filter((t) => t.found).length;
	const maxPoints = targets.length;
	const points = Math.max(0, found - falseCost);
	const score = maxPoints === 0 ? 0 : points / maxPoints;
	return { type: 'mark', score, points, maxPoints, correct: score === 1, targets, falseMarks, borderline, discernment };
}
