// The assignment code a person can type from a projector or a handout: at most 40 characters for
// any selection of the course's exercises (SLA2-…, format 2 of assignment codes). It leaves the
// title out (the link carries it; typed alone, the student's copy calls it "Assignment 7K3M") and
// names exercises by their permanent numbers (exercise-numbers.ts) in a bit set, so a
// selection of 38 exercises takes 38 bits. Bits, most significant first, as base 32 after the prefix:
//
//   assignment id (40) · contentVersion (32) · feedback after (1) · counts (2) · attempts (7)
//   · checksum (16) · exercise bit set: bit k is exercise number k + 1 (to the end; trailing zeros dropped)
//
// The checksum is CRC-32 (its low 16 bits) of "SLA2" and every other bit, so a typo is caught
// 65,535 times in 65,536; a code that still slips through names exercises whose content version
// then fails on the student's copy. 98 fixed bits leave 77 for the bit set within 40 characters:
// exercise numbers up to 77 fit; beyond that the code grows by a character per 5 numbers.
import { ALPHABET, base32Digit, fromBase32, toBase32 } from './base32.js';
import { crc32 } from './crc32.js';
import { codePrefix } from './envelope.js';
import { altered, CodeError, malformed, truncated } from './errors.js';
import type { ExerciseNumbers } from './exercise-numbers.js';
import { COUNTS, FEEDBACK, type Assignment } from './types.js';

export const SHORT_VERSION = 2;
/** What a person can be asked to type; checked by the tests for the whole course. */
export const MAX_SHORT_CODE_LENGTH = 40;
const HEADER_BITS = 40 + 32 + 1 + 2 + 7 + 16;
const CHECKSUM_AT = 40 + 32 + 1 + 2 + 7;
const MAX_ATTEMPTS = 99;

/**
 * The short code of the assignment, or null when it cannot have one: an added case, an exercise without a
 * permanent number, or exercises not in number order (the bit set cannot keep another order, and
 * result codes name exercises by their place in the assignment).
 */
export function encodeShortAssignment(assignment: Assignment, numbers: ExerciseNumbers): string | null {
	// An added case's assignment needs its case named (SLA3), which a short code has no room for.
	if (assignment.case) return null;
	const places = assignment.exercises.map((id) => numbers.numberOf.get(id));
	if (places.some((n) => n === undefined) || places.some((n, i) => i > 0 && n! <= places[i - 1]!)) return null;
	if (assignment.attempts > MAX_ATTEMPTS) return null;
	const set = new Array<number>(Math.max(...(places as number[]))).fill(0);
	for (const n of places as number[]) set[n - 1] = 1;
	const head = [
		...bitsOf(fromBase32(assignment.id) as { bytes: Uint8Array }),
		...intBits(parseInt(assignment.contentVersion, 16), 32),
		assignment.feedback === 'after' ? 1 : 0,
		...intBits(COUNTS.indexOf(assignment.counts), 2),
		...intBits(assignment.attempts, 7)
	];
	const bits = [...head, ...intBits(checksum(head, set), 16), ...set];
	return codePrefix('assignment', SHORT_VERSION) + toChars(bits);
}

/** The assignment a short code holds (after its prefix, separators removed); throws CodeError. */
export function decodeShortAssignment(body: string, numbers: ExerciseNumbers): Assignment {
	const bits: number[] = [];
	for (const char of body) {
		const value = base32Digit(char);
		if (value === undefined) throw altered(`it contains “${char}”, which is never part of a code`);
		bits.push(...intBits(value, 5));
	}
	if (bits.length <= HEADER_BITS) throw truncated();
	const head = bits.slice(0, CHECKSUM_AT);
	const set = trimZeros(bits.slice(HEADER_BITS));
	if (intOf(bits.slice(CHECKSUM_AT, HEADER_BITS)) !== checksum(head, set)) throw altered();

	const id = toBase32(bytesOf(bits.slice(0, 40)));
	const counts = intOf(bits.slice(73, 75));
	const attempts = intOf(bits.slice(75, 82));
	if (counts >= COUNTS.length || attempts > MAX_ATTEMPTS) throw malformed('its options are not ones Sidelight offers');
	const exercises: string[] = [];
	set.forEach((bit, k) => {
		if (!bit) return;
		const exercise = numbers.ids[k];
		if (!exercise) {
			throw new CodeError(
				'newer-version',
				`This code names exercise number ${k + 1}, which this copy of Sidelight does not have: it was made with a newer copy. Open it with the newer Sidelight, or update this copy.`
			);
		}
		exercises.push(exercise);
	});
	if (exercises.length === 0) throw malformed('it names no exercises');
	return {
		id,
		title: `Assignment ${id.slice(0, 4)}`,
		exercises,
		feedback: FEEDBACK[bits[72]],
		attempts,
		counts: COUNTS[counts],
		contentVersion: intOf(bits.slice(40, 72)).toString(16).padStart(8, '0')
	};
}

function checksum(head: number[], set: number[]): number {
	const prefix = Uint8Array.from(`SLA${ALPHABET[SHORT_VERSION]}`, (c) => c.charCodeAt(0));
	const body = bytesOf([...head, ...trimZeros(set)]);
	const all = new Uint8Array(prefix.length + body.length);
	all.set(prefix);
	all.set(body, prefix.length);
	return crc32(all) & 0xffff;
}

function trimZeros(bits: number[]): number[] {
	let end = bits.length;
	while (end > 0 && bits[end - 1] === 0) end--;
	return bits.slice(0, end);
}

function intBits(value: number, width: number): number[] {
	return Array.from({ length: width }, (_, i) => Math.floor(value / 2 ** (width - 1 - i)) % 2);
}

function intOf(bits: number[]): number {
	return bits.reduce((n, b) => n * 2 + b, 0);
}

function bitsOf({ bytes }: { bytes: Uint8Array }): number[] {
	return [...bytes].flatMap((b) => intBits(b, 8));
}

/** Bits to bytes, the last byte padded with zeros. */
function bytesOf(bits: number[]): Uint8Array {
	return Uint8Array.from({ length: Math.ceil(bits.length / 8) }, (_, i) =>
		intOf([...bits.slice(i * 8, i * 8 + 8), 0, 0, 0, 0, 0, 0, 0].slice(0, 8))
	);
}

function toChars(bits: number[]): string {
	let out = '';
	for (let i = 0; i < bits.length; i += 5) out += ALPHABET[intOf([...bits.slice(i, i + 5), 0, 0, 0, 0].slice(0, 5))];
	return out;
}
