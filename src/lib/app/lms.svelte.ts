// Sidelight inside an LMS: when the page is a SCORM package (index.html carries the sidelight-lms
// meta tag) and the LMS's API is found, resume from what the LMS kept, report every check to it,
// and finish the session when the page goes away. Anywhere else (the normal site, a package opened
// outside an LMS) this does nothing and the page works exactly as usual. It touches the progress
// store only through its public methods (get, reset, check, state). This module is what every page
// needs (is this a package, what to tell the student); the session itself, with the SCORM runtime
// and the result encoding, is lms-session.svelte.ts, in the student's part loaded on demand.
import { LMS_META, parseLmsConfig, type LmsConfig } from '../scorm/course-package.js';

/** What the page tells the student about the LMS connection. */
export const lms = $state({
	connected: false,
	/** Problems the student must hear about: answers the LMS could not keep, refused writes, unreadable saves. */
	warnings: [] as string[]
});

/** Reads the package's config; null on the normal site. */
export function packageConfig(): LmsConfig | null {
	if (typeof document === 'undefined') return null;
	const meta = document.querySelector<HTMLMetaElement>(`meta[name="${LMS_META}"]`);
	if (!meta) return null;
	try {
		return parseLmsConfig(meta.content);
	} catch (error) {
		lms.warnings = [`This package is damaged, so nothing is sent to the LMS: ${(error as Error).message}.`];
		return null;
	}
}

export function isLmsPackage(): boolean {
	return typeof document !== 'undefined' && document.querySelector(`meta[name="${LMS_META}"]`) !== null;
}
