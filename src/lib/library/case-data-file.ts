// A built-in case's data file: where it sits and what it holds. Apart from build-library.ts, which
// resolves every exercise's key, so the app can write a case's file again (an LMS package) without
// carrying the exercise types' logic in its first load.
import type { CaseBundle } from './types.js';

/** The data file of a built-in case, relative to the site's folder. */
export function caseFileName(id: string): string {
	return `cases/${id}.js`;
}

/**
 * A case's data file: a classic script, because from file:// a script element loads where fetch
 * and module scripts are refused (STACK.md), and the meta CSP's script-src 'self' allows it. It
 * hands its data to the callback the loader sets (src/lib/app/case-script.ts).
 */
export function caseScript(id: string, bundle: CaseBundle): string {
	return `self.sidelightCase?.(${JSON.stringify(id)}, ${JSON.stringify(bundle)});\n`;
}
