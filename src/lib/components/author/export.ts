// The editor's two exports: the zip of the case folder and its lesson (for a clone of the project)
// and the case file (for any copy of Sidelight, "Open a case" on the course map).
//
// TODO(lead, at merge): engineer "share" writes both (src/lib/sharing/case-zip.ts `draftToZip`,
// `zipFileName`; src/lib/sharing/case-file.ts `writeCaseFile`). Replace the two bodies below with:
//     return { fileName: zipFileName(draft.case.id), bytes: draftToZip(draft) };
//     return writeCaseFile(draft, categories);
// Until then they write the same files in the same envelope (format, version, files), without the
// content hash that share's case file carries.
import { zipSync, type Zippable } from 'fflate';
import { draftToFiles, type CaseDraft } from '../../authoring/files/draft.js';
import { isError, type Problem } from '../../content/problems.js';
import type { Category } from '../../content/types.js';
import { checkDraft } from '../../authoring/edit/validate-draft.js';

export function exportZip(draft: CaseDraft): { fileName: string; bytes: Uint8Array } {
	const encoder = new TextEncoder();
	const entries: Zippable = {};
	for (const file of draftToFiles(draft)) entries[file.path] = [encoder.encode(file.text), { mtime: new Date(1980, 0, 1) }];
	return { fileName: `${draft.case.id}-case.zip`, bytes: zipSync(entries, { level: 9 }) };
}

/** The case file, or no text and the problems that stop it (a case file is only written for a case that validates). */
export function exportCaseFile(
	draft: CaseDraft,
	categories: readonly Category[]
): { fileName: string; text?: string; problems: Problem[] } {
	const fileName = `${draft.case.id}.sidelight-case.json`;
	const { problems } = checkDraft(draft, categories);
	if (problems.some(isError)) return { fileName, problems };
	const data = { format: 'sidelight-case', version: 1, files: draftToFiles(draft) };
	return { fileName, text: `${JSON.stringify(data, null, '\t')}\n`, problems };
}

/** Saves bytes as a file from the page (a Blob behind a temporary link; works from file:// too). */
export function downloadBytes(fileName: string, bytes: Uint8Array, type: string): void {
	const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
	const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
