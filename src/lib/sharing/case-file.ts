// The case file: one JSON file (<id>.sidelight-case.json) that any copy of Sidelight opens from the
// course map, holding exactly the files draftToFiles writes (the folder format), so the browser
// validates it with the build's own readers. The contentHash says which version of the case it is;
// assignment codes for an added case carry it.
import { draftToFiles, filesToDraft, type CaseDraft } from '../authoring/files/draft.js';
import { isError, type JsonPath, type Problem } from '../content/problems.js';
import type { TextFile } from '../content/read-case.js';
import { parseJsonSource } from '../content/source.js';
import type { Category } from '../content/types.js';
import type { ValidatedBundle } from './bundle.js';
import { caseContentHash, CONTENT_HASH_PATTERN } from './content-hash.js';
import { readCaseFiles } from './read-files.js';

export const CASE_FILE_FORMAT = 'sidelight-case';
export const CASE_FILE_VERSION = 1;
export const CASE_FILE_SUFFIX = '.sidelight-case.json';

export interface CaseFileData {
	format: typeof CASE_FILE_FORMAT;
	version: typeof CASE_FILE_VERSION;
	files: TextFile[];
	contentHash: string;
}

/** A validated added case, with its fingerprint. */
export interface AddedCaseBundle extends ValidatedBundle {
	contentHash: string;
}

export function caseFileName(caseId: string): string {
	return `${caseId}${CASE_FILE_SUFFIX}`;
}

/**
 * The case file of a draft, or no text and the problems that stop it: a case file is only written
 * for a case that validates, since its contentHash is that of the validated case.
 */
export function writeCaseFile(
	draft: CaseDraft,
	categories: readonly Category[]
): { fileName: string; text?: string; problems: Problem[] } {
	const files = draftToFiles(draft);
	const reading = readCaseFiles(files, categories);
	const fileName = caseFileName(draft.case.id);
	if (!reading.bundle) return { fileName, problems: reading.problems };
	const data: CaseFileData = {
		format: CASE_FILE_FORMAT,
		version: CASE_FILE_VERSION,
		files,
		contentHash: caseContentHash(reading.bundle)
	};
	return { fileName, text: `${JSON.stringify(data, null, '\t')}\n`, problems: reading.problems };
}

/** Where a case file may put its files: the case folder and lesson folders of lessons/, nothing else. */
const SAFE_PATH =
	/^lessons\/(cases\/[a-z0-9]+(-[a-z0-9]+)*\/(case\.json|claims\.json|articles\/[^/]+|annotations\/[^/]+\.json)|course\/[^/]+\/(lesson\.md|exercises\.json))$/;

/** A case file's envelope read: its files, or the problems with it, each naming the case file, line and field. */
function readEnvelope(
	text: string,
	fileName: string
):
	| { files: TextFile[]; data: Partial<CaseFileData>; problem: (path: JsonPath, message: string) => Problem }
	| { problems: Problem[] } {
	const parsed = parseJsonSource(fileName, text);
	if ('problem' in parsed) return { problems: [parsed.problem] };
	const problem = (path: JsonPath, message: string): Problem => {
		const at = parsed.source.locate(path);
		return { file: fileName, path, severity: 'error', message, ...(at ? { line: at.line, offset: at.offset } : {}) };
	};
	const data = parsed.source.data as Partial<CaseFileData> | null;
	if (!data || typeof data !== 'object' || data.format !== CASE_FILE_FORMAT)
		return { problems: [problem(['format'], `is not a Sidelight case file (it should have "format": "${CASE_FILE_FORMAT}")`)] };
	if (data.version !== CASE_FILE_VERSION)
		return {
			problems: [
				problem(
					['version'],
					typeof data.version === 'number' && data.version > CASE_FILE_VERSION
						? `was written by a newer Sidelight (case file version ${data.version}); update this copy to open it`
						: `version should be ${CASE_FILE_VERSION}`
				)
			]
		};
	if (!Array.isArray(data.files)) return { problems: [problem(['files'], 'files should be a list of { path, text }')] };
	const problems: Problem[] = [];
	const files: TextFile[] = [];
	data.files.forEach((file: unknown, i) => {
		const f = file as Partial<TextFile> | null;
		if (!f || typeof f.path !== 'string' || typeof f.text !== 'string')
			problems.push(problem(['files', i], 'each file should be { "path": "…", "text": "…" }'));
		else if (!SAFE_PATH.test(f.path) || f.path.split('/').includes('..'))
			problems.push(
				problem(['files', i, 'path'], `"${f.path}" is not a path of a case folder or a lesson folder under lessons/`)
			);
		else files.push({ path: f.path, text: f.text });
	});
	return problems.length ? { problems } : { files, data, problem };
}

/**
 * Reads a case file with the build's readers: the validated case, or the problems, each naming the
 * file (the case file itself for its envelope; the folder path inside it otherwise), line and field.
 */
export function readCaseFile(
	text: string,
	categories: readonly Category[],
	fileName = 'the case file'
): { bundle?: AddedCaseBundle; problems: Problem[] } {
	const envelope = readEnvelope(text, fileName);
	if ('problems' in envelope) return envelope;
	const { files, data, problem } = envelope;
	const problems: Problem[] = [];
	const reading = readCaseFiles(files, categories);
	problems.push(...reading.problems);
	if (!reading.bundle || problems.some(isError)) return { problems };
	const contentHash = caseContentHash(reading.bundle);
	if (typeof data.contentHash !== 'string' || !CONTENT_HASH_PATTERN.test(data.contentHash))
		problems.push({
			...problem(['contentHash'], `contentHash should be 8 hex digits; this case's is ${contentHash}`),
			severity: 'warning'
		});
	else if (data.contentHash !== contentHash)
		problems.push({
			...problem(
				['contentHash'],
				`the files were changed after the case file was written (contentHash ${data.contentHash}, now ${contentHash}): assignments made for the old version will not match`
			),
			severity: 'warning'
		});
	return { bundle: { ...reading.bundle, contentHash }, problems };
}

/** A case file opened in the case editor: its files as a draft to go on editing (validated as the editor shows it). */
export function caseFileDraft(text: string, fileName = 'the case file'): { draft?: CaseDraft; problems: Problem[] } {
	const envelope = readEnvelope(text, fileName);
	return 'problems' in envelope ? envelope : filesToDraft(envelope.files);
}
