import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { KeyedExercise } from '../course/types.js';
import type { Answer, NumericAnswer } from '../exercises/types.js';
import { decodeAssignment, encodeAssignment } from './assignment-code.js';
import { ByteWriter } from './bytes.js';
import { contentVersion } from './content-version.js';
import { wrapCode } from './envelope.js';
import { CodeError } from './errors.js';
import { writeAssignmentId, writeContentVersion } from './ids.js';
import { writeText } from './packed-text.js';
import { decodeResult, encodeResult, readResultHeader } from './result-code.js';
import { handedIn } from './testing/arbitraries.js';
import { mutated, refusal, typo } from './testing/code-edits.js';
import { ASSIGNMENT, codeOf, EXERCISE_MAP, KEYED, RESULT } from './testing/fixtures.js';
import type { Assignment, Result } from './types.js';

const code = codeOf(RESULT);
const decode = (text: string, assignment = ASSIGNMENT, exercises = EXERCISE_MAP) => decodeResult(text, assignment, exercises);

const numbers = (value: number): Result => ({ ...RESULT, answers: { 'how-many': [{ answer: { type: 'numeric', value } }] } });
const numberOf = (r: Result) => (r.answers['how-many'][0].answer as NumericAnswer).value;

/**
 * Ten exercises as long-named as the real course's (the fixtures under new ids), two attempts
 * each, with marks at offsets of a 5,000-character article.
 */
function tenExercisesTwice(): { result: Result; assignment: Assignment; exercises: Map<string, KeyedExercise> } {
	const as = (id: string, type: keyof typeof fixture): KeyedExercise => ({
		...fixture[type],
		exercise: { ...fixture[type].exercise, id }
	});
	const fixture = Object.fromEntries(KEYED.map((k) => [k.exercise.type, k])) as Record<Answer['type'], KeyedExercise>;
	const keyed = [
		as('l2-find-loaded-questions', 'mark'),
		as('l3-label-corruption-b', 'mark-and-label'),
		as('l2-question-or-claim', 'classify'),
		as('l4-figure-to-source', 'match'),
		as('l1-where-he-said-it', 'choice'),
		as('l7-rank-support', 'rank'),
		as('l4-rise-since-2025', 'numeric'),
		as('l3-find-unsupported-a', 'mark'),
		as('l5-find-artifacts-e', 'mark'),
		as('l6-contradicts-itself', 'choice')
	];
	const marks = (n: number, from: number) =>
		Array.from({ length: n }, (_, i) => ({ start: from + i * 731, end: from + i * 731 + 40 + i * 23 }));
	const labels = ['loaded-question', 'vague-attribution', 'emotive-language'];
	const twice = (a: Answer, b: Answer) => [a, b].map((answer, i) => ({ answer, seen: i === 0 ? 40 : 100 }));
	const answers = [
		twice({ type: 'mark', marks: marks(5, 414) }, { type: 'mark', marks: marks(6, 414) }),
		twice(
			{ type: 'mark-and-label', marks: marks(3, 3777).map((m, i) => ({ ...m, label: i === 2 ? null : labels[i] })) },
			{ type: 'mark-and-label', marks: marks(4, 3777).map((m, i) => ({ ...m, label: labels[i % 3] })) }
		),
		twice(
			{ type: 'classify', choices: { q: 'loaded-question', v: 'vague-attribution', s: 'sourced', e: 'sourced' } },
			{ type: 'classify', choices: { q: 'loaded-question', v: 'vague-attribution', s: 'sourced', e: 'vague-attribution' } }
		),
		twice(
			{ type: 'match', pairs: { f55: 'b', f46: 'a', f600: 'b' } },
			{ type: 'match', pairs: { f55: 'a', f46: 'a', f600: 'b' } }
		),
		twice({ type: 'choice', selected: ['umerov'] }, { type: 'choice', selected: ['zelensky'] }),
		twice(
			{ type: 'rank', order: ['talks-fail', 'talks-stall', 'tragic-toll'] },
			{ type: 'rank', order: ['talks-stall', 'tragic-toll', 'talks-fail'] }
		),
		twice({ type: 'numeric', value: 5500 }, { type: 'numeric', value: 9000 }),
		twice({ type: 'mark', marks: marks(2, 528) }, { type: 'mark', marks: marks(6, 528) }),
		twice({ type: 'mark', marks: marks(4, 185) }, { type: 'mark', marks: marks(5, 185) }),
		twice({ type: 'choice', selected: ['zelensky', 'csis'] }, { type: 'choice', selected: ['zelensky'] })
	];
	const assignment = { ...ASSIGNMENT, exercises: keyed.map((k) => k.exercise.id), contentVersion: contentVersion(keyed) };
	const result: Result = {
		...RESULT,
		student: 'Zoë Martin-Delacroix',
		contentVersion: assignment.contentVersion,
		answers: Object.fromEntries(keyed.map((k, i) => [k.exercise.id, answers[i]]))
	};
	return { result, assignment, exercises: new Map(keyed.map((k) => [k.exercise.id, k])) };
}

