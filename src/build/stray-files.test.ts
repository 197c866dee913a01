import { mkdirSync, mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Adapter, Builder } from '@sveltejs/kit';
import { unreferencedFiles, withoutStrayStylesheets } from './stray-files.js';

function site(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'sidelight-build-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}

const BUILD = {
	'index.html': '<link rel="icon" href="./favicon.svg"><script>fetch("_app/version.json")</script>',
	'favicon.svg': '<svg/>',
	'_app/version.json': '{}',
	'_app/immutable/assets/style.abc.css': 'p{}',
	'_app/immutable/assets/photo.png': 'png',
	'service-worker.js': 'self'
};

describe('unreferencedFiles', () => {
	it('lists the files no HTML or JavaScript names, and never HTML pages', () => {
		expect(unreferencedFiles(site(BUILD))).toEqual([
			'_app/immutable/assets/photo.png',
			'_app/immutable/assets/style.abc.css',
			'service-worker.js'
		]);
	});
});

describe('withoutStrayStylesheets', () => {
	it('runs the adapter, then deletes only the stylesheets nothing loads', async () => {
		const dir = site(BUILD);
		const logged: string[] = [];
		const builder = { log: { minor: (m: string) => logged.push(m) } } as unknown as Builder;
		let adapted = false;
		const inner: Adapter = { name: 'inner', adapt: () => void (adapted = true) };

		await withoutStrayStylesheets(inner, dir).adapt(builder);

		expect(adapted).toBe(true);
		expect(existsSync(join(dir, '_app/immutable/assets/style.abc.css'))).toBe(false);
		expect(existsSync(join(dir, '_app/immutable/assets/photo.png'))).toBe(true);
		expect(existsSync(join(dir, 'service-worker.js'))).toBe(true);
		expect(existsSync(join(dir, '_app/immutable/assets'))).toBe(true);
		expect(logged).toEqual([expect.stringContaining('_app/immutable/assets/style.abc.css')]);
	});

	it('removes the folders a stray stylesheet leaves empty, and nothing above them', async () => {
		const dir = site({ 'index.html': '<p>', '_app/version.json': '{}', '_app/immutable/assets/style.abc.css': 'p{}' });
		const builder = { log: { minor: () => {} } } as unknown as Builder;
		await withoutStrayStylesheets({ name: 'inner', adapt: () => {} }, dir).adapt(builder);
		expect(existsSync(join(dir, '_app/immutable'))).toBe(false);
		expect(existsSync(join(dir, '_app/version.json'))).toBe(true);
	});
});
