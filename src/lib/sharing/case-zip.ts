// The zip of a case for the project: its case folder and lesson folder at the paths they have in
// a clone (lessons/cases/<id>/…, lessons/course/<folder>/…), so unzipping at the top of a clone
// adds the case, and `npm run check:content` and `npm run build` take it unchanged.
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { draftToFiles, type CaseDraft } from '../authoring/files/draft.js';
import type { TextFile } from '../content/read-case.js';

/** The zip epoch: every entry gets the same date, so the same draft always gives the same bytes. */
const FIXED_DATE = new Date(1980, 0, 1);

export function draftToZip(draft: CaseDraft): Uint8Array {
	return filesToZip(draftToFiles(draft));
}

export function filesToZip(files: readonly TextFile[]): Uint8Array {
	const encoder = new TextEncoder();
	const entries: Zippable = {};
	for (const file of files) entries[file.path] = [encoder.encode(file.text), { mtime: FIXED_DATE }];
	return zipSync(entries, { level: 9 });
}

/** The text files in a zip (for tests, and for opening a zip where a case file is expected). */
export function zipToFiles(bytes: Uint8Array): TextFile[] {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	return Object.entries(unzipSync(bytes))
		.filter(([path]) => !path.endsWith('/'))
		.map(([path, data]) => ({ path, text: decoder.decode(data) }));
}

export function zipFileName(caseId: string): string {
	return `${caseId}-case.zip`;
}