describe('encodeResult', () => {
	test('writes a code that starts with SLR1- and holds only base-32 characters', () => {
		expect(code).toMatch(/^SLR1-[0-9A-HJKMNP-TV-Z]+$/);
	});

	test('fits ten exercises with two attempts each in under 500 characters, half the aim of 1,000 (measured: 433)', () => {
		// Every character is in the QR code's alphanumeric set, which packs 5.5 bits a character.
		const { result, assignment, exercises } = tenExercisesTwice();
		expect(encodeResult(result, assignment, exercises).length).toBeLessThan(500);
	});

	test('fits the 7-exercise fixture hand-in in under 200 characters (measured: 178)', () => {
		expect(code.length).toBeLessThan(200);
	});

	test.each([0, -7, 55000, 0.1, -2.5e-9, 2 ** 32 + 1, 2 ** 53, -(2 ** 60), 1e300])(
		'reads back the number %d exactly',
		(value) => {
			expect(numberOf(decode(codeOf(numbers(value))))).toBe(value);
		}
	);

	test('writes a number the page cannot show as no answer, and −0 as 0', () => {
		expect(numberOf(decode(codeOf(numbers(Infinity))))).toBeNull();
		expect(numberOf(decode(codeOf(numbers(NaN))))).toBeNull();
		expect(Object.is(numberOf(decode(codeOf(numbers(-0)))), 0)).toBe(true);
	});

	test('writes the content version of the exercises it is given, whatever the result says', () => {
		expect(readResultHeader(codeOf({ ...RESULT, contentVersion: '00000000' })).contentVersion).toBe(ASSIGNMENT.contentVersion);
	});

	test('keeps ids an exercise does not list, so any answer reads back', () => {
		const odd: Result = {
			...RESULT,
			answers: { 'who-said': [{ answer: { type: 'choice', selected: ['zelensky', 'nobody', '__proto__'] } }] }
		};
		expect(decode(codeOf(odd))).toEqual(odd);
	});

	test.each<[string, Partial<Result>, RegExp]>([
		['without a student name', { student: '  ' }, /^cannot encode this result: it has no student name$/],
		['for another assignment', { assignmentId: 'ZZZZZZZZ' }, /^the result is not for assignment 7K3M9Q2D$/],
		['answering an exercise not assigned', { answers: { other: [] } }, /^"other" is not an exercise of assignment 7K3M9Q2D$/],
		[
			'with an answer of the wrong type for its exercise',
			{ answers: { 'how-many': [{ answer: { type: 'choice', selected: [] } }] } },
			/^an answer to "how-many" is not a numeric answer$/
		]
	])('refuses a result %s, a mistake of the page', (_, change, message) => {
		expect(() => codeOf({ ...RESULT, ...change })).toThrow(message);
	});
});

