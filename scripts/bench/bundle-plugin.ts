// A Vite plugin that records which modules make up the client bundle. With the inline bundle
// strategy Kit pastes the one client chunk into index.html and deletes it, so there is no file or
// source map left to analyse afterwards; this reads the chunk's module list while it is rendered.
import { writeFileSync } from 'node:fs';
import type { Plugin } from 'vite';

export interface BundleModule {
	id: string;
	/** Length of the module's code as rendered into the chunk, before minification. */
	rendered: number;
	/** That code gzipped on its own: a rough weight, since the chunk is minified and gzipped as a whole. */
	gzip: number;
}

export function bundleAnalyzer(outFile: string): Plugin {
	return {
		name: 'sidelight-bench-bundle-analyzer',
		apply: 'build',
		async generateBundle(_options, bundle) {
			// Only the browser's bundle: not Kit's server build (it exists even for a static site) nor the service worker.
			if (this.environment?.name !== 'client') return;
			const { gzipSync } = await import('node:zlib');
			const modules: BundleModule[] = [];
			for (const output of Object.values(bundle)) {
				if (output.type !== 'chunk') continue;
				for (const [id, info] of Object.entries(output.modules)) {
					const code = info.code ?? '';
					modules.push({ id, rendered: info.renderedLength, gzip: code ? gzipSync(code, { level: 9 }).length : 0 });
				}
			}
			writeFileSync(outFile, JSON.stringify(modules));
		}
	};
}
