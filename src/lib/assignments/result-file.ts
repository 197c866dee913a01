// The result as a small file, for students who hand in by upload (a shared drive, a learning
// platform, e-mail) rather than by pasting a code. The file is JSON that names itself, so a
// teacher who opens it sees what it is, and carries the same checksummed code as the text.
import { notAResultFile, otherVersion, wrongKind } from './errors.js';
import { decodeResult, encodeResult } from './result-code.js';
import type { Assignment, Result } from './types.js';

export const RESULT_FILE_VERSION = 1;

export interface ResultFile {
	sidelight: 'result';
	version: number;
	code: string;
}

export function encodeResultFile(result: Result): string {
	const file: ResultFile = { sidelight: 'result', version: RESULT_FILE_VERSION, code: encodeResult(result) };
	return `${JSON.stringify(file, null, '\t')}\n`;
}

/**
 * Reads a result file, or a bare result code saved as text. Throws CodeError (and nothing else),
 * as decodeResult does.
 */
export function decodeResultFile(text: string, assignment?: Assignment): Result {
	const trimmed = text.replace(/^\ufeff/, '').trim();
	if (/^SL/i.test(trimmed)) return decodeResult(trimmed, assignment);
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
	return decodeResult(code, assignment);
}
