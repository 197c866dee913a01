import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FOLDER, packageFiles, sha256, zipPackage } from './package-contents.js';

const build = new Map<string, Uint8Array>([
	['index.html', Buffer.from('<!doctype html><title>Sidelight</title>')],
	['favicon.svg', Buffer.from('<svg/>')],
	['_app/version.json', Buffer.from('{}')]
]);

describe('the classroom package', () => {
	const files = packageFiles(build);

	it('holds the built site, the guide for teachers and the Apache headers', () => {
		expect([...files.keys()].sort()).toEqual(
			['.htaccess', 'SHA256SUMS', 'TEACHERS.md', '_app/version.json', 'favicon.svg', 'index.html'].sort()
		);
		const guide = Buffer.from(files.get('TEACHERS.md')!).toString();
		expect(guide).toMatch(/double-click `index.html`/);
		expect(guide).toMatch(/https:\/\/` address or from `localhost`/);
		expect(guide).toContain("`Content-Security-Policy: frame-ancestors 'none'`");
	});

	it('lists a correct checksum for every other file, as sha256sum -c reads them', () => {
		const lines = Buffer.from(files.get('SHA256SUMS')!).toString().trim().split('\n');
		const listed = new Map(lines.map((line) => [line.slice(66), line.slice(0, 64)]));
		expect([...listed.keys()].sort()).toEqual([...files.keys()].filter((name) => name !== 'SHA256SUMS').sort());
		for (const [name, sum] of listed) expect(sum, name).toBe(sha256(files.get(name)!));
		expect(lines.every((line) => /^[0-9a-f]{64} {2}\S/.test(line))).toBe(true);
	});

	it('zips everything under one folder, and the same files on the same date give the same zip', () => {
		const date = new Date('2026-11-25T00:00:00Z');
		const zip = zipPackage(files, date);
		const unzipped = unzipSync(zip);
		expect(Object.keys(unzipped).sort()).toEqual([...files.keys()].map((name) => `${FOLDER}/${name}`).sort());
		expect(Buffer.from(unzipped[`${FOLDER}/index.html`]).toString()).toContain('<title>Sidelight</title>');
		expect(sha256(zipPackage(packageFiles(build), date))).toBe(sha256(zip));
	});
});
