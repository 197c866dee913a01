// The result as a small file, for students who hand in by upload (a shared drive, a learning
// platform, e-mail) rather than by pasting a code. The file is JSON that names itself, so a
// teacher who opens it sees what it is, and carries the same checksummed code as the text.
import type { KeyedExercise } from '../course/types.js';
import { notAResultFile, otherVersion, wrongKind } from './errors.js';
import { decodeResult, encodeResult } from './result-code.js';
import type { Assignment, Result } from './types.js';

export const RESULT_FILE_VERSION = 1;

export interface ResultFile {
	sidelight: 'result';
	version: number;
	code: string;
}

/** As encodeResult, which it calls. */
export function encodeResultFile(result: Result, assignment: Assignment, exercises: ReadonlyMap<string, KeyedExercise>): string {
	return resultFile(encodeResult(result, assignment, exercises));
}

/** The file for a code already made: downloading a saved hand-in needs no exercises. */
export function resultFile(code: string): string {
	const file: ResultFile = { sidelight: 'result', version: RESULT_FILE_VERSION, code };
	return `${JSON.stringify(file, null, '\t')}\n`;
}

/** The code a result file holds, or the text itself if it is a bare code; throws CodeError. */
export function resultFileCode(text: string): string {
	const trimmed = text.replace(/^\ufeff/, '').trim();
	if (/^SL/i.test(trimmed)) return trimmed;
	let data: unknown;
	try {
		data = JSON.parse(trimmed);
	} catch {
		throw notAResultFile();
	}
	if (typeof data !== 'object' || data === null) throw notAResultFile();
	const { sidelight, version, code } = data as Record<string, unknown>;
	if (sidelight === 'gradebook') throw wrongKind('result', 'gradebook backup');
	if (sidelight !== 'result') throw notAResultFile();
	if (typeof version === 'number' && version !== RESULT_FILE_VERSION) throw otherVersion(version, RESULT_FILE_VERSION);
	if (version !== RESULT_FILE_VERSION || typeof code !== 'string') throw notAResultFile();
	return code;
}

/**
 * Reads a result file, or a bare result code saved as text. Throws CodeError (and nothing else),
 * as decodeResult does.
 */
export function decodeResultFile(text: string, assignment: Assignment, exercises: ReadonlyMap<string, KeyedExercise>): Result {
	return decodeResult(resultFileCode(text), assignment, exercises);
}
