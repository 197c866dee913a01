// Content problems: what the build reports to an author. Each names the file, the place in it
// (a JSON path the loader turns into a line number) and, for annotations, the annotation id.

export type JsonPath = (string | number)[];

export interface Problem {
	file: string;
	path: JsonPath;
	/** The annotation, exercise or claim the problem belongs to, where there is one. */
	id?: string;
	message: string;
	/** Filled in by the loader, which has the file's source. */
	line?: number;
}

export function formatPath(path: JsonPath): string {
	return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

export function formatProblem(problem: Problem): string {
	const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
	const what = problem.id ? ` ${JSON.stringify(problem.id)}` : '';
	const field = problem.path.length ? ` (${formatPath(problem.path)})` : '';
	return `${where}:${what}${field} ${problem.message}`;
}

export class ContentError extends Error {
	constructor(readonly problems: Problem[]) {
		const count = problems.length === 1 ? '1 content problem' : `${problems.length} content problems`;
		super(`${count}:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
		this.name = 'ContentError';
	}
}
