// The SCORM package as a zip, the same from the command (scripts/package-scorm.ts) and from the
// assignment builder in the browser. fflate: small, dependency-free, works in both; the files sit
// at the zip's root, as LMSs and Kolibri expect, each dated `mtime` so the same files give the same zip.
import { zipSync, type Zippable } from 'fflate';

export function zipScormPackage(files: ReadonlyMap<string, Uint8Array>, mtime: Date): Uint8Array {
	const entries: Zippable = {};
	for (const name of [...files.keys()].sort()) entries[name] = [files.get(name)!, { mtime }];
	return zipSync(entries, { level: 9 });
}

/** The site files a package needs that the browser can fetch over http: the page, and what Kit puts beside it. */
export const SITE_FILES = ['index.html', 'favicon.svg', '_app/version.json'];
