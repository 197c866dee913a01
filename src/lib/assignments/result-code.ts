// The result code a student hands in: their name, when, and every checked answer, compact enough
// for a QR code on a projector: ten exercises with two attempts each measure 433 characters in
// the test, and 367–581 for runs of ten exercises of the real course. Layout of the payload (see
// envelope.ts for the outside):
//
//   header: assignment id (5 bytes) · contentVersion (4 bytes) · handed in (varint, ms since 1970)
//           · student (text: packed-text.ts)
//   body:   string table (count, texts) · exercise count
//           · per exercise: its place in the assignment (varint) · attempt count
//             · per attempt: seen percent (byte, 255 = none) · answer (answer-codec.ts)
//
// The header reads on its own (readResultHeader). The body is written against the assignment and
// the exercises as the student's copy has them, and only reads against the same: the content
// version in the header says which, and a teacher whose copy differs gets a clear refusal
// rather than answers read against the wrong lists.
import type { KeyedExercise } from '../course/types.js';
import type { Exercise } from '../exercises/types.js';
import { readAnswer, StringTable, writeAnswer, MAX_STRING_LENGTH } from './answer-codec.js';
import { ByteWriter, PayloadError, type ByteReader } from './bytes.js';
import { contentVersion } from './content-version.js';
import { assignedExercises } from './create-assignment.js';
import { readPayload, unwrapCode, wrapCode } from './envelope.js';
import { exercisesChanged, malformed, otherAssignment, otherExerciseVersion } from './errors.js';
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
/**
 * With unlimited attempts a student may check often, but 500 checks of one exercise is clicking,
 * not answering; grading counts at most the assignment's attempts anyway.
 */
export const MAX_RESULT_ATTEMPTS = 500;
/** The byte for an attempt whose score the student's page did not show. */
const NOT_SEEN = 255;
/** Date's own limit: 100 million days either side of 1970. */
const MAX_TIME = 8.64e15;

export type ResultHeader = Omit<Result, 'answers'>;

/**
 * Writes the result against the assignment and the exercises as the student's copy has them.
 * The content version written is always theirs, whatever `result.contentVersion` says, so a code
 * can never claim lists its answers were not written against; a teacher with other exercises is
 * then told so. Throws TypeError for a result that does not fit: the page's mistake, not the student's.
 */
export function encodeResult(result: Result, assignment: Assignment, exercises: ReadonlyMap<string, KeyedExercise>): string {
	const assigned = assignedExercises(assignment.exercises, exercises);
	if (!Array.isArray(assigned)) throw new TypeError(`there is no exercise "${assigned.missing}"`);
	const version = contentVersion(assigned);
	const problem = resultProblem({ ...result, contentVersion: version });
	if (problem) throw new TypeError(`cannot encode this result: ${problem}`);
	if (result.assignmentId !== assignment.id) throw new TypeError(`the result is not for assignment ${assignment.id}`);

	const table = new StringTable();
	const body = new ByteWriter();
	const answered = Object.entries(result.answers);
	body.uint(answered.length);
	for (const [id, attempts] of answered) {
		const place = assignment.exercises.indexOf(id);
		if (place === -1) throw new TypeError(`"${id}" is not an exercise of assignment ${assignment.id}`);
		const { exercise } = assigned[place];
		body.uint(place).uint(attempts.length);
		for (const attempt of attempts) {
			if (attempt.answer.type !== exercise.type) throw new TypeError(`an answer to "${id}" is not a ${exercise.type} answer`);
			body.byte(attempt.seen ?? NOT_SEEN);
			writeAnswer(body, table, exercise, attempt.answer);
		}
	}

	const writer = new ByteWriter();
	writeAssignmentId(writer, result.assignmentId);
	writeContentVersion(writer, version);
	writer.uint(Date.parse(result.handedInAt));
	writeText(writer, result.student);
	writer.uint(table.strings.length);
	for (const s of table.strings) writeText(writer, s);
	return wrapCode('result', writer.raw(body.toBytes()).toBytes());
}

/**
 * Who handed in what and when, without the answers: readable without the exercises. Throws
 * CodeError (and nothing else) for anything but an intact result code.
 */
