// Content problems: what the validators report to an author. Each names the file, the place in it
// (a JSON path that src/lib/content/source.ts turns into a line and offset), for annotations the
// annotation id, and a severity: an error stops the build; a warning is shown and does not.

export type JsonPath = (string | number)[];

export type Severity = 'error' | 'warning';

export interface Problem {
	file: string;
	path: JsonPath;
	/** The annotation, exercise or claim the problem belongs to, where there is one. */
	id?: string;
	message: string;
	/** Absent means error: every validator written before severities existed reports errors. */
	severity?: Severity;
	/** 1-based; filled in from the file's source (SourceIndex.locate). */
	line?: number;
	/** 0-based UTF-16 offset of the same place, for an editor to underline. */
	offset?: number;
}

export function formatPath(path: JsonPath): string {
	return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

/** The problem on one line, its message as the validator wrote it. */
export function formatProblem(problem: Problem): string {
	return format(problem, problem.message);
}

/**
 * What the build, check:content and an editor show an author: as formatProblem, but a message
 * that starts with the field the parenthesis already names ("items[0].annotation: …") says it once.
 */
export function explainProblem(problem: Problem): string {
	return format(problem, withoutRepeatedPath(problem.message, formatPath(problem.path)));
}

function format(problem: Problem, message: string): string {
	const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
	const what = problem.id ? ` ${JSON.stringify(problem.id)}` : '';
	const path = formatPath(problem.path);
	const field = path ? ` (${path})` : '';
	const severity = problem.severity === 'warning' ? ' warning:' : '';
	return `${where}:${what}${field}${severity} ${message}`;
}

/**
 * Some messages start with the field they are about ("items[0].annotation: …"), which the
 * parenthesis already shows; say it once.
 */
function withoutRepeatedPath(message: string, path: string): string {
	const colon = message.indexOf(': ');
	if (colon <= 0 || !path) return message;
	const lead = message.slice(0, colon);
	return /^[\w.[\]-]+$/.test(lead) && path.endsWith(lead) ? message.slice(colon + 2) : message;
}

export function isError(problem: Problem): boolean {
	return (problem.severity ?? 'error') === 'error';
}

export class ContentError extends Error {
	/**
	 * @param suppressed references to annotations that had problems, not reported one by one: the
	 *   annotation's own problem is the one to fix.
	 */
	constructor(
		readonly problems: Problem[],
		readonly suppressed = 0
	) {
		const count = problems.length === 1 ? '1 content problem' : `${problems.length} content problems`;
		const folded = suppressed === 0 ? [] : [`  ${referencesLine(suppressed)}`];
		super([`${count}:`, ...problems.map((p) => `  ${explainProblem(p)}`), ...folded].join('\n'));
		this.name = 'ContentError';
	}
}

export function referencesLine(count: number): string {
	return count === 1
		? '1 reference to an annotation with problems above was not checked'
		: `${count} references to annotations with problems above were not checked`;
}
