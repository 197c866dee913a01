import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { NumericAnswer } from '../exercises/types.js';
import { decodeAssignment, encodeAssignment } from './assignment-code.js';
import { ByteWriter } from './bytes.js';
import { wrapCode } from './envelope.js';
import { CodeError } from './errors.js';
import { writeAssignmentId, writeContentVersion } from './ids.js';
import { writeText } from './packed-text.js';
import { decodeResult, encodeResult } from './result-code.js';
import { result } from './testing/arbitraries.js';
import { mutated, refusal, typo } from './testing/code-edits.js';
import { ASSIGNMENT, RESULT } from './testing/fixtures.js';
import type { Result } from './types.js';

const code = encodeResult(RESULT);

const numberOf = (r: Result) => (r.answers['how-many'][0].answer as NumericAnswer).value;

const numbers = (value: number): Result => ({ ...RESULT, answers: { 'how-many': [{ answer: { type: 'numeric', value } }] } });

/** Ten exercises of a realistic course (ids as long as real ones), two attempts each. */
function tenExercisesTwice(): Result {
	const marks = (n: number, from: number) =>
		Array.from({ length: n }, (_, i) => ({ start: from + i * 731, end: from + i * 731 + 40 + i * 23 }));
	const labels = ['loaded-question', 'vague-attribution', 'emotive-language', 'unsupported-claim'];
	const twice = <T>(a: T, b: T) => [a, b].map((answer, i) => ({ answer, seen: i === 0 ? 40 : 100 }));
	return {
		...RESULT,
		student: 'Zoë Martin-Delacroix',
		answers: {
			'l2-mark-loaded-questions': twice({ type: 'mark', marks: marks(3, 812) }, { type: 'mark', marks: marks(4, 812) }),
			'l2-name-the-technique': twice(
				{ type: 'mark-and-label', marks: marks(3, 1200).map((m, i) => ({ ...m, label: i === 2 ? null : labels[i] })) },
				{ type: 'mark-and-label', marks: marks(4, 1200).map((m, i) => ({ ...m, label: labels[i] })) }
			),
			'l3-sort-the-passages': twice(
				{ type: 'classify', choices: { q: labels[0], v: labels[1], s: 'sourced', e: labels[2], u: labels[3] } },
				{ type: 'classify', choices: { q: labels[0], v: labels[1], s: 'sourced', e: labels[2], u: labels[2] } }
			),
			'l3-figure-to-source': twice(
				{ type: 'match', pairs: { f55: 'zelensky', f46: 'csis', f600: 'umerov' } },
				{ type: 'match', pairs: { f55: 'zelensky', f46: 'umerov', f600: 'csis' } }
			),
			'l1-who-gave-the-figure': twice({ type: 'choice', selected: ['umerov'] }, { type: 'choice', selected: ['zelensky'] }),
			'l4-rank-by-sourcing': twice(
				{ type: 'rank', order: ['ceasefire-talks', 'talks-stall', 'tragic-toll', 'zelenskyy-revealed', 'talks-fail'] },
				{ type: 'rank', order: ['talks-stall', 'ceasefire-talks', 'tragic-toll', 'zelenskyy-revealed', 'talks-fail'] }
			),
			'l1-how-many-killed': twice({ type: 'numeric', value: 5500 }, { type: 'numeric', value: 55000 }),
			'l5-mark-vague-sources': twice({ type: 'mark', marks: marks(2, 300) }, { type: 'mark', marks: marks(5, 300) }),
			'l5-spot-emotive-words': twice({ type: 'mark', marks: marks(4, 2500) }, { type: 'mark', marks: marks(3, 2500) }),
			'l6-which-are-sourced': twice({ type: 'choice', selected: ['a', 'c', 'd'] }, { type: 'choice', selected: ['a', 'c'] })
		}
	};
}

describe('encodeResult', () => {
	test('writes a code that starts with SLR1- and holds only base-32 characters', () => {
		expect(code).toMatch(/^SLR1-[0-9A-HJKMNP-TV-Z]+$/);
	});

	test('fits ten exercises with two attempts each in under 1,000 characters (measured: 897)', () => {
		// 558 bytes of payload; all characters are in the QR code's alphanumeric set.
		expect(encodeResult(tenExercisesTwice()).length).toBeLessThan(1000);
	});

	test('fits the 7-exercise fixture hand-in in under 500 characters (measured: 436)', () => {
		expect(code.length).toBeLessThan(500);
	});

	test('writes a number the page cannot show as no answer, and −0 as 0', () => {
		expect(numberOf(decodeResult(encodeResult(numbers(Infinity))))).toBeNull();
		expect(numberOf(decodeResult(encodeResult(numbers(NaN))))).toBeNull();
		expect(Object.is(numberOf(decodeResult(encodeResult(numbers(-0)))), 0)).toBe(true);
	});

	test('refuses a result without a student name', () => {
		expect(() => encodeResult({ ...RESULT, student: '  ' })).toThrow(/^cannot encode this result: it has no student name$/);
	});
});

