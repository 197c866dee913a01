// What to go over again: the assigned exercises from the lowest mean score up, and for mark
// exercises the passages most students did not find (and, for mark-and-label, found but named
// wrongly). Targets come from re-scoring each student's counted answer with the teacher's key.
import type { Assignment } from '../assignments/types.js';
import type { KeyedExercise } from '../course/types.js';
import type { Answer } from '../exercises/types.js';
import { score } from '../exercises/score.js';
import { countedAttempt } from './counted.js';
import { studentsIn } from './students.js';
import type { Gradebook } from './types.js';

export interface MissedExercise {
	exercise: string;
	/** Mean counted score over all students in [0, 1]; a student who did not try counts 0. */
	mean: number;
	/** Students with an attempt that counts, of `students`. */
	answered: number;
	students: number;
	/** For mark exercises, every target, most missed first; empty for other types. */
	targets: MissedTarget[];
}

export interface MissedTarget {
	annotation: string;
	quote: string;
	/** Students (of those who answered) whose counted answer did not find it. */
	missed: number;
	/** Students who found it but gave the wrong label (mark-and-label only, else 0). */
	mislabelled: number;
}

export function mostMissed(
	book: Gradebook,
	assignment: Assignment,
	exercises: ReadonlyMap<string, KeyedExercise>
): MissedExercise[] {
	const students = studentsIn(book, assignment.id);
	if (students.length === 0) return [];
	const items = assignment.exercises.map((id): MissedExercise => {
		const counted = students.flatMap((s) => countedAttempt(s.attempts[id] ?? [], assignment) ?? []);
		const mean = counted.reduce((sum, a) => sum + a.score, 0) / students.length;
		const keyed = exercises.get(id);
		const targets = keyed
			? missedTargets(
					keyed,
					counted.map((a) => a.answer)
				)
			: [];
		return { exercise: id, mean, answered: counted.length, students: students.length, targets };
	});
	// Array.prototype.sort is stable: equal means keep the assignment's order.
	return items.sort((a, b) => a.mean - b.mean);
}

function missedTargets({ exercise, key }: KeyedExercise, answers: Answer[]): MissedTarget[] {
	if (key.type !== 'mark' && key.type !== 'mark-and-label') return [];
	const targets = key.targets.map(({ annotation, quote }) => ({ annotation, quote, missed: 0, mislabelled: 0 }));
	for (const answer of answers) {
		// An answer imported before the teacher's copy changed the exercise's type cannot be scored.
		if (answer.type !== exercise.type) continue;
		const result = score(exercise, key, answer);
		if (result.type !== 'mark' && result.type !== 'mark-and-label') continue;
		result.targets.forEach((t, i) => {
			if (!t.found) targets[i].missed++;
			else if ('labelRight' in t && !t.labelRight) targets[i].mislabelled++;
		});
	}
	// Stable: equal counts keep the key's order.
	return targets.sort((a, b) => b.missed - a.missed || b.mislabelled - a.mislabelled);
}
