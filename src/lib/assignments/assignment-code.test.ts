import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeAssignment, encodeAssignment } from './assignment-code.js';
import { CodeError } from './errors.js';
import { mutated, refusal, typo } from './testing/code-edits.js';
import { ASSIGNMENT } from './testing/fixtures.js';
import { assignment } from './testing/arbitraries.js';

const code = encodeAssignment(ASSIGNMENT);

describe('encodeAssignment', () => {
	test('writes a code that starts with SLA1- and holds only base-32 characters', () => {
		expect(code).toMatch(/^SLA1-[0-9A-HJKMNP-TV-Z]+$/);
	});

	test('is short enough for a QR code on a handout (the 7-exercise fixture: 185 characters)', () => {
		expect(code.length).toBeLessThan(200);
	});

	test('refuses an assignment no code can carry', () => {
		expect(() => encodeAssignment({ ...ASSIGNMENT, attempts: -1 })).toThrow(
			/^cannot encode this assignment: its attempts \(-1\) are not a whole number from 0 to 99$/
		);
		expect(() => encodeAssignment({ ...ASSIGNMENT, exercises: [] })).toThrow(/it has no exercises/);
	});
});

describe('decodeAssignment', () => {
	test('reads back what was encoded, for any assignment', () => {
		fc.assert(
			fc.property(assignment, (a) => {
				expect(decodeAssignment(encodeAssignment(a))).toEqual(a);
			}),
			{ numRuns: 300 }
		);
	});

	test.each([
		['in lower case', code.toLowerCase()],
		['with spaces every four characters', code.replace(/(.{4})/g, '$1 ')],
		['broken over lines', code.replace(/(.{30})/g, '$1\r\n')],
		['with dashes inserted', code.replace(/(.{5})/g, '$1-')],
		['with O for 0 and l for 1', code.slice(0, 5) + code.slice(5).replaceAll('0', 'O').replaceAll('1', 'l')],
		['inside a link', `https://example.org/sidelight/#/assignment/${code}`],
		['with surrounding spaces and a non-breaking space', `  ${code.slice(0, 20)}\u00a0${code.slice(20)}\n`]
	])('reads a code pasted %s', (_, pasted) => {
		expect(decodeAssignment(pasted)).toEqual(ASSIGNMENT);
	});

	test.each([
		['nothing', '', 'not-a-code', /^There is no code here\. An assignment code starts with SLA1-\.$/],
		['a sentence', 'see you tomorrow', 'not-a-code', /^This is not a Sidelight code\./],
		['a result code', 'SLR1-ABCDEF', 'wrong-kind', /^This is a result code, not an assignment code\./],
		['a code from a newer Sidelight', code.replace('SLA1', 'SLA5'), 'newer-version', /newer version of Sidelight \(format 5\)/],
		['a code from an older Sidelight', code.replace('SLA1', 'SLA0'), 'older-version', /older version of Sidelight \(format 0\)/],
		['a code cut short', code.slice(0, -3), 'truncated', /^This code is incomplete/],
		['a code with a typo', typo(code, 40), 'altered', /^This code has been changed since it was made/],
		['a code with a character that is never in one', `${code.slice(0, 30)}U${code.slice(31)}`, 'altered', /contains “U”/],
		['a code with an extra character', `${code}Q`, 'altered', /changed since it was made/]
	])('refuses %s with its own error', (_, text, type, message) => {
		const error = refusal(() => decodeAssignment(text));
		expect(error.type).toBe(type);
		expect(error.message).toMatch(message);
	});

	test('throws only CodeError, whatever it is given', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), mutated(code)), (text) => {
				try {
					decodeAssignment(text);
				} catch (error) {
					expect(error).toBeInstanceOf(CodeError);
				}
			}),
			{ numRuns: 1000 }
		);
	});
});
