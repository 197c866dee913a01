// A Vite plugin that turns lessons/ into the library: the index the app carries
// (`virtual:sidelight/content`: categories, glossary, shelf, the course, one entry per case) and
// one data file per case (cases/<id>.js, a classic script: see src/lib/library/build-library.ts),
// emitted in the client build and served by the dev server. The service worker's build gets the
// data files' names (`virtual:sidelight/case-files`) to precache them.
// In hash-router mode nothing is prerendered, so this is where a content error can stop
// `vite build`: loadContent throws, and Vite prints our message naming file, line and field.
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { loadContent } from './load-content.js';
import { ContentError } from '../lib/content/problems.js';
import { buildLibrary, caseScript, type BuiltLibrary } from '../lib/library/build-library.js';

const INDEX_ID = 'virtual:sidelight/content';
const CASE_FILES_ID = 'virtual:sidelight/case-files';
const RESOLVED = new Map([INDEX_ID, CASE_FILES_ID].map((id) => [id, '\0' + id]));

export function sidelightContent(): Plugin {
	let root = process.cwd();
	let built: BuiltLibrary | undefined;
	/** Loaded once per build (the client, server and service-worker builds share it), again after an edit in dev. */
	const library = (): BuiltLibrary => (built ??= buildLibrary(loadContent({ cwd: root })));
	const withContentErrors = <T>(context: { error(message: string): never }, make: () => T): T => {
		try {
			return make();
		} catch (error) {
			if (error instanceof ContentError) context.error(error.message);
			throw error;
		}
	};
	return {
		name: 'sidelight-content',
		configResolved(config) {
			root = config.root;
		},
		resolveId(id) {
			return RESOLVED.get(id);
		},
		load(id) {
			if (id === RESOLVED.get(INDEX_ID)) {
				// No addWatchFile(lessons/) here: in `vite dev` Vite 8 takes a watched folder for an import of
				// the virtual module and fails to resolve it; configureServer below watches lessons/ instead.
				// A plain object literal: measured against JSON.parse('…') on the 10,000-annotation case, it
				// rendered faster here (1.17 s against 1.28 s; the escaped string is 5% larger).
				return withContentErrors(this, () => `export default ${JSON.stringify(library().index)};`);
			}
			if (id === RESOLVED.get(CASE_FILES_ID)) {
				return withContentErrors(this, () => `export default ${JSON.stringify(library().bundles.map((b) => b.entry.file))};`);
			}
			return undefined;
		},
		generateBundle() {
			if (this.environment?.name !== 'client') return;
			for (const { entry, bundle } of withContentErrors(this, library).bundles) {
				this.emitFile({ type: 'asset', fileName: entry.file!, source: caseScript(entry.id, bundle) });
			}
		},
		configureServer(server) {
			server.watcher.add(`${root}/lessons`);
			const reload = (file: string) => {
				if (relative(root, file).startsWith('lessons') && !file.endsWith('.md')) {
					built = undefined;
					const module = server.moduleGraph.getModuleById(RESOLVED.get(INDEX_ID)!);
					if (module) server.moduleGraph.invalidateModule(module);
					server.ws.send({ type: 'full-reload' });
				}
			};
			server.watcher.on('change', reload).on('add', reload).on('unlink', reload);
			// The same data files in `vite dev` as in the build, from memory.
			server.middlewares.use((request, response, next) => {
				const path = decodeURIComponent((request.url ?? '').split('?')[0]);
				const found = path.startsWith('/cases/') ? library().bundles.find((b) => `/${b.entry.file}` === path) : undefined;
				if (!found) return next();
				response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
				response.setHeader('Cache-Control', 'no-cache');
				response.end(caseScript(found.entry.id, found.bundle));
			});
		}
	};
}
