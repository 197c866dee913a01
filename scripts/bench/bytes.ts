// Bytes: what a classroom downloads (or copies to a USB stick) against what the course itself is.
// Every size is the sum of each file gzipped on its own at level 9 (node:zlib), the way a static
// server sends them; the course's own content, gzipped the same way, is the floor no build can beat.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { unreferencedFiles } from '../../src/build/stray-files.js';

export interface Size {
	raw: number;
	gzip: number;
}

export interface FileSize extends Size {
	path: string;
}

export interface BuildBytes {
	files: FileSize[];
	total: Size;
	/** The app's JavaScript, inlined in index.html (the inline bundle strategy). */
	inlineJs: Size;
	/** JavaScript files of their own: the service worker, and any chunk not inlined. */
	jsFiles: Size;
	/** All JavaScript: inline and in files. */
	js: Size;
	/** The CSS inlined in index.html. */
	inlineCss: Size;
	/** All CSS: inline and in files. */
	css: Size;
	/** Files whose name appears in no HTML or JavaScript file of the build: shipped, never loaded. */
	unreferenced: string[];
}

export interface ContentKind extends Size {
	kind: string;
	files: number;
}

export interface ContentBytes {
	kinds: ContentKind[];
	total: Size & { files: number };
}

export function sizeOf(data: string | Buffer): Size {
	const buffer = typeof data === 'string' ? Buffer.from(data) : data;
	return { raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length };
}

function add(a: Size, b: Size): Size {
	return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip };
}

export function filesUnder(dir: string): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir).sort()) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) out.push(...filesUnder(path));
		else out.push(path);
	}
	return out;
}

/** The contents of every inline <script> or <style> in an HTML file. */
function inlineBlocks(html: string, tag: 'script' | 'style'): string[] {
	const pattern = new RegExp(`<${tag}\\b(?![^>]*\\bsrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'g');
	return [...html.matchAll(pattern)].map((m) => m[1]).filter((block) => block.trim());
}

export function measureBuild(buildDir: string): BuildBytes {
	const files = filesUnder(buildDir).map((path) => ({ path: relative(buildDir, path), ...sizeOf(readFileSync(path)) }));
	const total = files.reduce<Size>((sum, f) => add(sum, f), { raw: 0, gzip: 0 });
	const html = readFileSync(join(buildDir, 'index.html'), 'utf8');
	const inlineJs = inlineBlocks(html, 'script').map(sizeOf).reduce(add, { raw: 0, gzip: 0 });
	const inlineCss = inlineBlocks(html, 'style').map(sizeOf).reduce(add, { raw: 0, gzip: 0 });
	const zero = { raw: 0, gzip: 0 };
	const jsFiles = files.filter((f) => /\.m?js$/.test(f.path)).reduce<Size>(add, zero);
	const cssFiles = files.filter((f) => f.path.endsWith('.css')).reduce<Size>(add, zero);
	const unreferenced = unreferencedFiles(buildDir);
	return { files, total, inlineJs, jsFiles, js: add(inlineJs, jsFiles), inlineCss, css: add(inlineCss, cssFiles), unreferenced };
}

/** Which kind of course content a file under lessons/ is, or undefined for files that are not shipped. */
function contentKind(path: string): string | undefined {
	if (path === 'categories.json') return 'categories.json';
	if (/^cases\/[^/]+\/case\.json$/.test(path)) return 'case.json';
	if (/^cases\/[^/]+\/articles\/[^/]+\.txt$/.test(path)) return 'articles (.txt)';
	if (/^cases\/[^/]+\/annotations\/[^/]+\.json$/.test(path)) return 'annotations (.json)';
	if (/^cases\/[^/]+\/claims\.json$/.test(path)) return 'claims.json';
	if (/^course\/[^/]+\/lesson\.md$/.test(path)) return 'lessons (.md)';
	if (/^course\/[^/]+\/exercises\.json$/.test(path)) return 'exercises (.json)';
	return undefined;
}

export function measureContent(lessonsDir: string): ContentBytes {
	const byKind = new Map<string, ContentKind>();
	for (const path of filesUnder(lessonsDir)) {
		const kind = contentKind(relative(lessonsDir, path));
		if (!kind) continue;
		const entry = byKind.get(kind) ?? { kind, files: 0, raw: 0, gzip: 0 };
		const size = sizeOf(readFileSync(path));
		byKind.set(kind, { ...entry, files: entry.files + 1, raw: entry.raw + size.raw, gzip: entry.gzip + size.gzip });
	}
	const kinds = [...byKind.values()];
	const total = kinds.reduce((sum, k) => ({ files: sum.files + k.files, ...add(sum, k) }), { files: 0, raw: 0, gzip: 0 });
	return { kinds, total };
}
