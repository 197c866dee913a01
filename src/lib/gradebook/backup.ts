// The whole gradebook as one file, to move to another computer or keep before clearing the
// browser; the same pair (exportBackup, restoreBackup) is how the store persists it. Restoring
// checks everything before returning anything: a damaged or foreign file is refused with the
// first problem it has, and the caller's gradebook is never half-replaced.
//
// A backup is trusted for nothing but its hand-in codes: every answer and every score is rebuilt
// from the codes (checksummed) and re-scored against this copy's keys, so a backup edited by hand
// cannot change a grade. What the file adds is the teacher's own filing: a renamed hand-in and
// the students whose disagreeing hand-ins the teacher said to count together.
//
//   version 2: { sidelight: "gradebook", version: 2, assignments: { <id>: { assignment,
//                handIns: [{ code, handedInAt, student }], together: [student keys] } } }
//   version 1 (still read): { …, version: 1, assignments: { <id>: { assignment,
//                students: [{ key, name, handIns: [{ code, handedInAt }], attempts }] } } }
//                — its attempts and scores are ignored, its codes read as version 2's.
import { assignmentProblem } from '../assignments/assignment-code.js';
import { contentVersion } from '../assignments/content-version.js';
import { assignedExercises } from '../assignments/create-assignment.js';
import { CodeError } from '../assignments/errors.js';
import { MAX_NAME_LENGTH, readResultHeader } from '../assignments/result-code.js';
import type { Assignment } from '../assignments/types.js';
import { isObject } from '../content/fields.js';
import type { KeyedExercise } from '../course/types.js';
import { readHandIn, withHandIns } from './import-result.js';
import { GRADEBOOK_VERSION, type AssignmentRecord, type Gradebook, type HandIn } from './types.js';

export type BackupErrorType = 'not-a-backup' | 'newer-version' | 'older-version' | 'damaged';

export class BackupError extends Error {
	constructor(
		readonly type: BackupErrorType,
		message: string
	) {
		super(message);
		this.name = 'BackupError';
	}
}

/** The oldest backup format this copy reads. */
const OLDEST_VERSION = 1;

export function exportBackup(book: Gradebook): string {
	const assignments = Object.fromEntries(
		Object.entries(book.assignments).map(([id, record]) => [
			id,
			{
				assignment: record.assignment,
				handIns: record.handIns.map(({ code, handedInAt, student }) => ({ code, handedInAt, student })),
				together: record.together
			}
		])
	);
	return `${JSON.stringify({ sidelight: 'gradebook', version: GRADEBOOK_VERSION, assignments }, null, '\t')}\n`;
}

/** A hand-in as a backup lists it, before its code is read. */
interface Filed {
	code: string;
	/** As the file says; checked against the code. */
	handedInAt: unknown;
	/** The name it is filed under, or null for the name in its code. */
	student: string | null;
	path: string;
}

/**
 * The gradebook a backup holds, rebuilt from its hand-in codes and re-scored with `exercises`
 * (the teacher's own, with keys). Throws BackupError (and nothing else) for anything else.
 */
export function restoreBackup(text: string, exercises: ReadonlyMap<string, KeyedExercise>): Gradebook {
	const data = parse(text);
	if (!isObject(data.assignments)) throw damaged('assignments', 'should be an object');
	const assignments: Record<string, AssignmentRecord> = {};
	for (const [id, value] of Object.entries(data.assignments)) {
		const path = `assignments.${id}`;
		if (!isObject(value)) throw damaged(path, 'should be an object');
		const assignment = readAssignment(value.assignment, `${path}.assignment`);
		if (assignment.id !== id) throw damaged(`${path}.assignment.id`, `should be "${id}"`);
		const filed = data.version === 1 ? filedV1(value, path) : filedV2(value, path);
		assignments[id] = rebuild(
			assignment,
			filed,
			data.version === 1 ? [] : readTogether(value.together, `${path}.together`),
			exercises
		);
	}
	return { version: GRADEBOOK_VERSION, assignments };
}

