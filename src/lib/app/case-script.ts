// Loads a built-in case's data file (cases/<id>.js, written by the build) by injecting a classic
// script: from file:// that is what loads (fetch and module scripts are refused; STACK.md), and the
// meta CSP's script-src 'self' allows it. The file calls self.sidelightCase(id, bundle).
import { CaseLoadError } from '../library/case-cache.js';
import type { CaseBundle, CaseEntry } from '../library/types.js';

/** A USB stick or a slow school server can take a while; longer than this, something is wrong. */
const TIMEOUT_MS = 15_000;

declare global {
	interface Window {
		sidelightCase?: (id: string, bundle: CaseBundle) => void;
	}
}

const arrived = new Map<string, CaseBundle>();
/** The id the most recent data file named, to tell a renamed or swapped file from a missing one. */
let lastArrived: string | undefined;

export function loadCaseScript(entry: CaseEntry): Promise<CaseBundle> {
	const file = entry.file ?? `cases/${entry.id}.js`;
	window.sidelightCase ??= (id, bundle) => {
		arrived.set(id, bundle);
		lastArrived = id;
	};
	return new Promise((resolve, reject) => {
		const script = document.createElement('script');
		const done = () => {
			clearTimeout(timer);
			script.remove();
		};
		script.onload = () => {
			done();
			const bundle = arrived.get(entry.id);
			if (bundle) resolve(bundle);
			else if (lastArrived) reject(new CaseLoadError({ reason: 'wrong-id', id: entry.id, file, found: lastArrived }));
			else reject(new CaseLoadError({ reason: 'missing', id: entry.id, file }));
		};
		script.onerror = () => {
			done();
			reject(new CaseLoadError({ reason: 'missing', id: entry.id, file }));
		};
		const timer = setTimeout(() => {
			done();
			reject(new CaseLoadError({ reason: 'timeout', id: entry.id, file }));
		}, TIMEOUT_MS);
		lastArrived = undefined;
		script.src = new URL(file, document.baseURI).href;
		document.head.append(script);
	});
}