describe('decodeResult', () => {
	test('reads back what was encoded, for any answers of every type', () => {
		fc.assert(
			fc.property(result, (r) => {
				expect(decodeResult(encodeResult(r))).toEqual(r);
			}),
			{ numRuns: 300 }
		);
	});

	test('keeps a name with markup verbatim, as plain text', () => {
		const name = '<script>alert("hi")</script> & <b>Zoë</b>';
		expect(decodeResult(encodeResult({ ...RESULT, student: name })).student).toBe(name);
	});

	test('reads the fixture for its own assignment', () => {
		expect(decodeResult(code, ASSIGNMENT)).toEqual(RESULT);
	});

	test.each([
		['nothing but spaces', '   ', 'not-a-code', /^There is no code here\. A result code starts with SLR1-\.$/],
		['random garbage', 'x7$kQ!!', 'not-a-code', /^This is not a Sidelight code\. A result code starts with SLR1-\.$/],
		['an assignment code', encodeAssignment(ASSIGNMENT), 'wrong-kind', /^This is an assignment code, not a result code\./],
		['a code from a newer Sidelight', code.replace('SLR1', 'SLR2'), 'newer-version', /update this copy/],
		['a code from an older Sidelight', code.replace('SLR1', 'SLR0'), 'older-version', /no longer reads/],
		['a code cut in half', code.slice(0, code.length / 2), 'truncated', /^This code is incomplete: part of it is missing/],
		['a code missing its last character', code.slice(0, -1), 'truncated', /^This code is incomplete: part of it is missing/],
		['a code with one character changed', typo(code, 100), 'altered', /a character is wrong, missing or extra/],
		['a code with two characters swapped', swap(code, 60), 'altered', /changed since it was made/],
		['a code with a character left out', code.slice(0, 80) + code.slice(81), 'truncated', /part of it is missing/]
	])('refuses %s with its own error', (_, text, type, message) => {
		const error = refusal(() => decodeResult(text, ASSIGNMENT));
		expect(error.type).toBe(type);
		expect(error.message).toMatch(message);
	});

	test('refuses a result code given to decodeAssignment', () => {
		expect(refusal(() => decodeAssignment(code))).toMatchObject({ type: 'wrong-kind' });
	});

	test('refuses a result for another assignment, naming both', () => {
		const other = { ...ASSIGNMENT, id: 'ABCDEFGH', title: 'Lesson 2' };
		expect(refusal(() => decodeResult(code, other))).toMatchObject({
			type: 'other-assignment',
			message: 'This result is for another assignment (7K3M9Q2D), not for “Lesson 2” (ABCDEFGH). Import it with that assignment.'
		});
	});

	test('refuses a result made with another version of the exercises, saying it was not imported', () => {
		const changed = { ...ASSIGNMENT, contentVersion: '00000000' };
		const error = refusal(() => decodeResult(code, changed));
		expect(error.type).toBe('other-exercise-version');
		expect(error.message).toMatch(/different version of the exercises .* it was not imported\./);
	});

	test('refuses a result answering an exercise the assignment does not assign', () => {
		const fewer = { ...ASSIGNMENT, exercises: ASSIGNMENT.exercises.filter((id) => id !== 'how-many') };
		expect(refusal(() => decodeResult(code, fewer))).toMatchObject({
			type: 'malformed',
			message: expect.stringMatching(/it answers exercise "how-many", which “Lesson 1: loaded questions” does not assign/)
		});
	});

	test.each([
		['a payload of random bytes', Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]), /./],
		['an empty payload', new Uint8Array(0), /ends in the middle of a value/],
		['a claim of a million exercises', payload((w) => w.uint(0).uint(1_000_000)), /claims 1000000 entries/],
		['an answer type Sidelight does not have', payload((w) => oneAttempt(w, 9)), /type Sidelight does not have/],
		['a number answer that is NaN', payload((w) => oneAttempt(w, 6).byte(2).float(NaN)), /not a finite number/],
		['a mark far outside any article', payload((w) => oneAttempt(w, 0).uint(1).uint(8_000_000).uint(3)), /far outside any article/],
		['a seen score of 250%', payload((w) => oneAttempt(w, 6, 250).byte(0)), /not a whole percent/],
		['an index past the end of its table', payload((w) => w.uint(0).uint(1).uint(0)), /does not name/],
		['one exercise answered twice', payload((w) => oneAttempt(w, 6).byte(0).uint(0).byte(6).uint(0)), /./],
		['bytes left over at the end', payload((w) => w.uint(0).uint(0).byte(1)), /unexpected bytes at the end/]
	])('refuses a checksummed code with %s as malformed', (_, bytes, detail) => {
		const error = refusal(() => decodeResult(wrapCode('result', bytes)));
		expect(error.type).toBe('malformed');
		expect(error.message).toMatch(detail);
	});

	test('throws only CodeError, whatever it is given', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), mutated(code), fc.uint8Array().map((b) => wrapCode('result', b))), (text) => {
				try {
					decodeResult(text, ASSIGNMENT);
				} catch (error) {
					expect(error).toBeInstanceOf(CodeError);
				}
			}),
			{ numRuns: 1000 }
		);
	});

	test('refuses every cut of a code as truncated', () => {
		for (let length = 4; length < code.length; length++) {
			expect(refusal(() => decodeResult(code.slice(0, length))).type).toBe('truncated');
		}
	});
});

function swap(code: string, at: number): string {
	return code.slice(0, at) + code[at + 1] + code[at] + code.slice(at + 2);
}

/** A result payload with the fixture's assignment, time 0 and name "Al", then what `body` writes. */
function payload(body: (w: ByteWriter) => void): Uint8Array {
	const w = new ByteWriter();
	writeAssignmentId(w, ASSIGNMENT.id);
	writeContentVersion(w, ASSIGNMENT.contentVersion);
	w.uint(0);
	writeText(w, 'Al');
	body(w);
	return w.toBytes();
}

/** A table of one id and one exercise of it, of the given answer type, with one attempt: its answer follows. */
function oneAttempt(w: ByteWriter, type: number, seen = 255): ByteWriter {
	w.uint(1);
	writeText(w, 'x');
	return w.uint(1).uint(0).byte(type).uint(1).byte(seen);
}