describe('decodeResult', () => {
	test('reads back what was encoded, for any answers to exercises of every type', () => {
		fc.assert(
			fc.property(handedIn, ({ assignment, exercises, result }) => {
				expect(decodeResult(encodeResult(result, assignment, exercises), assignment, exercises)).toEqual(result);
			}),
			{ numRuns: 300 }
		);
	});

	test('keeps a name with markup verbatim, as plain text', () => {
		const name = '<script>alert("hi")</script> & <b>Zoë</b>';
		expect(decode(codeOf({ ...RESULT, student: name })).student).toBe(name);
	});

	test('reads the fixture for its own assignment', () => {
		expect(decode(code)).toEqual(RESULT);
	});

	test.each(['SLRI', 'SLRi', 'SLRL', 'SLRl', 'slri'])('reads the format digit typed as a look-alike (%s)', (head) => {
		expect(decode(head + code.slice(4))).toEqual(RESULT);
	});

	test.each([
		['nothing but spaces', '   ', 'not-a-code', /^There is no code here\. A result code starts with SLR1-\.$/],
		['random garbage', 'x7$kQ!!', 'not-a-code', /^This is not a Sidelight code\. A result code starts with SLR1-\.$/],
		['an assignment code', encodeAssignment(ASSIGNMENT), 'wrong-kind', /^This is an assignment code, not a result code\./],
		['a code from a newer Sidelight', code.replace('SLR1', 'SLR2'), 'newer-version', /update this copy/],
		['a code from an older Sidelight', code.replace('SLR1', 'SLR0'), 'older-version', /no longer reads/],
		['a typo in the format digit', code.replace('SLR1', 'SLRZ'), 'altered', /“Z” after SLR is not a format Sidelight has made/],
		['a code cut in half', code.slice(0, code.length / 2), 'truncated', /^This code is incomplete: part of it is missing/],
		['a code missing its last character', code.slice(0, -1), 'truncated', /^This code is incomplete: part of it is missing/],
		['a code with a character left out', code.slice(0, 80) + code.slice(81), 'truncated', /part of it is missing/],
		['a code with one character changed', typo(code, 100), 'altered', /a character is wrong, missing or extra/],
		['a code with two characters swapped', swap(code, 60), 'altered', /changed since it was made/]
	])('refuses %s with its own error', (_, text, type, message) => {
		const error = refusal(() => decode(text));
		expect(error.type).toBe(type);
		expect(error.message).toMatch(message);
	});

	test('refuses a result code given to decodeAssignment', () => {
		expect(refusal(() => decodeAssignment(code))).toMatchObject({ type: 'wrong-kind' });
	});

	test('refuses a result for another assignment, naming both', () => {
		const other = { ...ASSIGNMENT, id: 'ABCDEFGH', title: 'Lesson 2' };
		expect(refusal(() => decode(code, other))).toMatchObject({
			type: 'other-assignment',
			message: 'This result is for another assignment (7K3M9Q2D), not for “Lesson 2” (ABCDEFGH). Import it with that assignment.'
		});
	});

	test('refuses a result made with another version of the exercises, saying it was not imported', () => {
		const edited = KEYED.map((k) =>
			k.exercise.id === 'how-many' ? { ...k, exercise: { ...k.exercise, prompt: 'How many?' } } : k
		);
		const theirs = { ...ASSIGNMENT, contentVersion: contentVersion(edited) };
		const error = refusal(() =>
			decode(
				encodeResult({ ...RESULT, contentVersion: theirs.contentVersion }, theirs, new Map(edited.map((k) => [k.exercise.id, k])))
			)
		);
		expect(error.type).toBe('other-exercise-version');
		expect(error.message).toMatch(/different version of the exercises .* it was not imported\./);
	});

	test.each([
		[
			'differ from the assignment’s',
			new Map([...EXERCISE_MAP].map(([id, k]) => [id, { ...k, exercise: { ...k.exercise, prompt: 'New?' } }]))
		],
		['lack one of the assignment’s', new Map([...EXERCISE_MAP].slice(1))]
	])('refuses to read answers when the reader’s exercises %s', (_, exercises) => {
		expect(refusal(() => decode(code, ASSIGNMENT, exercises))).toMatchObject({
			type: 'exercises-changed',
			message: expect.stringMatching(
				/^The exercises in this copy of Sidelight differ from those “Lesson 1: loaded questions” was made with/
			)
		});
	});

	test.each([
		['a payload of random bytes', Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]), /./],
		['an empty payload', new Uint8Array(0), /ends in the middle of a value/],
		['no student name', payload((w) => w, ' '), /it has no student name/],
		['a name of 10,000 characters', payload((w) => w, 'x'.repeat(10_000)), /longer than 100 characters/],
		['a claim of a million exercises', payload((w) => w.uint(0).uint(1_000_000)), /claims 1000000 entries/],
		[
			'an exercise the assignment does not have',
			payload((w) => w.uint(0).uint(1).uint(7).uint(0)),
			/an exercise the assignment does not have/
		],
		[
			'one exercise answered twice',
			payload((w) => w.uint(0).uint(2).uint(6).uint(0).uint(6).uint(0)),
			/answers one exercise twice/
		],
		['a number answer that is NaN', payload((w) => howMany(w).byte(2).float(NaN)), /not a finite number/],
		['a number stored another way', payload((w) => howMany(w).byte(7)), /a number is stored in a way Sidelight does not write/],
		[
			'a mark far outside any article',
			payload((w) => markQuestions(w).uint(1).uint(8_000_000).uint(3)),
			/far outside any article/
		],
		[
			'a choice beyond the exercise’s options and the table',
			payload((w) => whoSaid(w).uint(1).uint(9)),
			/refers to text the code does not have/
		],
		['a seen score of 250%', payload((w) => w.uint(0).uint(1).uint(6).uint(1).byte(250).byte(0)), /not a whole percent/],
		['bytes left over at the end', payload((w) => w.uint(0).uint(0).byte(1)), /unexpected bytes at the end/]
	])('refuses a checksummed code with %s as malformed', (_, bytes, detail) => {
		const error = refusal(() => decode(wrapCode('result', bytes)));
		expect(error.type).toBe('malformed');
		expect(error.message).toMatch(detail);
	});

	test('throws only CodeError, whatever it is given', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					mutated(code),
					fc.uint8Array().map((b) => wrapCode('result', b))
				),
				(text) => {
					try {
						decode(text);
					} catch (error) {
						expect(error).toBeInstanceOf(CodeError);
					}
				}
			),
			{ numRuns: 1000 }
		);
	});

	test('refuses every cut of a code as truncated', () => {
		for (let length = 4; length < code.length; length++) {
			expect(refusal(() => decode(code.slice(0, length))).type).toBe('truncated');
		}
	});
});

