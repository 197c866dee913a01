// Loads the build's readers (the script _app/readers.js, see src/lib/sharing/readers-entry.ts) the
// first time a case file is opened or a draft validated, by injecting a classic script like the
// cases' data files (src/lib/app/case-script.ts): from file:// that is what loads, and the meta
// CSP's script-src 'self' allows it. Only the type comes from the entry module, so none of the
// readers' code is in the first load.
import type { Readers } from '../sharing/readers-entry.js';
import { READERS_FILE, READERS_GLOBAL } from '../sharing/readers-file.js';

/** As for a case's data file: a USB stick or a slow school server can take a while, longer is broken. */
const TIMEOUT_MS = 15_000;

export class ReadersLoadError extends Error {}

let loading: Promise<Readers> | undefined;

/** The readers, loaded once; a failed load is forgotten so that the next call tries again. */
export function loadReaders(): Promise<Readers> {
	loading ??= injectReaders().catch((error: unknown) => {
		loading = undefined;
		throw error;
	});
	return loading;
}

function injectReaders(): Promise<Readers> {
	const found = (): Readers | undefined => (globalThis as Record<string, unknown>)[READERS_GLOBAL] as Readers | undefined;
	const already = found();
	if (already) return Promise.resolve(already);
	const failed = (why: string) =>
		new ReadersLoadError(
			`Sidelight could not load ${READERS_FILE}, the part that checks case files (${why}). Make sure the whole Sidelight folder was copied, then reload the page.`
		);
	return new Promise((resolve, reject) => {
		const script = document.createElement('script');
		const done = () => {
			clearTimeout(timer);
			script.remove();
		};
		script.onload = () => {
			done();
			const readers = found();
			if (readers) resolve(readers);
			else reject(failed('the file is there but is not the readers script'));
		};
		script.onerror = () => {
			done();
			reject(failed('the file is missing or could not be read'));
		};
		const timer = setTimeout(() => {
			done();
			reject(failed(`it took more than ${TIMEOUT_MS / 1000} seconds`));
		}, TIMEOUT_MS);
		script.src = new URL(READERS_FILE, document.baseURI).href;
		document.head.append(script);
	});
}
