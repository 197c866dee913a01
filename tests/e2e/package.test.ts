// The classroom package as a teacher gets it: `npm run package`'s zip, unzipped into a new folder
// and opened by double-clicking index.html (file://), with every file matching its checksum.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { FOLDER, packageFiles, readBuild, sha256, zipPackage } from '../../scripts/package-contents.js';
import { expect, test } from './fixtures.js';

function unzipInto(zip: Uint8Array): string {
	const dir = mkdtempSync(join(tmpdir(), 'sidelight-package-'));
	for (const [name, data] of Object.entries(unzipSync(zip))) {
		mkdirSync(dirname(join(dir, name)), { recursive: true });
		writeFileSync(join(dir, name), data);
	}
	return join(dir, FOLDER);
}

test('the unzipped package checks out and opens from its folder', async ({ page }) => {
	const folder = unzipInto(zipPackage(packageFiles(readBuild('build')), new Date()));

	const sums = readFileSync(join(folder, 'SHA256SUMS'), 'utf8').trim().split('\n');
	for (const line of sums) {
		const [sum, name] = line.split('  ');
		expect(sha256(readFileSync(join(folder, name))), name).toBe(sum);
	}

	const errors: string[] = [];
	const outside: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('request', (r) => {
		if (!r.url().startsWith(pathToFileURL(folder).href + '/') && !/^(data|blob):/.test(r.url())) outside.push(r.url());
	});
	await page.goto(pathToFileURL(join(folder, 'index.html')).href);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidelight');
	await page.getByRole('link', { name: /five reports of one figure/ }).click();
	await expect(page.locator('article[data-article]')).toHaveCount(5);
	expect(errors).toEqual([]);
	expect(outside, 'requests outside the package folder').toEqual([]);
});
