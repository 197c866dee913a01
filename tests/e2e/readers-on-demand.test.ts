// The first load is the course map a class opens every lesson: it must not carry the build's
// readers (readCase, readCourse, the case-file reader, the `yaml` package), which only opening a
// case file or the editor needs. They arrive as _app/readers.js when a case file is opened.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { packageFiles, readBuild } from '../../scripts/package-contents.js';
import { scormPackageFiles } from '../../src/lib/scorm/package-files.js';
import { expect, test } from './fixtures.js';

const READERS_MARKER = 'sidelight-readers-script';
const CASE_FILE = 'src/lib/golden/flood-reports.sidelight-case.json';

test('the first load holds none of the readers’ code, and the readers script holds it', () => {
	const index = readFileSync(resolve('build/index.html'), 'utf8');
	const readers = readFileSync(resolve('build/_app/readers.js'), 'utf8');
	for (const mark of [READERS_MARKER, 'YAMLParseError']) {
		expect(index, mark).not.toContain(mark);
		expect(readers, mark).toContain(mark);
	}
});

test('the course map loads no readers until a case file is opened, then loads them once', async ({ page }) => {
	const loaded: string[] = [];
	page.on('request', (r) => {
		if (r.url().endsWith('/_app/readers.js')) loaded.push(r.url());
	});
	await page.goto('/');
	await expect(page.getByLabel('Open a case file')).toBeVisible();
	expect(loaded).toEqual([]);
	await page.getByLabel('Open a case file').setInputFiles(CASE_FILE);
	await expect(page.getByRole('status').filter({ hasText: 'Added Two reports of a river flood.' })).toBeVisible();
	await page.getByLabel('Open a case file').setInputFiles(CASE_FILE);
	await expect(page.getByRole('status').filter({ hasText: 'Two reports of a river flood' })).toBeVisible();
	expect(loaded).toHaveLength(1);
});

test('a missing readers script refuses the case file with a message that says what to do', async ({ browser, baseURL }) => {
	// No service worker: it would fetch the script itself, past the page's routes.
	const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
	const page = await context.newPage();
	await page.route('**/_app/readers.js', (route) => route.abort());
	await page.goto('/');
	await page.getByLabel('Open a case file').setInputFiles(CASE_FILE);
	await expect(page.getByText(/could not load _app\/readers\.js.*copied/)).toBeVisible();
	await expect(page.getByRole('list', { name: 'Added cases' })).toHaveCount(0);
	await context.close();
});

test('offline after one visit, a case file still opens: the service worker keeps the readers script', async ({
	page,
	context
}) => {
	await page.goto('/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.reload(); // now controlled by the service worker
	await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
	await context.setOffline(true);
	await page.reload();
	await page.getByLabel('Open a case file').setInputFiles(CASE_FILE);
	await expect(page.getByRole('status').filter({ hasText: 'Added Two reports of a river flood.' })).toBeVisible();
	await context.setOffline(false);
});

test('the classroom package and the SCORM package carry the readers script as built', () => {
	const build = readBuild('build');
	const script = build.get('_app/readers.js');
	expect(script).toBeDefined();
	expect(packageFiles(build).get('_app/readers.js')).toEqual(script);
	const scorm = scormPackageFiles(build, { identifier: 'sidelight-readers', title: 'Sidelight', config: { masteryScore: 70 } });
	expect(scorm.get('_app/readers.js')).toEqual(script);
});
