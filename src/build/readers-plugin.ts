// A Vite plugin that bundles the build's readers (src/lib/sharing/readers-entry.ts: readCase,
// readCourse, the case-file reader, their validators and the `yaml` package) as one classic script,
// _app/readers.js, that sets the global `sidelightReaders`. The app loads it on demand
// (src/lib/app/readers.ts), so the first load does not carry code only opening a case file or the
// editor needs. Emitted in the client build and served by the dev server; the service worker
// precaches it by name (src/lib/sharing/readers-file.ts), and the packages take it with build/.
// Rolldown (what Vite 8 bundles with) makes an IIFE; a module script would not run from file://.
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import type { Plugin } from 'vite';
import { READERS_FILE, READERS_GLOBAL } from '../lib/sharing/readers-file.js';

const ENTRY = fileURLToPath(new URL('../lib/sharing/readers-entry.ts', import.meta.url));

/** The readers script's text. */
export async function bundleReaders({ minify = true } = {}): Promise<string> {
	const result = await build({
		input: ENTRY,
		platform: 'browser',
		write: false,
		logLevel: 'warn',
		resolve: { extensionAlias: { '.js': ['.ts', '.js'] } },
		output: { format: 'iife', name: READERS_GLOBAL, minify, codeSplitting: false }
	});
	const [chunk, ...rest] = result.output;
	if (rest.some((o) => o.type === 'chunk') || chunk.type !== 'chunk') throw new Error(`${READERS_FILE}: expected one script`);
	return chunk.code;
}

export function sidelightReaders(): Plugin {
	return {
		name: 'sidelight-readers',
		async generateBundle() {
			if (this.environment?.name !== 'client') return;
			this.emitFile({ type: 'asset', fileName: READERS_FILE, source: await bundleReaders() });
		},
		configureServer(server) {
			// Bundled afresh on each request in `vite dev`, so an edit to a reader shows on the next load.
			server.middlewares.use((request, response, next) => {
				const path = (request.url ?? '').split('?')[0];
				if (path !== `/${READERS_FILE}`) return next();
				bundleReaders({ minify: false }).then(
					(code) => {
						response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
						response.setHeader('Cache-Control', 'no-cache');
						response.end(code);
					},
					(error: unknown) => next(error)
				);
			});
		}
	};
}
