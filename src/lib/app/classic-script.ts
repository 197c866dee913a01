// Loads one of the build's own files as a classic <script>: from file:// that is what loads (fetch
// and module scripts are refused; STACK.md), and the meta CSP's script-src 'self' allows it. The
// cases' data files, the readers and the parts of the app loaded on demand all come this way.

/** A USB stick or a slow school server can take a while; longer than this, something is wrong. */
export const SCRIPT_TIMEOUT_MS = 15_000;

export type ScriptFailure = 'missing' | 'timeout';

export class ScriptLoadError extends Error {
	constructor(
		readonly file: string,
		readonly reason: ScriptFailure
	) {
		super(
			`${file}: ${reason === 'missing' ? 'the file is missing or could not be read' : `no answer in ${SCRIPT_TIMEOUT_MS / 1000} seconds`}`
		);
	}
}

/** Runs `file` (relative to index.html's folder) once; resolves when it has run. */
export function loadClassicScript(file: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const script = document.createElement('script');
		const done = () => {
			clearTimeout(timer);
			script.remove();
		};
		script.onload = () => {
			done();
			resolve();
		};
		script.onerror = () => {
			done();
			reject(new ScriptLoadError(file, 'missing'));
		};
		const timer = setTimeout(() => {
			done();
			reject(new ScriptLoadError(file, 'timeout'));
		}, SCRIPT_TIMEOUT_MS);
		script.src = new URL(file, document.baseURI).href;
		document.head.append(script);
	});
}
