// A student's progress, as plain data: answers, checks and scores per exercise. Pure functions
// over it, so the browser store, the course map and (later) result codes share one model.
import type { Answer } from '../exercises/types.js';

export interface Attempt {
	answer: Answer;
	score: number;
}

export interface ExerciseProgress {
	/** The answer as the student left it (saved on every change). */
	answer: Answer | null;
	/** Every check, in order. */
	attempts: Attempt[];
	/** True while the page shows feedback for the current answer. */
	checked: boolean;
	/** The student asked to see the answer (after the last attempt). */
	revealed: boolean;
}

export type ProgressState = Record<string, ExerciseProgress>;

export const STORAGE_VERSION = 1;

export function emptyProgress(): ExerciseProgress {
	return { answer: null, attempts: [], checked: false, revealed: false };
}

/** The student changed their answer: feedback for the old one no longer applies. */
export function withAnswer(entry: ExerciseProgress, answer: Answer): ExerciseProgress {
	return { ...entry, answer, checked: false };
}

export function withCheck(entry: ExerciseProgress, answer: Answer, score: number): ExerciseProgress {
	return { ...entry, answer, checked: true, attempts: [...entry.attempts, { answer, score }] };
}

/** 0 attempts allowed means unlimited. */
export function attemptsLeft(entry: ExerciseProgress, allowed: number): number {
	return allowed === 0 ? Infinity : Math.max(0, allowed - entry.attempts.length);
}

export function bestScore(entry: ExerciseProgress | undefined): number | null {
	if (!entry?.attempts.length) return null;
	return Math.max(...entry.attempts.map((a) => a.score));
}

export interface LessonProgress {
	/** Exercises checked at least once. */
	done: number;
	total: number;
	/** Mean of best scores over all the lesson's exercises (unchecked ones count 0), in [0, 1]. */
	score: number;
}

export function lessonProgress(state: ProgressState, exerciseIds: readonly string[]): LessonProgress {
	const best = exerciseIds.map((id) => bestScore(state[id]));
	const done = best.filter((b) => b !== null).length;
	const score = exerciseIds.length ? best.reduce<number>((sum, b) => sum + (b ?? 0), 0) / exerciseIds.length : 0;
	return { done, total: exerciseIds.length, score };
}

export function withoutExercises(state: ProgressState, exerciseIds: readonly string[]): ProgressState {
	return Object.fromEntries(Object.entries(state).filter(([id]) => !exerciseIds.includes(id)));
}

/**
 * Reads what the browser stored. Anything unreadable yields null (the caller keeps the raw text
 * aside rather than overwrite it), and entries of the wrong shape are dropped one by one.
 */
export function parseStoredProgress(raw: string | null): ProgressState | null {
	if (raw === null) return {};
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return null;
	}
	if (typeof data !== 'object' || data === null || (data as { version?: unknown }).version !== STORAGE_VERSION) return null;
	const exercises = (data as { exercises?: unknown }).exercises;
	if (typeof exercises !== 'object' || exercises === null) return null;
	const state: ProgressState = {};
	for (const [id, entry] of Object.entries(exercises)) {
		if (isProgress(entry)) state[id] = entry;
	}
	return state;
}

export function serializeProgress(state: ProgressState): string {
	return JSON.stringify({ version: STORAGE_VERSION, exercises: state });
}

function isProgress(value: unknown): value is ExerciseProgress {
	if (typeof value !== 'object' || value === null) return false;
	const v = value as Record<string, unknown>;
	return (
		Array.isArray(v.attempts) &&
		v.attempts.every((a) => typeof a === 'object' && a !== null && typeof (a as Attempt).score === 'number') &&
		typeof v.checked === 'boolean' &&
		typeof v.revealed === 'boolean' &&
		(v.answer === null || (typeof v.answer === 'object' && typeof (v.answer as Answer).type === 'string'))
	);
}
