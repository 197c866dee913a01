// The one reader for a case in the documented folder format (README, "For authors"): case.json,
// articles/*.txt, annotations/<article id>.json and an optional claims.json, given as path and
// text. Pure, with no file system: the build and check:content hand it the files they read from
// lessons/cases/<id>/, and the browser (a case editor, a case opened from a file) can hand it
// the same files from memory, getting the same model and the same messages.
import { SourceIndex, type SourceFile } from './source.js';
import type { Problem } from './problems.js';
import type { Case, Category } from './types.js';
import { validateCase } from './validate-case.js';

/** One file of a case, by its path as messages should show it (e.g. lessons/cases/demo/case.json). */
export interface TextFile {
	path: string;
	text: string;
}

export interface CaseReading {
	/** Everything that validated; undefined only when case.json is missing or unreadable. */
	case?: Case;
	/** Each with file, line, offset, id where there is one, field path and severity. */
	problems: Problem[];
	/** Ids of the case, articles and annotations that had problems, so later checks do not report references to them again. */
	unavailable: Set<string>;
	/** References to those that were not reported one by one. */
	suppressed: number;
}

/**
 * Reads one case. The case folder is where case.json is (the shortest such path); its name, when
 * there is one, must be the case's id. Other paths are read relative to it.
 */
export function readCase(files: readonly TextFile[], categories: readonly Category[]): CaseReading {
	const index = new SourceIndex();
	const problems: Problem[] = [];
	const caseJson = files
		.filter((f) => f.path === 'case.json' || f.path.endsWith('/case.json'))
		.sort((a, b) => a.path.length - b.path.length)[0];
	const base = caseJson ? caseJson.path.slice(0, -'case.json'.length) : commonFolder(files);
	const folder = base.split('/').filter(Boolean).pop();
	if (!caseJson) {
		const problem: Problem = { file: `${base}case.json`, path: [], severity: 'error', message: 'file is missing' };
		return { problems: [problem], unavailable: new Set(folder ? [folder] : []), suppressed: 0 };
	}

	const json = (file: TextFile): SourceFile | undefined => {
		const result = index.json(file.path, file.text);
		if ('problem' in result) problems.push(result.problem);
		return 'source' in result ? result.source : undefined;
	};
	const articleTexts = new Map<string, string>();
	const annotationFiles: SourceFile[] = [];
	let claimsFile: SourceFile | undefined;
	const unread: TextFile[] = [];
	for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
		if (file === caseJson) continue;
		const relative = file.path.startsWith(base) ? file.path.slice(base.length) : undefined;
		if (relative?.startsWith('articles/') && relative.endsWith('.txt'))
			articleTexts.set(relative.slice('articles/'.length), file.text);
		else if (relative?.startsWith('annotations/') && relative.endsWith('.json') && !relative.slice(12).includes('/')) {
			const source = json(file);
			if (source) annotationFiles.push(source);
		} else if (relative === 'claims.json') claimsFile = json(file);
		// The articles' checksums (README): for sha256sum -c, not for the model.
		else if (relative !== 'articles/SHA256SUMS') unread.push(file);
	}
	for (const file of unread) {
		problems.push({
			file: file.path,
			path: [],
			severity: 'warning',
			message: 'is not read: a case holds case.json, articles/*.txt, annotations/<article id>.json and claims.json'
		});
	}

	const caseFile = json(caseJson);
	if (!caseFile) return { problems, unavailable: new Set(folder ? [folder] : []), suppressed: 0 };
	const result = validateCase({
		caseFile,
		folder,
		articleTexts,
		articlePath: (name) => `${base}articles/${name}`,
		annotationFiles,
		claimsFile,
		categories
	});
	return { ...result, problems: [...problems, ...result.problems].map((p) => index.locate(p)) };
}

/** Without a case.json, the folder the other files share (for the message's path). */
function commonFolder(files: readonly TextFile[]): string {
	const first = files[0]?.path ?? '';
	const folder = first.includes('/') ? first.slice(0, first.lastIndexOf('/') + 1) : '';
	return folder.replace(/(articles|annotations)\/$/, '');
}
