// The whole gradebook as one file, to move to another computer or keep before clearing the
// browser. Restoring checks everything before returning anything: a damaged or foreign file is
// refused with the first problem it has, and the caller's gradebook is never half-replaced.
// Each stored hand-in code is decoded again, so a backup edited by hand fails its checksums.
import { assignmentProblem } from '../assignments/assignment-code.js';
import { CodeError } from '../assignments/errors.js';
import { readResultHeader } from '../assignments/result-code.js';
import type { Assignment } from '../assignments/types.js';
import { isObject } from '../content/fields.js';
import { studentKey } from './student-name.js';
import { GRADEBOOK_VERSION, type AssignmentRecord, type Gradebook, type StudentRecord } from './types.js';
import { answerProblem } from './validate-answer.js';

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

export function exportBackup(book: Gradebook): string {
	return `${JSON.stringify({ sidelight: 'gradebook', ...book }, null, '\t')}\n`;
}

/** The gradebook a backup holds; throws BackupError (and nothing else) for anything else. */
export function restoreBackup(text: string): Gradebook {
	let data: unknown;
	try {
		data = JSON.parse(text.replace(/^\ufeff/, ''));
	} catch {
		// A backup cut short (a download that failed) still names itself near its start.
		if (/^\s*\{\s*"sidelight"\s*:\s*"gradebook"/.test(text.replace(/^\ufeff/, ''))) {
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
	if (typeof data.version === 'number' && data.version !== GRADEBOOK_VERSION) {
		throw data.version > GRADEBOOK_VERSION
			? new BackupError(
					'newer-version',
					`This backup was made by a newer version of Sidelight (format ${data.version}); this copy reads format ${GRADEBOOK_VERSION}. Restore it in the newer Sidelight.`
				)
			: new BackupError(
					'older-version',
					`This backup was made by an older version of Sidelight (format ${data.version}), which this copy no longer reads.`
				);
	}
	if (data.version !== GRADEBOOK_VERSION) throw damaged('version', `should be ${GRADEBOOK_VERSION}`);
	if (!isObject(data.assignments)) throw damaged('assignments', 'should be an object');
	const assignments: Record<string, AssignmentRecord> = {};
	for (const [id, record] of Object.entries(data.assignments)) {
		const entry = readRecord(record, `assignments.${id}`);
		if (entry.assignment.id !== id) throw damaged(`assignments.${id}.assignment.id`, `should be "${id}"`);
		assignments[entry.assignment.id] = entry;
	}
	return { version: GRADEBOOK_VERSION, assignments };
}

function readRecord(value: unknown, path: string): AssignmentRecord {
	if (!isObject(value)) throw damaged(path, 'should be an object');
	const assignment = readAssignment(value.assignment, `${path}.assignment`);
	if (!Array.isArray(value.students)) throw damaged(`${path}.students`, 'should be a list');
	const students = value.students.map((s, i) => readStudent(s, assignment, `${path}.students[${i}]`));
	const twice = students.find((s, i) => students.findIndex((t) => t.key === s.key) !== i);
	if (twice) throw damaged(`${path}.students`, `has "${twice.name}" twice`);
	return { assignment, students };
}

function readAssignment(value: unknown, path: string): Assignment {
	if (!isObject(value)) throw damaged(path, 'should be an object');
	const { id, title, exercises, feedback, attempts, counts, contentVersion } = value;
	if (!Array.isArray(exercises)) throw damaged(`${path}.exercises`, 'should be a list');
	const assignment = { id, title, exercises: [...exercises], feedback, attempts, counts, contentVersion } as Assignment;
	const problem =
		typeof id === 'string' && typeof contentVersion === 'string'
			? assignmentProblem(assignment)
			: 'its id or content version is missing';
	if (problem) throw damaged(path, `is not a valid assignment: ${problem}`);
	return assignment;
}

function readStudent(value: unknown, assignment: Assignment, path: string): StudentRecord {
	if (!isObject(value)) throw damaged(path, 'should be an object');
	const { key, name, handIns, attempts } = value;
	if (typeof name !== 'string') throw damaged(`${path}.name`, 'should be a string');
	if (key !== studentKey(name)) throw damaged(`${path}.key`, `should be "${studentKey(name)}"`);
	if (!Array.isArray(handIns) || handIns.length === 0) throw damaged(`${path}.handIns`, 'should be a list of at least one');
	const readHandIns = handIns.map((h, i) => {
		const at = `${path}.handIns[${i}]`;
		if (!isObject(h) || typeof h.code !== 'string') throw damaged(at, 'should be {code, handedInAt}');
		let handedInAt: string;
		try {
			const header = readResultHeader(h.code);
			if (header.assignmentId !== assignment.id || header.contentVersion !== assignment.contentVersion) {
				throw damaged(`${at}.code`, 'is a result of another assignment');
			}
			if (studentKey(header.student) !== key) throw damaged(`${at}.code`, 'is a result of another student');
			handedInAt = header.handedInAt;
		} catch (error) {
			if (error instanceof CodeError) throw damaged(`${at}.code`, `cannot be read: ${error.message}`);
			throw error;
		}
		if (h.handedInAt !== handedInAt) throw damaged(`${at}.handedInAt`, `should be "${handedInAt}", as its code says`);
		return { code: h.code, handedInAt };
	});
	if (!isObject(attempts)) throw damaged(`${path}.attempts`, 'should be an object');
	const readAttempts = Object.entries(attempts).map(([id, list]) => {
		const at = `${path}.attempts.${id}`;
		if (!assignment.exercises.includes(id)) throw damaged(at, 'is not an exercise of the assignment');
		if (!Array.isArray(list)) throw damaged(at, 'should be a list');
		return [
			id,
			list.map((a, i) => {
				if (!isObject(a)) throw damaged(`${at}[${i}]`, 'should be an attempt object');
				const problem = answerProblem(a.answer);
				if (problem) throw damaged(`${at}[${i}].answer`, problem);
				if (typeof a.score !== 'number' || !(a.score >= 0 && a.score <= 1)) {
					throw damaged(`${at}[${i}].score`, 'should be a number from 0 to 1');
				}
				if (a.seen !== undefined && !(Number.isInteger(a.seen) && (a.seen as number) >= 0 && (a.seen as number) <= 100)) {
					throw damaged(`${at}[${i}].seen`, 'should be a whole percent');
				}
				return a.seen === undefined ? { answer: a.answer, score: a.score } : { answer: a.answer, score: a.score, seen: a.seen };
			})
		];
	});
	return { key, name, handIns: readHandIns, attempts: Object.fromEntries(readAttempts) } as StudentRecord;
}

function notABackup(): BackupError {
	return new BackupError('not-a-backup', 'This file is not a Sidelight gradebook backup. Nothing was restored.');
}

function damaged(path: string, problem: string): BackupError {
	return new BackupError('damaged', `This gradebook backup is damaged: ${path} ${problem}. Nothing was restored.`);
}
