// Loads the build's readers (the script _app/readers.js, see src/lib/sharing/readers-entry.ts) the
// first time a case file is opened or a draft validated, as a classic script like the cases' data
// files (src/lib/app/classic-script.ts). Only the type comes from the entry module, so none of the
// readers' code is in the first load.
import type { Readers } from '../sharing/readers-entry.js';
import { READERS_FILE, READERS_GLOBAL } from '../sharing/readers-file.js';
import { loadClassicScript, SCRIPT_TIMEOUT_MS, ScriptLoadError } from './classic-script.js';

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

async function injectReaders(): Promise<Readers> {
	const found = (): Readers | undefined => (globalThis as Record<string, unknown>)[READERS_GLOBAL] as Readers | undefined;
	const failed = (why: string) =>
		new ReadersLoadError(
			`Sidelight could not load ${READERS_FILE}, the part that checks case files (${why}). Make sure the whole Sidelight folder was copied, then reload the page.`
		);
	if (!found()) {
		try {
			await loadClassicScript(READERS_FILE);
		} catch (error) {
			const timedOut = error instanceof ScriptLoadError && error.reason === 'timeout';
			throw failed(
				timedOut ? `it took more than ${SCRIPT_TIMEOUT_MS / 1000} seconds` : 'the file is missing or could not be read'
			);
		}
	}
	const readers = found();
	if (!readers) throw failed('the file is there but is not the readers script');
	return readers;
}
