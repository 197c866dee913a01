// Scores a choice exercise. Single answer: right or wrong. Multiple answers: each right option
// chosen earns a point and each wrong one costs a point, so choosing everything is not rewarded;
// the score never drops below zero.
import type { ChoiceAnswer, ChoiceExercise, ChoiceResult } from './types.js';

export function scoreChoice(exercise: ChoiceExercise, answer: ChoiceAnswer): ChoiceResult {
	const selected = new Set(answer.selected);
	const options = exercise.options.map((o) => ({
		id: o.id,
		selected: selected.has(o.id),
		correct: o.correct,
		feedback: o.feedback
	}));
	const rightChosen = options.filter((o) => o.selected && o.correct).length;
	const wrongChosen = options.filter((o) => o.selected && !o.correct).length;
	const maxPoints = exercise.multiple ? options.filter((o) => o.correct).length : 1;
	// A single-answer question answered with more than one option (a hand-edited answer) is wrong.
	const points = exercise.multiple ? Math.max(0, rightChosen - wrongChosen) : rightChosen === 1 && wrongChosen === 0 ? 1 : 0;
	const score = maxPoints === 0 ? 0 : points / maxPoints;
	return { type: 'choice', score, points, maxPoints, correct: score === 1, options };
}
