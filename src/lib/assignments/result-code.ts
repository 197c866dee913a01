// The result code a student hands in: their name, when, and every checked answer, compact enough
// for a QR code on a projector (10 exercises × 2 attempts measure 897 characters; see the test). Layout of the payload (see envelope.ts for the outside):
//
//   assignment id (5 bytes) · contentVersion (4 bytes) · handed in (varint, ms since 1970)
//   · student · string table (count, texts: packed-text.ts) · exercise count
//   · per exercise: id (table index) · answer type (byte) · attempt count
//     · per attempt: seen percent (byte, 255 = none) · answer (answer-codec.ts)
//
// Decoding checks the form of everything; given the assignment, it also checks the result is
// for it, made with the same exercises, and answers only exercises it assigns. The gradebook
// checks answers against the exercises themselves and re-scores them.
import { ID_PATTERN } from '../content/fields.js';
import { answerTypeByte, MAX_STRING_LENGTH, readAnswer, readAnswerType, StringTable, writeAnswer } from './answer-codec.js';
import { ByteWriter, PayloadError, type ByteReader } from './bytes.js';
import { readPayload, unwrapCode, wrapCode } from './envelope.js';
import { malformed, otherAssignment, otherExerciseVersion } from './errors.js';
import {
	ASSIGNMENT_ID_PATTERN,
	CONTENT_VERSION_PATTERN,
	readAssignmentId,
	readContentVersion,
	writeAssignmentId,
	writeContentVersion
} from './ids.js';
import { readText, writeText } from './packed-text.js';
import type { Assignment, Attempt, Result } from './types.js';

/** Names on a class list; 100 characters fits any real name and keeps a table readable. */
export const MAX_NAME_LENGTH = 100;
/** Matches MAX_EXERCISES of assignment-code.ts: a result answers at most what was assigned. */
export const MAX_RESULT_EXERCISES = 100;
/**
 * With unlimited attempts a student may check often, but 500 checks of one exercise is clicking,
 * not answering; grading counts at most the assignment's attempts anyway.
 */
export const MAX_RESULT_ATTEMPTS = 500;
/** The byte for an attempt whose score the student's page did not show. */
const NOT_SEEN = 255;
/** Date's own limit: 100 million days either side of 1970. */
const MAX_TIME = 8.64e15;

export function encodeResult(result: Result): string {
	const problem = resultProblem(result);
	if (problem) throw new TypeError(`cannot encode this result: ${problem}`);
	const table = new StringTable();
	const body = new ByteWriter();
	const exercises = Object.entries(result.answers);
	body.uint(exercises.length);
	for (const [id, attempts] of exercises) {
		body
			.uint(table.ref(id))
			.byte(answerTypeByte(attempts[0]?.answer.type ?? 'mark'))
			.uint(attempts.length);
		for (const attempt of attempts) {
			body.byte(attempt.seen ?? NOT_SEEN);
			writeAnswer(body, table, attempt.answer);
		}
	}
	const writer = new ByteWriter();
	writeAssignmentId(writer, result.assignmentId);
	writeContentVersion(writer, result.contentVersion);
	writer.uint(Date.parse(result.handedInAt));
	writeText(writer, result.student);
	writer.uint(table.strings.length);
	for (const s of table.strings) writeText(writer, s);
	return wrapCode('result', writer.raw(body.toBytes()).toBytes());
}

/**
 * Throws CodeError (and nothing else) for anything but a valid result code, and, when given the
 * assignment, for a result of another assignment or another version of its exercises.
 */
export function decodeResult(code: string, assignment?: Assignment): Result {
	const result = readPayload(unwrapCode(code, 'result'), readResult);
	if (assignment) checkAgainst(result, assignment);
	return result;
}

export function checkAgainst(result: Result, assignment: Assignment): void {
	if (result.assignmentId !== assignment.id) throw otherAssignment(result.assignmentId, assignment.title, assignment.id);
	if (result.contentVersion !== assignment.contentVersion) throw otherExerciseVersion(assignment.title);
	const unknown = Object.keys(result.answers).find((id) => !assignment.exercises.includes(id));
	if (unknown !== undefined) throw malformed(`it answers exercise "${unknown}", which “${assignment.title}” does not assign`);
}

function readResult(reader: ByteReader): Result {
	const assignmentId = readAssignmentId(reader);
	const contentVersion = readContentVersion(reader);
	const time = reader.uint();
	if (time > MAX_TIME) throw new PayloadError('its hand-in time is not a date');
	const student = readText(reader);
	const table = Array.from({ length: reader.count() }, () => readText(reader));
	if (table.some((s) => s.length > MAX_STRING_LENGTH)) throw new PayloadError('it holds an id longer than any Sidelight writes');
	const exercises = Array.from({ length: reader.count() }, () => {
		const index = reader.uint();
		if (index >= table.length) throw new PayloadError('it refers to an exercise the code does not name');
		const type = readAnswerType(reader);
		const attempts = Array.from({ length: reader.count() }, (): Attempt => {
			const seen = reader.byte();
			const answer = readAnswer(reader, table, type);
			return seen === NOT_SEEN ? { answer } : { answer, seen };
		});
		return [table[index], attempts] as const;
	});
	const result: Result = {
		assignmentId,
		contentVersion,
		student,
		handedInAt: new Date(time).toISOString(),
		answers: Object.fromEntries(exercises)
	};
	const problem = exercises.length !== Object.keys(result.answers).length ? 'it answers one exercise twice' : resultProblem(result);
	if (problem) throw malformed(problem);
	return result;
}

/** What is wrong with a result's fields, in words for a message, or null. */
export function resultProblem(r: Result): string | null {
	if (!ASSIGNMENT_ID_PATTERN.test(r.assignmentId)) return `its assignment id "${r.assignmentId}" is not 8 base-32 characters`;
	if (!CONTENT_VERSION_PATTERN.test(r.contentVersion)) return `its content version "${r.contentVersion}" is not 8 hex digits`;
	if (typeof r.student !== 'string' || r.student.trim() === '') return 'it has no student name';
	if (r.student.length > MAX_NAME_LENGTH) return `the student name is longer than ${MAX_NAME_LENGTH} characters`;
	const time = Date.parse(r.handedInAt);
	if (!(time >= 0) || new Date(time).toISOString() !== r.handedInAt) return `its hand-in time "${r.handedInAt}" is not a date`;
	const exercises = Object.entries(r.answers);
	if (exercises.length > MAX_RESULT_EXERCISES) return `it answers more than ${MAX_RESULT_EXERCISES} exercises`;
	for (const [id, attempts] of exercises) {
		if (!ID_PATTERN.test(id)) return `"${id}" is not an exercise id`;
		if (attempts.length > MAX_RESULT_ATTEMPTS) return `it has more than ${MAX_RESULT_ATTEMPTS} attempts at "${id}"`;
		if (attempts.some((a) => a.answer.type !== attempts[0].answer.type)) return `its answers to "${id}" are of different types`;
		const seen = attempts.find((a) => a.seen !== undefined && !(Number.isInteger(a.seen) && a.seen >= 0 && a.seen <= 100));
		if (seen) return `a score seen for "${id}" is not a whole percent`;
	}
	return null;
}
