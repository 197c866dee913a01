// The longest hand-in an assignment allows (M1): the whole course, unlimited attempts, and the
// 500 checks of every exercise a code keeps, each a key-sized answer. It must encode, read back
// and import, and be offered as text and file because no QR code holds it.
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../build/load-content.js';
import { createAssignment } from '../assignments/create-assignment.js';
import { MAX_CODE_LENGTH } from '../assignments/envelope.js';
import { decodeResult, encodeResult, MAX_RESULT_ATTEMPTS } from '../assignments/result-code.js';
import { resultFile } from '../assignments/result-file.js';
import { keyAnswer } from '../exercises/answers.js';
import { resolveKey } from '../exercises/resolve-key.js';
import { qrPathIfFits } from '../qr/qr-path.js';
import { emptyGradebook, importResult } from './import-result.js';
import { studentsIn } from './students.js';

describe('the longest result an assignment allows', () => {
	test('encodes, reads back, imports as a code and as a file, and is too long for a QR code', () => {
		const content = loadContent();
		const all = content.exercises.map((e) => ({ ...e, key: resolveKey(e.exercise, content.cases) }));
		const exercises = new Map(all.map((e) => [e.exercise.id, e]));
		const assignment = createAssignment(
			{ title: 'The whole course', exercises: [...exercises.keys()], feedback: 'now', attempts: 0, counts: 'best' },
			exercises
		);
		const answers = Object.fromEntries(
			all.map((e) => [
				e.exercise.id,
				Array.from({ length: MAX_RESULT_ATTEMPTS }, () => ({ answer: keyAnswer(e.exercise, e.key), seen: 100 }))
			])
		);
		const result = {
			assignmentId: assignment.id,
			contentVersion: assignment.contentVersion,
			student: 'Ada',
			handedInAt: '2026-12-01T10:00:00.000Z',
			answers
		};
		const code = encodeResult(result, assignment, exercises);
		expect(code.length).toBeGreaterThan(100_000);
		expect(code.length).toBeLessThan(MAX_CODE_LENGTH);
		expect(decodeResult(code, assignment, exercises)).toEqual(result);
		expect(qrPathIfFits(code)).toBeNull();
		// As a file (which holds the code): 19,000 attempts re-scored, seconds on a busy machine.
		const { book, outcome } = importResult(emptyGradebook(), assignment, exercises, resultFile(code));
		expect(outcome.type).toBe('added');
		expect(studentsIn(book, assignment.id)[0].attempts[all[0].exercise.id]).toHaveLength(MAX_RESULT_ATTEMPTS);
	}, 120_000);
});
