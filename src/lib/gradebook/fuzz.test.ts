// The reviewer's fuzzing of result codes (teacher-reliability.md §1a), as properties that run in
// npm test: codes damaged in transit or on purpose, pasted with chat text around them, go through
// the page's path (findCodes, then importResult). Nothing throws but a refusal, a refusal never
// changes the gradebook, and what is accepted is exactly what the student handed in.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mutated } from '../assignments/testing/code-edits.js';
import { ASSIGNMENT, codeOf, EXERCISE_MAP, handIn, RESULT } from '../assignments/testing/fixtures.js';
import { findCodes } from './find-codes.js';
import { emptyGradebook, importResult } from './import-result.js';
import { studentsIn } from './students.js';
import { bookWith } from './testing/books.js';

const code = codeOf(RESULT);
const before = bookWith([handIn({ 'how-many': [{ type: 'numeric', value: 1 }] }, 'Bob')]);
const expected = importResult(emptyGradebook(), ASSIGNMENT, EXERCISE_MAP, code).book.assignments[ASSIGNMENT.id].handIns[0];

/** Damage as the reviewer tried it: edits, look-alikes, case, separators, unicode, and text around. */
const damaged = fc.oneof(
	mutated(code),
	fc
		.tuple(
			fc.nat(code.length),
			fc.constantFrom('I', 'l', 'O', 'o', 'ſ', 'ı', '\u200b', '\u00ad', '\u202e', '\ud800', '\0', '😀', 'Ｓ')
		)
		.map(([at, c]) => code.slice(0, at) + c + code.slice(at)),
	fc.tuple(fc.nat(code.length), fc.nat(code.length)).map(([a, b]) => code.slice(Math.min(a, b), Math.max(a, b))),
	fc.constantFrom(
		code.toLowerCase(),
		code.replace('SLR1', 'SLRI'),
		code.replace('SLR1', 'SLRl'),
		`<${code}>`,
		`https://x.example/#/${code}`
	),
	fc.string({ maxLength: 200 })
);
const wrapped = fc
	.tuple(fc.constantFrom('', 'Hi! ', '> ', '[10:41] Zoë: ', '"'), damaged, fc.constantFrom('', '.', ' thanks', '",', ')'))
	.map((p) => p.join(''));

describe('result codes fuzzed through the page’s path', () => {
	test('are refused without changing the gradebook, or imported exactly as handed in', () => {
		fc.assert(
			fc.property(wrapped, (text) => {
				for (const found of findCodes(text)) {
					const { book, outcome } = importResult(before, ASSIGNMENT, EXERCISE_MAP, found.code);
					if (outcome.type === 'refused' || outcome.type === 'duplicate') {
						expect(book).toBe(before);
						continue;
					}
					const added = book.assignments[ASSIGNMENT.id].handIns.find((h) => h.code === expected.code);
					expect(added).toEqual(expected);
					expect(studentsIn(book, ASSIGNMENT.id)).toHaveLength(2);
				}
			}),
			{ numRuns: 1500 }
		);
	}, 60_000);
});
