// What the course map says about a lesson (or the whole course), in words a student reads at a
// glance. "Done" means every exercise is right (its best check scored full marks): a lesson with
// one answer still wrong is not done, even when every exercise has been checked. Before any check
// there is no score to show, so none is given (no "score 0 %" to a newcomer).
import { bestScore, type ProgressState } from './progress.js';

export interface LessonStatus {
	kind: 'not-started' | 'started' | 'done';
	/** Exercises checked at least once. */
	checked: number;
	/** Exercises whose best check scored full marks. */
	right: number;
	total: number;
	/** One line for the card: "Not started", "2 of 5 right · 3 checked", "Done: all 4 right". */
	summary: string;
}

export function lessonStatus(state: ProgressState, exerciseIds: readonly string[]): LessonStatus {
	const best = exerciseIds.map((id) => bestScore(state[id]));
	const checked = best.filter((b) => b !== null).length;
	const right = best.filter((b) => b === 1).length;
	const total = exerciseIds.length;
	if (total > 0 && right === total) return { kind: 'done', checked, right, total, summary: `Done: all ${total} right` };
	if (checked === 0) return { kind: 'not-started', checked, right, total, summary: 'Not started' };
	return { kind: 'started', checked, right, total, summary: `${right} of ${total} right · ${checked} checked` };
}