describe('readResultHeader', () => {
	test('says who handed in what and when, without the exercises', () => {
		expect(readResultHeader(code)).toEqual({
			assignmentId: ASSIGNMENT.id,
			contentVersion: ASSIGNMENT.contentVersion,
			student: 'Zoë Martin',
			handedInAt: RESULT.handedInAt
		});
	});

	test('refuses a damaged code as decodeResult does', () => {
		expect(refusal(() => readResultHeader(typo(code, 30))).type).toBe('altered');
	});
});

function swap(code: string, at: number): string {
	return code.slice(0, at) + code[at + 1] + code[at] + code.slice(at + 2);
}

/** A result payload to the fixture assignment at time 0 by `student`, then what `body` writes. */
function payload(body: (w: ByteWriter) => ByteWriter, student = 'Al'): Uint8Array {
	const w = new ByteWriter();
	writeAssignmentId(w, ASSIGNMENT.id);
	writeContentVersion(w, ASSIGNMENT.contentVersion);
	w.uint(0);
	writeText(w, student);
	return body(w).toBytes();
}

/** An empty table and one attempt, not seen, at the assignment's exercise at `place`: its answer follows. */
const oneAttempt = (place: number) => (w: ByteWriter) => w.uint(0).uint(1).uint(place).uint(1).byte(255);
const markQuestions = oneAttempt(ASSIGNMENT.exercises.indexOf('mark-questions'));
const whoSaid = oneAttempt(ASSIGNMENT.exercises.indexOf('who-said'));
const howMany = oneAttempt(ASSIGNMENT.exercises.indexOf('how-many'));