function parse(text: string): Record<string, unknown> & { version: number } {
	let data: unknown;
	const json = text.replace(/^\ufeff/, '');
	try {
		data = JSON.parse(json);
	} catch {
		// A backup cut short (a download that failed) still names itself near its start.
		if (/^\s*\{\s*"sidelight"\s*:\s*"gradebook"/.test(json)) {
			throw new BackupError(
				'damaged',
				'This gradebook backup is incomplete or damaged: it is not valid JSON. Nothing was restored.'
			);
		}
		throw notABackup();
	}
	if (!isObject(data) || data.sidelight !== 'gradebook') {
		throw isObject(data) && data.sidelight === 'result'
			? new BackupError('not-a-backup', 'This is a student’s result file, not a gradebook backup. Import it as a result.')
			: notABackup();
	}
	const version = data.version;
	if (typeof version === 'number' && version > GRADEBOOK_VERSION) {
		throw new BackupError(
			'newer-version',
			`This backup was made by a newer version of Sidelight (format ${version}); this copy reads formats up to ${GRADEBOOK_VERSION}. Restore it in the newer Sidelight.`
		);
	}
	if (typeof version === 'number' && version < OLDEST_VERSION) {
		throw new BackupError(
			'older-version',
			`This backup was made by an older version of Sidelight (format ${version}), which this copy no longer reads.`
		);
	}
	if (version !== 1 && version !== 2)
		throw damaged('version', `should be a whole number from ${OLDEST_VERSION} to ${GRADEBOOK_VERSION}`);
	return data as Record<string, unknown> & { version: number };
}

function readAssignment(value: unknown, path: string): Assignment {
	if (!isObject(value)) throw damaged(path, 'should be an object');
	const { id, title, exercises, feedback, attempts, counts, contentVersion } = value;
	if (!Array.isArray(exercises)) throw damaged(`${path}.exercises`, 'should be a list');
	const assignment = { id, title, exercises: [...exercises], feedback, attempts, counts, contentVersion } as Assignment;
	// An assignment on an added case (SLA3) keeps the case it names.
	if (isObject(value.case)) {
		const { id: caseId, title: caseTitle, contentHash } = value.case;
		assignment.case = { id: caseId, title: caseTitle, contentHash } as NonNullable<Assignment['case']>;
	}
	const problem =
		typeof id === 'string' && typeof contentVersion === 'string'
			? assignmentProblem(assignment)
			: 'its id or content version is missing';
	if (problem) throw damaged(path, `is not a valid assignment: ${problem}`);
	return assignment;
}

function filedV2(record: Record<string, unknown>, path: string): Filed[] {
	if (!Array.isArray(record.handIns)) throw damaged(`${path}.handIns`, 'should be a list');
	return record.handIns.map((h, i): Filed => {
		const at = `${path}.handIns[${i}]`;
		if (!isObject(h) || typeof h.code !== 'string') throw damaged(at, 'should be {code, handedInAt, student}');
		if (typeof h.student !== 'string' || h.student.trim() === '' || h.student.length > MAX_NAME_LENGTH) {
			throw damaged(`${at}.student`, `should be a name of 1 to ${MAX_NAME_LENGTH} characters`);
		}
		return { code: h.code, handedInAt: h.handedInAt, student: h.student, path: at };
	});
}

function filedV1(record: Record<string, unknown>, path: string): Filed[] {
	if (!Array.isArray(record.students)) throw damaged(`${path}.students`, 'should be a list');
	return record.students.flatMap((s, i) => {
		const at = `${path}.students[${i}]`;
		if (!isObject(s)) throw damaged(at, 'should be an object');
		if (!Array.isArray(s.handIns) || s.handIns.length === 0) throw damaged(`${at}.handIns`, 'should be a list of at least one');
		return s.handIns.map((h, k): Filed => {
			if (!isObject(h) || typeof h.code !== 'string') throw damaged(`${at}.handIns[${k}]`, 'should be {code, handedInAt}');
			return { code: h.code, handedInAt: h.handedInAt, student: null, path: `${at}.handIns[${k}]` };
		});
	});
}

function readTogether(value: unknown, path: string): string[] {
	if (value === undefined) return [];
	if (!Array.isArray(value) || value.some((k) => typeof k !== 'string')) throw damaged(path, 'should be a list of names');
	return [...new Set(value as string[])].sort();
}

/** The record from its hand-in codes: read and re-scored where this copy has the exercises, else kept unscored. */
function rebuild(
	assignment: Assignment,
	filed: Filed[],
	together: string[],
	exercises: ReadonlyMap<string, KeyedExercise>
): AssignmentRecord {
	const assigned = assignedExercises(assignment.exercises, exercises);
	const scorable = Array.isArray(assigned) && contentVersion(assigned) === assignment.contentVersion;
	const handIns = new Map<string, HandIn>();
	for (const f of filed) {
		const handIn = scorable ? readScored(f, assignment, exercises) : readUnscored(f, assignment);
		if (f.handedInAt !== handIn.handedInAt)
			throw damaged(`${f.path}.handedInAt`, `should be "${handIn.handedInAt}", as its code says`);
		// The same hand-in listed twice (a v1 backup edited, or two merged by hand) is one hand-in.
		if (!handIns.has(handIn.code)) handIns.set(handIn.code, f.student === null ? handIn : { ...handIn, student: f.student });
	}
	const record: AssignmentRecord = { assignment, handIns: [], together, ...(scorable ? {} : { unscored: true as const }) };
	return withHandIns(record, [...handIns.values()]);
}

function readScored(f: Filed, assignment: Assignment, exercises: ReadonlyMap<string, KeyedExercise>): HandIn {
	try {
		return readHandIn(f.code, assignment, exercises);
	} catch (error) {
		if (error instanceof CodeError) throw damaged(`${f.path}.code`, `cannot be read: ${error.message}`);
		throw error;
	}
}

function readUnscored(f: Filed, assignment: Assignment): HandIn {
	try {
		const header = readResultHeader(f.code);
		if (header.assignmentId !== assignment.id || header.contentVersion !== assignment.contentVersion) {
			throw damaged(`${f.path}.code`, 'is a result of another assignment');
		}
		return { code: f.code, handedInAt: header.handedInAt, typed: header.student, student: header.student, attempts: {} };
	} catch (error) {
		if (error instanceof CodeError) throw damaged(`${f.path}.code`, `cannot be read: ${error.message}`);
		throw error;
	}
}

function notABackup(): BackupError {
	return new BackupError('not-a-backup', 'This file is not a Sidelight gradebook backup. Nothing was restored.');
}

function damaged(path: string, problem: string): BackupError {
	return new BackupError('damaged', `This gradebook backup is damaged: ${path} ${problem}. Nothing was restored.`);
}
