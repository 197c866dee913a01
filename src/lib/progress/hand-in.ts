// What a student hands in for an assignment: every checked attempt at each assigned exercise,
// plus the answer on screen if it was never checked and attempts remain (work is not lost because
// the student forgot to press "Save"). Scores the page showed travel for display only.
import { MAX_RESULT_ATTEMPTS } from '../assignments/result-code.js';
import type { Assignment, Attempt, Result } from '../assignments/types.js';
import { attemptsLeft, type ProgressState } from './progress.js';

export function handIn(assignment: Assignment, state: ProgressState, student: string, now: Date): Result {
	const answers: Result['answers'] = {};
	for (const id of assignment.exercises) {
		const entry = state[id];
		if (!entry) continue;
		const attempts: Attempt[] = entry.attempts.map((a) => ({ answer: a.answer, seen: Math.round(a.score * 100) }));
		const unsaved = entry.answer && !entry.checked && attemptsLeft(entry, assignment.attempts) > 0;
		if (unsaved && entry.answer) attempts.push({ answer: entry.answer });
		// A code keeps at most MAX_RESULT_ATTEMPTS checks of an exercise (the first ones, which are
		// the ones that can count): more would make a code no teacher's copy reads.
		if (attempts.length) answers[id] = attempts.slice(0, MAX_RESULT_ATTEMPTS);
	}
	return {
		assignmentId: assignment.id,
		contentVersion: assignment.contentVersion,
		student: student.trim(),
		handedInAt: now.toISOString(),
		answers
	};
}