export function readResultHeader(code: string): ResultHeader {
	return readPayload(unwrapCode(code, 'result'), (reader) => {
		const header = readHeader(reader);
		reader.rest();
		return header;
	});
}

/**
 * The result, read against the assignment and the exercises as this copy has them. Throws
 * CodeError (and nothing else) for anything but a valid result code of this assignment, made
 * with the same version of the exercises as the assignment, which this copy must also have.
 */
export function decodeResult(code: string, assignment: Assignment, exercises: ReadonlyMap<string, KeyedExercise>): Result {
	return readPayload(unwrapCode(code, 'result'), (reader) => {
		const header = readHeader(reader);
		if (header.assignmentId !== assignment.id) throw otherAssignment(header.assignmentId, assignment.title, assignment.id);
		const assigned = assignedExercises(assignment.exercises, exercises);
		if (!Array.isArray(assigned) || contentVersion(assigned) !== assignment.contentVersion) {
			throw exercisesChanged(assignment.title);
		}
		if (header.contentVersion !== assignment.contentVersion) throw otherExerciseVersion(assignment.title);
		const result: Result = {
			...header,
			answers: readAnswers(
				reader,
				assigned.map((k) => k.exercise)
			)
		};
		const problem = resultProblem(result);
		if (problem) throw malformed(problem);
		return result;
	});
}

function readHeader(reader: ByteReader): ResultHeader {
	const assignmentId = readAssignmentId(reader);
	const contentVersion = readContentVersion(reader);
	const time = reader.uint();
	if (time > MAX_TIME) throw new PayloadError('its hand-in time is not a date');
	const student = readText(reader);
	if (student.trim() === '') throw new PayloadError('it has no student name');
	if (student.length > MAX_NAME_LENGTH) throw new PayloadError(`the student name is longer than ${MAX_NAME_LENGTH} characters`);
	return { assignmentId, contentVersion, student, handedInAt: new Date(time).toISOString() };
}

function readAnswers(reader: ByteReader, exercises: Exercise[]): Record<string, Attempt[]> {
	const table = Array.from({ length: reader.count() }, () => readText(reader));
	if (table.some((s) => s.length > MAX_STRING_LENGTH)) throw new PayloadError('it holds an id longer than any Sidelight writes');
	const answered = Array.from({ length: reader.count() }, () => {
		const exercise = exercises[reader.uint()];
		if (!exercise) throw new PayloadError('it answers an exercise the assignment does not have');
		const attempts = Array.from({ length: reader.count() }, (): Attempt => {
			const seen = reader.byte();
			const answer = readAnswer(reader, table, exercise);
			return seen === NOT_SEEN ? { answer } : { answer, seen };
		});
		return [exercise.id, attempts] as const;
	});
	if (new Set(answered.map(([id]) => id)).size !== answered.length) throw new PayloadError('it answers one exercise twice');
	return Object.fromEntries(answered);
}

/** What is wrong with a result's fields, in words for a message, or null. */
export function resultProblem(r: Result): string | null {
	if (!ASSIGNMENT_ID_PATTERN.test(r.assignmentId)) return `its assignment id "${r.assignmentId}" is not 8 base-32 characters`;
	if (!CONTENT_VERSION_PATTERN.test(r.contentVersion)) return `its content version "${r.contentVersion}" is not 8 hex digits`;
	if (typeof r.student !== 'string' || r.student.trim() === '') return 'it has no student name';
	if (r.student.length > MAX_NAME_LENGTH) return `the student name is longer than ${MAX_NAME_LENGTH} characters`;
	const time = Date.parse(r.handedInAt);
	if (!(time >= 0) || new Date(time).toISOString() !== r.handedInAt) return `its hand-in time "${r.handedInAt}" is not a date`;
	for (const [id, attempts] of Object.entries(r.answers)) {
		if (attempts.length > MAX_RESULT_ATTEMPTS) return `it has more than ${MAX_RESULT_ATTEMPTS} attempts at "${id}"`;
		const seen = attempts.find((a) => a.seen !== undefined && !(Number.isInteger(a.seen) && a.seen >= 0 && a.seen <= 100));
		if (seen) return `a score seen for "${id}" is not a whole percent`;
	}
	return null;
}
