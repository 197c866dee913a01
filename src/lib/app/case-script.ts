// Loads a built-in case's data file (cases/<id>.js, written by the build) as a classic script
// (src/lib/app/classic-script.ts). The file calls self.sidelightCase(id, bundle).
import { CaseLoadError } from '../library/case-cache.js';
import type { CaseBundle, CaseEntry } from '../library/types.js';
import { loadClassicScript, ScriptLoadError } from './classic-script.js';

declare global {
	interface Window {
		sidelightCase?: (id: string, bundle: CaseBundle) => void;
	}
}

const arrived = new Map<string, CaseBundle>();
/** The id the most recent data file named, to tell a renamed or swapped file from a missing one. */
let lastArrived: string | undefined;

export async function loadCaseScript(entry: Pick<CaseEntry, 'id' | 'file'>): Promise<CaseBundle> {
	const file = entry.file ?? `cases/${entry.id}.js`;
	window.sidelightCase ??= (id, bundle) => {
		arrived.set(id, bundle);
		lastArrived = id;
	};
	lastArrived = undefined;
	try {
		await loadClassicScript(file);
	} catch (error) {
		const reason = error instanceof ScriptLoadError ? error.reason : 'missing';
		throw new CaseLoadError({ reason, id: entry.id, file });
	}
	const bundle = arrived.get(entry.id);
	if (bundle) return bundle;
	if (lastArrived) throw new CaseLoadError({ reason: 'wrong-id', id: entry.id, file, found: lastArrived });
	throw new CaseLoadError({ reason: 'missing', id: entry.id, file });
}
