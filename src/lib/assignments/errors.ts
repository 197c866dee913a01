// Why a code or file was refused, in words a teacher or student can act on. Every decoder in
// this folder throws only CodeError, and each kind of bad code has its own `type`, so the page
// can choose what to show and tests can tell the cases apart. Messages say what happened and
// what to do; they never echo the student's text back as markup (there is none to echo).
export type CodeKind = 'assignment' | 'result';

export type CodeErrorType =
	/** Empty, or not starting with a Sidelight prefix: a URL, a sentence, another app's code. */
	| 'not-a-code'
	/** An uploaded file that is not a result file (not JSON, or JSON of another shape). */
	| 'not-a-result-file'
	/** An assignment code where a result was expected, or the other way round. */
	| 'wrong-kind'
	| 'newer-version'
	| 'older-version'
	/** Shorter than it says it is: cut off, or (rarely) a character left out when typing. */
	| 'truncated'
	/** The checksum does not match, or a character is not in the alphabet: a typo or an edit. */
	| 'altered'
	/** A result whose assignment id is not the assignment's. */
	| 'other-assignment'
	/** A result made with other exercises or keys than the assignment's. */
	| 'other-exercise-version'
	/** The teacher's own exercises differ from those the assignment was made with. */
	| 'exercises-changed'
	/** An assignment on an added case this copy does not have (or has in another version). */
	| 'case-missing'
	/** Reads as a code, checksum and all, but what it says is impossible. */
	| 'malformed';

export class CodeError extends Error {
	constructor(
		readonly type: CodeErrorType,
		message: string
	) {
		super(message);
		this.name = 'CodeError';
	}
}

const KIND_NAMES: Record<CodeKind, string> = { assignment: 'an assignment code', result: 'a result code' };

export function notACode(expected: CodeKind, prefix: string, empty: boolean): CodeError {
	const start = `${expected === 'assignment' ? 'An assignment' : 'A result'} code starts with ${prefix}`;
	return new CodeError('not-a-code', empty ? `There is no code here. ${start}.` : `This is not a Sidelight code. ${start}.`);
}

export function notAResultFile(): CodeError {
	return new CodeError(
		'not-a-result-file',
		'This file is not a Sidelight result. A result file is the one a student saves when handing in.'
	);
}

export function wrongKind(expected: CodeKind, found: CodeKind | 'gradebook backup'): CodeError {
	const what = found === 'gradebook backup' ? 'a gradebook backup' : KIND_NAMES[found];
	const hint =
		expected === 'result'
			? 'Import the code a student hands in, which starts with SLR.'
			: 'A result code is what a student hands in to the teacher; to start the assignment, use the assignment code or link, which starts with SLA.';
	return new CodeError('wrong-kind', `This is ${what}, not ${KIND_NAMES[expected]}. ${hint}`);
}

export function otherVersion(version: number, current: number): CodeError {
	return version > current
		? new CodeError(
				'newer-version',
				`This code was made by a newer version of Sidelight (format ${version}); this copy reads format ${current}. Open it with the newer Sidelight, or update this copy.`
			)
		: new CodeError(
				'older-version',
				`This code was made by an older version of Sidelight (format ${version}), which this copy no longer reads. Ask for a new code.`
			);
}

export function truncated(): CodeError {
	return new CodeError(
		'truncated',
		'This code is incomplete: part of it is missing, most likely its end. Copy it again, all the way to the end.'
	);
}

export function altered(detail?: string): CodeError {
	const what = detail ?? 'a character is wrong, missing or extra';
	return new CodeError(
		'altered',
		`This code has been changed since it was made: ${what} (a typo, or an edit). Copy it again from the original.`
	);
}

export function otherAssignment(resultFor: string, title: string, id: string): CodeError {
	return new CodeError(
		'other-assignment',
		`This result is for another assignment (${resultFor}), not for “${title}” (${id}). Import it with that assignment.`
	);
}

export function otherExerciseVersion(title: string): CodeError {
	return new CodeError(
		'other-exercise-version',
		`This result was made with a different version of the exercises than “${title}”, so its answers cannot be scored against the same keys, and it was not imported. Ask the student to open the assignment link again, check their answers and hand in again.`
	);
}

export function exercisesChanged(title: string): CodeError {
	return new CodeError(
		'exercises-changed',
		`The exercises in this copy of Sidelight differ from those “${title}” was made with, so results cannot be scored against the keys the students had. Open the gradebook in the copy of Sidelight the assignment was made with.`
	);
}

export function malformed(detail: string): CodeError {
	return new CodeError(
		'malformed',
		`This code cannot be used: ${detail}. It was not made by Sidelight as it is, or it was edited.`
	);
}

/** What to do when the assignment's added case is not in this copy: open its case file (SLA3). */
export function caseMissing(assigned: { id: string; title: string; contentHash: string }, have?: string): CodeError {
	const other = have ? ` This browser has another version of it (${have}).` : '';
	return new CodeError(
		'case-missing',
		`This assignment uses an added case that this browser does not have.${other} Open the case file for ${assigned.title} (${assigned.id}, version ${assigned.contentHash}) from the course map first.`
	);
}
