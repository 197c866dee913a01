// The assignment code a teacher hands out (as a link, a QR code or on paper): everything a
// student's copy needs to set up the assignment, with no server. Layout of the payload (see
// envelope.ts for the outside):
//
//   id (5 bytes) · contentVersion (4 bytes) · flags (1 byte: bit 0 feedback after, bits 1–2 counts)
//   · attempts (varint) · title · exercise count (varint) · exercise ids (texts: packed-text.ts)
//
// SLA3, for an assignment on an added case (one opened from a case file): the same, then
//   · case id (text) · case title (text) · case content hash (4 bytes)
// so a copy of Sidelight that does not have the case can name the case file to open.
import { ID_PATTERN } from '../content/fields.js';
import { ByteWriter, type ByteReader } from './bytes.js';
import { readHead, readPayload, unwrapCode, wrapCode } from './envelope.js';
import type { ExerciseNumbers } from './exercise-numbers.js';
import { decodeShortAssignment, SHORT_VERSION } from './short-assignment-code.js';
import { malformed } from './errors.js';
import {
	ASSIGNMENT_ID_PATTERN,
	CONTENT_VERSION_PATTERN,
	readAssignmentId,
	readContentVersion,
	writeAssignmentId,
	writeContentVersion
} from './ids.js';
import { readText, writeText } from './packed-text.js';
import { COUNTS, FEEDBACK, type Assignment } from './types.js';

/** A title is one line on a handout or a gradebook tab; 200 characters is more than any real one. */
export const MAX_TITLE_LENGTH = 200;
/** The whole course has fewer exercises; more would not fit a QR code, and is not an assignment. */
export const MAX_EXERCISES = 100;
/** Beyond a handful of checks a teacher means "unlimited" (0); the bound only refuses garbage. */
export const MAX_ATTEMPTS = 99;

/** The format of codes for an assignment on an added case. */
export const ADDED_CASE_VERSION = 3;

export function encodeAssignment(assignment: Assignment): string {
	const problem = assignmentProblem(assignment);
	if (problem) throw new TypeError(`cannot encode this assignment: ${problem}`);
	const writer = new ByteWriter();
	writeAssignmentId(writer, assignment.id);
	writeContentVersion(writer, assignment.contentVersion);
	writer.byte((assignment.feedback === 'after' ? 1 : 0) | (COUNTS.indexOf(assignment.counts) << 1)).uint(assignment.attempts);
	writeText(writer, assignment.title);
	writer.uint(assignment.exercises.length);
	for (const id of assignment.exercises) writeText(writer, id);
	if (!assignment.case) return wrapCode('assignment', writer.toBytes());
	writeText(writer, assignment.case.id);
	writeText(writer, assignment.case.title);
	writeContentVersion(writer, assignment.case.contentHash);
	return wrapCode('assignment', writer.toBytes(), ADDED_CASE_VERSION);
}

/**
 * Throws CodeError (and nothing else) for anything but a valid assignment code: the long form
 * (SLA1, which carries everything) or the short one (SLA2, which needs the exercise numbers).
 */
export function decodeAssignment(code: string, numbers?: ExerciseNumbers): Assignment {
	const { version, body } = readHead(code, 'assignment');
	if (version === SHORT_VERSION) {
		if (!numbers) throw malformed('a short code can only be read with the exercise numbers of this copy');
		return decodeShortAssignment(body, numbers);
	}
	if (version === ADDED_CASE_VERSION)
		return readPayload(unwrapCode(code, 'assignment', ADDED_CASE_VERSION), readAddedCaseAssignment);
	return readPayload(unwrapCode(code, 'assignment'), readAssignment);
}

function readAddedCaseAssignment(reader: ByteReader): Assignment {
	const assignment = readAssignment(reader);
	const id = readText(reader);
	const title = readText(reader);
	const contentHash = readContentVersion(reader);
	const withCase: Assignment = { ...assignment, case: { id, title, contentHash } };
	const problem = assignmentProblem(withCase);
	if (problem) throw malformed(problem);
	return withCase;
}

function readAssignment(reader: ByteReader): Assignment {
	const id = readAssignmentId(reader);
	const contentVersion = readContentVersion(reader);
	const flags = reader.byte();
	if (flags >> 3 !== 0 || flags >> 1 >= COUNTS.length) throw malformed('its options are not ones Sidelight offers');
	const attempts = reader.uint();
	const title = readText(reader);
	const exercises = Array.from({ length: reader.count() }, () => readText(reader));
	const assignment: Assignment = {
		id,
		title,
		exercises,
		feedback: FEEDBACK[flags & 1],
		attempts,
		counts: COUNTS[flags >> 1],
		contentVersion
	};
	const problem = assignmentProblem(assignment);
	if (problem) throw malformed(problem);
	return assignment;
}

/** What is wrong with an assignment's fields, in words for a message, or null. */
export function assignmentProblem(a: Assignment): string | null {
	if (!ASSIGNMENT_ID_PATTERN.test(a.id)) return `its id "${a.id}" is not 8 base-32 characters`;
	if (!CONTENT_VERSION_PATTERN.test(a.contentVersion)) return `its content version "${a.contentVersion}" is not 8 hex digits`;
	if (typeof a.title !== 'string' || a.title.trim() === '') return 'it has no title';
	if (a.title.length > MAX_TITLE_LENGTH) return `its title is longer than ${MAX_TITLE_LENGTH} characters`;
	if (!FEEDBACK.includes(a.feedback)) return `its feedback option "${a.feedback}" is unknown`;
	if (!COUNTS.includes(a.counts)) return `its counting rule "${a.counts}" is unknown`;
	if (!Number.isInteger(a.attempts) || a.attempts < 0 || a.attempts > MAX_ATTEMPTS) {
		return `its attempts (${a.attempts}) are not a whole number from 0 to ${MAX_ATTEMPTS}`;
	}
	if (a.exercises.length === 0) return 'it has no exercises';
	if (a.exercises.length > MAX_EXERCISES) return `it has more than ${MAX_EXERCISES} exercises`;
	const bad = a.exercises.find((id) => typeof id !== 'string' || !ID_PATTERN.test(id));
	if (bad !== undefined) return `"${bad}" is not an exercise id`;
	const twice = a.exercises.find((id, i) => a.exercises.indexOf(id) !== i);
	if (twice !== undefined) return `it lists exercise "${twice}" twice`;
	if (a.case !== undefined) {
		if (typeof a.case.id !== 'string' || !ID_PATTERN.test(a.case.id)) return `its case id "${a.case.id}" is not a case id`;
		if (typeof a.case.title !== 'string' || a.case.title.trim() === '') return 'its case has no title';
		if (a.case.title.length > MAX_TITLE_LENGTH) return `its case title is longer than ${MAX_TITLE_LENGTH} characters`;
		if (!CONTENT_VERSION_PATTERN.test(a.case.contentHash)) return `its case version "${a.case.contentHash}" is not 8 hex digits`;
	}
	return null;
}
