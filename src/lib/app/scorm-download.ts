// "Download for an LMS" in the assignment builder: the SCORM package for one assignment, made in
// the teacher's browser from the site's own files. Over http(s) the page fetches them (index.html
// holds the whole app); from file:// a page cannot fetch its own files (STACK.md), so the teacher
// picks this folder's index.html instead, which works offline too.
import { SITE_FILES, zipScormPackage } from '../scorm/zip-package.js';
import { scormPackageFiles } from '../scorm/package-files.js';
import type { Assignment } from '../assignments/types.js';
import { caseFileName } from '../library/case-data-file.js';

export const canFetchOwnFiles = () => location.protocol === 'http:' || location.protocol === 'https:';

/** The site's files, fetched beside the page; index.html is required, the others are skipped when absent. */
export async function fetchSiteFiles(): Promise<Map<string, Uint8Array>> {
	const files = new Map<string, Uint8Array>();
	for (const path of SITE_FILES) {
		const response = await fetch(new URL(path, location.href.split('#')[0]), { cache: 'no-cache' });
		if (response.ok) files.set(path, new Uint8Array(await response.arrayBuffer()));
		else if (path === 'index.html') throw new Error(`could not read this site's index.html (${response.status})`);
	}
	return files;
}

/** The site's files from what the teacher picked (this folder's index.html, and favicon.svg if they picked it). */
export async function pickedSiteFiles(picked: FileList | File[]): Promise<Map<string, Uint8Array>> {
	const files = new Map<string, Uint8Array>();
	for (const file of picked) if (SITE_FILES.includes(file.name)) files.set(file.name, new Uint8Array(await file.arrayBuffer()));
	if (!files.has('index.html')) throw new Error('choose the index.html file of this Sidelight folder');
	if (!new TextDecoder().decode(files.get('index.html')).includes('Sidelight'))
		throw new Error('that index.html is not Sidelight’s');
	return files;
}

export function assignmentPackage(
	site: ReadonlyMap<string, Uint8Array>,
	assignment: Assignment,
	code: string,
	masteryScore: number | null
): Uint8Array {
	const files = scormPackageFiles(site, {
		identifier: `sidelight-assignment-${assignment.id}`,
		title: assignment.title,
		config: {
			masteryScore,
			assignment: { code, id: assignment.id },
			// An added case's data file is in the package too (the builder writes it): the page adds it at start.
			...(assignment.case
				? {
						addedCase: {
							id: assignment.case.id,
							file: caseFileName(assignment.case.id),
							contentHash: assignment.case.contentHash
						}
					}
				: {})
		}
	});
	return zipScormPackage(files, new Date());
}

export const assignmentPackageName = (assignment: Assignment) => `sidelight-scorm-${assignment.id}.zip`;

export function downloadBytes(filename: string, bytes: Uint8Array, type = 'application/zip'): void {
	const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
	const link = Object.assign(document.createElement('a'), { href: url, download: filename });
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
