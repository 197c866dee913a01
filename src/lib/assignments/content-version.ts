// A fingerprint of the exercises an assignment uses, so the teacher's and a student's copies of
// Sidelight can tell whether they would score the same answers the same way. It covers every
// field of each exercise and its key (article text, passages, options, feedback and prompts
// alike): any edit to an assigned exercise makes results from before the edit refuse to import,
// which is safer than grading against a key the student never had. Exercises that are not
// assigned do not count, so editing them changes nothing.
import type { KeyedExercise } from '../course/types.js';
import { crc32 } from './crc32.js';

/**
 * 8 lower-case hex digits: CRC-32 of a canonical JSON of the exercises and keys, in id order
 * (the order they are listed in does not matter). 32 bits make an accidental match between two
 * different versions a one-in-four-billion chance; it detects change, it does not resist forgery.
 */
export function contentVersion(exercises: readonly KeyedExercise[]): string {
	const sorted = [...exercises]
		.map(({ exercise, key }) => ({ exercise, key }))
		.sort((a, b) => (a.exercise.id < b.exercise.id ? -1 : a.exercise.id > b.exercise.id ? 1 : 0));
	return crc32(new TextEncoder().encode(canonicalJson(sorted)))
		.toString(16)
		.padStart(8, '0');
}

/** JSON with object keys sorted at every level, so equal data always gives equal text. */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v !== null && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
			: v
	);
}
