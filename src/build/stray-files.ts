// Files in the built site that nothing loads, and an adapter wrapper that removes stray stylesheets.
//
// Why: with `bundleStrategy: 'inline'`, Kit 3.2 inlines the app's stylesheet into index.html and deletes
// the client build's copy, but then copies the server build's copy of the same stylesheet (hashed
// differently, so Kit does not recognise it) into the client output: kit/src/exports/vite/build/index.js,
// where server assets are copied unless listed in the server manifest's `css`. Nothing names the file,
// so it is 4.5 KB gzipped that every classroom downloads and no browser ever requests.
import { readFileSync, readdirSync, rmSync, rmdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from '@sveltejs/kit';

/** Paths (relative to `dir`, with `/`) of files that no HTML or JavaScript file of the build names. */
export function unreferencedFiles(dir: string): string[] {
	const files = readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1).replaceAll('\\', '/'))
		.sort();
	const code = files
		.filter((path) => /\.(html|m?js)$/.test(path))
		.map((path) => readFileSync(join(dir, path), 'utf8'))
		.join('\n');
	return files.filter((path) => !path.endsWith('.html') && !code.includes(basename(path)));
}

/**
 * The adapter, followed by deleting stylesheets nobody loads from `dir` (the adapter's output folder).
 * Only stylesheets: an unreferenced image or font could still be named by content, so it stays.
 */
export function withoutStrayStylesheets(adapter: Adapter, dir: string): Adapter {
	return {
		...adapter,
		async adapt(builder) {
			await adapter.adapt(builder);
			for (const path of unreferencedFiles(dir).filter((p) => p.endsWith('.css'))) {
				rmSync(join(dir, path));
				removeEmptyFolders(dir, dirname(path));
				builder.log.minor(`Removed ${path}: its styles are inlined in index.html and nothing loads it.`);
			}
		}
	};
}

/** Removes `folder` (relative to `dir`) and its parents up to `dir`, as long as they are empty. */
function removeEmptyFolders(dir: string, folder: string): void {
	for (let current = folder; current !== '.' && readdirSync(join(dir, current)).length === 0; current = dirname(current)) {
		rmdirSync(join(dir, current));
	}
}
