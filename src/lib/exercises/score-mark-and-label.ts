// Scores a mark-and-label exercise: as a mark exercise, but a found target earns its full point
// only when the student named its technique (the annotation's category).
import { assessMarks, markPoints } from './assess-marks.js';
import { clampRange, coveredLength, mergeRanges } from './ranges.js';
import type {
	LabelledMark,
	LabelledTargetFeedback,
	MarkAndLabelAnswer,
	MarkAndLabelExercise,
	MarkKey,
	MarkAndLabelResult
} from './types.js';

/**
 * Credit for a target found under the wrong label (or none): seeing the passage is half the
 * skill, naming the technique the other half.
 */
export const WRONG_LABEL_CREDIT = 0.5;

export function scoreMarkAndLabel(_exercise: MarkAndLabelExercise, key: MarkKey, answer: MarkAndLabelAnswer): MarkAndLabelResult {
	const assessed = assessMarks(key, answer.marks);
	const marks = answer.marks.flatMap((m) => clampRange(m, key.text.length) ?? []);
	const targets: LabelledTargetFeedback[] = assessed.targets.map((target) => {
		const labelGiven = dominantLabel(marks, target);
		// The right label must cover more of the target than any other, so marking a passage once
		// under every label does not earn full credit.
		const labelRight = target.found && labelGiven.label === target.category && labelGiven.unique;
		const credit = !target.found ? 0 : labelRight ? 1 : WRONG_LABEL_CREDIT;
		return { ...target, labelGiven: labelGiven.label, labelRight, credit };
	});
	const earned = targets.reduce((sum, t) => sum + t.credit, 0);
	const maxPoints = targets.length;
	const points = markPoints(earned, assessed);
	const score = maxPoints === 0 ? 0 : points / maxPoints;
	return {
		type: 'mark-and-label',
		score,
		points,
		maxPoints,
		correct: score === 1,
		targets,
		falseMarks: assessed.falseMarks,
		borderline: assessed.borderline,
		discernment: assessed.discernment
	};
}

/** The label whose marks cover most of the target, and whether no other label covers as much. */
function dominantLabel(marks: readonly LabelledMark[], target: { start: number; end: number }) {
	const byLabel = new Map<string | null, LabelledMark[]>();
	for (const mark of marks) {
		if (mark.start >= target.end || target.start >= mark.end) continue;
		byLabel.set(mark.label, [...(byLabel.get(mark.label) ?? []), mark]);
	}
	let best: { label: string | null; covered: number; unique: boolean } = { label: null, covered: 0, unique: false };
	for (const [label, labelled] of byLabel) {
		const covered = coveredLength(mergeRanges(labelled), target);
		if (covered > best.covered) best = { label, covered, unique: true };
		else if (covered === best.covered) best.unique = false;
	}
	return best;
}
