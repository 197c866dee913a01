// The editor's two exports, written by the sharing module: the zip of the case folder and its
// lesson (for a clone of the project) and the case file (for any copy of Sidelight, "Open a case"
// on the course map), and a way to save bytes from the page.
import type { CaseDraft } from '../../authoring/files/draft.js';
import type { Problem } from '../../content/problems.js';
import type { Category } from '../../content/types.js';
import { loadReaders } from '../../app/readers.js';
import { draftToZip, zipFileName } from '../../sharing/case-zip.js';

export function exportZip(draft: CaseDraft): { fileName: string; bytes: Uint8Array } {
	return { fileName: zipFileName(draft.case.id), bytes: draftToZip(draft) };
}

/** The case file, or no text and the problems that stop it (a case file is only written for a case that validates). */
export async function exportCaseFile(
	draft: CaseDraft,
	categories: readonly Category[]
): Promise<{ fileName: string; text?: string; problems: Problem[] }> {
	return (await loadReaders()).writeCaseFile(draft, categories);
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
