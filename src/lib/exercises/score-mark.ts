// Scores a mark exercise: a target found earns a point, false marks cost what assess-marks.ts
// says (as does marking nearly everything), borderline passages neither earn nor cost, and the
// score never drops below zero.
import { assessMarks, markPoints } from './assess-marks.js';
import type { MarkAnswer, MarkExercise, MarkKey, MarkResult } from './types.js';

export function scoreMark(_exercise: MarkExercise, key: MarkKey, answer: MarkAnswer): MarkResult {
	const assessed = assessMarks(key, answer.marks);
	const { targets, borderline, falseMarks, discernment } = assessed;
	const maxPoints = targets.length;
	const points = markPoints(targets.filter((t) => t.found).length, assessed);
	const score = maxPoints === 0 ? 0 : points / maxPoints;
	return { type: 'mark', score, points, maxPoints, correct: score === 1, targets, falseMarks, borderline, discernment };
}
