import { describe, expect, test } from 'vitest';
import { encodeAssignment } from './assignment-code.js';
import { decodeResultFile, encodeResultFile, resultFile } from './result-file.js';
import { refusal } from './testing/code-edits.js';
import { ASSIGNMENT, codeOf, EXERCISE_MAP, RESULT } from './testing/fixtures.js';

const file = encodeResultFile(RESULT, ASSIGNMENT, EXERCISE_MAP);
const decode = (text: string) => decodeResultFile(text, ASSIGNMENT, EXERCISE_MAP);

describe('result files', () => {
	test('name themselves and carry the result code', () => {
		expect(JSON.parse(file)).toEqual({ sidelight: 'result', version: 1, code: codeOf(RESULT) });
	});

	test('wrap a code already made without needing the exercises', () => {
		expect(resultFile(codeOf(RESULT))).toBe(file);
	});

	test('read back what was written, checked against the assignment', () => {
		expect(decode(file)).toEqual(RESULT);
	});

	test.each([
		['with a byte order mark', `\ufeff${file}`],
		['holding a bare result code', `${codeOf(RESULT)}\n`]
	])('read a file %s', (_, text) => {
		expect(decode(text)).toEqual(RESULT);
	});

	test.each([
		['a text that is not JSON', 'Dear teacher, here is my work.', 'not-a-result-file', /^This file is not a Sidelight result\./],
		['JSON of another shape', '{"name": "Zoë", "score": 100}', 'not-a-result-file', /^This file is not a Sidelight result\./],
		['a JSON list', '[1, 2]', 'not-a-result-file', /not a Sidelight result/],
		['a result file without its code', '{"sidelight": "result", "version": 1}', 'not-a-result-file', /not a Sidelight result/],
		[
			'a gradebook backup',
			'{"sidelight": "gradebook", "version": 1}',
			'wrong-kind',
			/^This is a gradebook backup, not a result code\./
		],
		[
			'a result file from a newer Sidelight',
			'{"sidelight": "result", "version": 2, "code": ""}',
			'newer-version',
			/newer version/
		],
		['an assignment code saved as text', encodeAssignment(ASSIGNMENT), 'wrong-kind', /^This is an assignment code/],
		['a result file whose code was edited', file.replace(/"SLR1-(.{20})./, '"SLR1-$1X'), 'altered', /changed since it was made/]
	])('refuse %s with its own error', (_, text, type, message) => {
		const error = refusal(() => decode(text));
		expect(error.type).toBe(type);
		expect(error.message).toMatch(message);
	});
});
