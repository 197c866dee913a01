// The result code Sidelight keeps in cmi.suspend_data: the student's checked attempts, written
// with the existing result-code format (so the gradebook can re-score it), made to fit a limit.
// Unchecked answers are left out: resuming must not turn a draft into a check.
import type { Assignment, Attempt, Result } from '../assignments/types.js';
import { encodeResult } from '../assignments/result-code.js';
import type { KeyedExercise } from '../course/types.js';
import type { ProgressState } from '../progress/progress.js';

type Answers = Result['answers'];

function answersOf(state: ProgressState, assignment: Assignment): Answers {
	const answers: Answers = {};
	for (const id of assignment.exercises) {
		const attempts = state[id]?.attempts ?? [];
		if (attempts.length) answers[id] = attempts.map((a): Attempt => ({ answer: a.answer, seen: Math.round(a.score * 100) }));
	}
	return answers;
}

/** Each exercise's best attempt (the first of equals) and its last, in the order made. */
function bestAndLast(answers: Answers): Answers {
	const out: Answers = {};
	for (const [id, attempts] of Object.entries(answers)) {
		let best = 0;
		attempts.forEach((a, i) => {
			if ((a.seen ?? 0) > (attempts[best].seen ?? 0)) best = i;
		});
		const last = attempts.length - 1;
		out[id] = best === last ? [attempts[last]] : [attempts[best], attempts[last]];
	}
	return out;
}

/**
 * The shortest-losing code that fits `limit` characters: every attempt; else the best and last of
 * each exercise; else those for as many exercises (in the assignment's order) as fit, naming the
 * others in `notStored`.
 */
export function handInCode(
	state: ProgressState,
	assignment: Assignment,
	exercises: ReadonlyMap<string, KeyedExercise>,
	student: string,
	now: Date,
	limit: number
): { code: string; notStored: string[] } {
	const encode = (answers: Answers) =>
		encodeResult(
			{ assignmentId: assignment.id, contentVersion: assignment.contentVersion, student, handedInAt: now.toISOString(), answers },
			assignment,
			exercises
		);
	const all = answersOf(state, assignment);
	const full = encode(all);
	if (full.length <= limit) return { code: full, notStored: [] };
	const trimmed = bestAndLast(all);
	const code = encode(trimmed);
	if (code.length <= limit) return { code, notStored: [] };
	const ids = Object.keys(trimmed);
	// Fewest exercises dropped: binary search on how many of the first exercises fit.
	let low = 0;
	let high = ids.length - 1;
	while (low < high) {
		const mid = Math.ceil((low + high) / 2);
		if (encode(Object.fromEntries(ids.slice(0, mid).map((id) => [id, trimmed[id]]))).length <= limit) low = mid;
		else high = mid - 1;
	}
	return {
		code: encode(Object.fromEntries(ids.slice(0, low).map((id) => [id, trimmed[id]]))),
		notStored: ids.slice(low)
	};
}

/**
 * What a returning student continues with: for each exercise, whichever of this browser's record
 * and the LMS's has more checked attempts (the browser's on a tie: it also holds unchecked drafts).
 * Nothing either side holds more of is dropped.
 */
export function mergeResumed(local: ProgressState, resumed: ProgressState): ProgressState {
	const merged: ProgressState = { ...local };
	for (const [id, entry] of Object.entries(resumed)) {
		if (entry.attempts.length > (local[id]?.attempts.length ?? 0)) merged[id] = entry;
	}
	return merged;
}
