// What to go over again: the assigned exercises from the lowest mean score up; for mark
// exercises the passages most students did not find (and, for mark-and-label, found but named
// wrongly); for choice, match and classify exercises the most common wrong answers, so the
// teacher sees which wrong idea to address. Targets come from re-scoring each student's counted
// answer with the teacher's key.
import type { Assignment } from '../assignments/types.js';
import type { KeyedExercise } from '../course/types.js';
import type { Answer } from '../exercises/types.js';
import { answerSummary, itemName, PLAIN_NAMES, type Names } from './answer-summary.js';
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
	/** For choice, match and classify exercises, the wrong answers given, most common first. */
	wrong: WrongAnswer[];
}

export interface WrongAnswer {
	/** The part answered wrongly ("Article A: “Reports have…”", "55,000 killed"), or '' for a whole choice answer. */
	part: string;
	/** The wrong answer, in words. */
	answer: string;
	/** Students whose counted answer gave it. */
	students: number;
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
	exercises: ReadonlyMap<string, KeyedExercise>,
	names: Names = PLAIN_NAMES
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
		const wrong = keyed
			? wrongAnswers(
					keyed,
					counted.map((a) => a.answer),
					names
				)
			: [];
		return { exercise: id, mean, answered: counted.length, students: students.length, targets, wrong };
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

function wrongAnswers({ exercise, key }: KeyedExercise, answers: Answer[], names: Names): WrongAnswer[] {
	const counts = new Map<string, WrongAnswer>();
	const add = (part: string, answer: string) => {
		const id = `${part}\u0000${answer}`;
		const entry = counts.get(id) ?? { part, answer, students: 0 };
		entry.students++;
		counts.set(id, entry);
	};
	for (const answer of answers) {
		if (answer.type !== exercise.type) continue;
		if (answer.type === 'choice' && exercise.type === 'choice') {
			if (score(exercise, key, answer).score < 1) add('', answerSummary(exercise, key, answer, names));
		} else if (answer.type === 'match' && exercise.type === 'match') {
			for (const left of exercise.left) {
				const given = answer.pairs[left.id];
				if (given !== undefined && given !== exercise.pairs[left.id]) {
					add(left.text, exercise.right.find((r) => r.id === given)?.text ?? given);
				}
			}
		} else if (answer.type === 'classify' && key.type === 'classify') {
			for (const item of key.items) {
				const given = answer.choices[item.id];
				if (given !== undefined && given !== item.expected) add(itemName(key, item.id, names), names.category(given));
			}
		}
	}
	// Stable: equal counts keep the order first met.
	return [...counts.values()].sort((a, b) => b.students - a.students);
}
