// No page's first load carries the case editor, the teacher area, the student's case and lesson
// pages or the exercise types' logic: they are parts of the app loaded on demand
// (src/build/parts-plugin.ts) as _app/parts/<name>.js, from file:// too.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageFiles, readBuild } from '../../scripts/package-contents.js';
import { PARTS, partFile } from '../../src/lib/parts/part-files.js';
import { scormPackageFiles } from '../../src/lib/scorm/package-files.js';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';

const read = (path: string) => readFileSync(resolve('build', path), 'utf8');

/** The parts the page asks for from now on, by path, in the order asked. */
function partsRequested(page: Page): string[] {
	const parts: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('/_app/parts/')) parts.push(new URL(r.url()).pathname);
	});
	return parts;
}

test('the first load holds none of the editor’s, the teacher area’s, the case views’ or the lessons’ text; their parts do', () => {
	const index = read('index.html');
	for (const [file, marks] of [
		['_app/parts/author.js', ['Case and articles', 'Untitled case']],
		['_app/parts/teacher.js', ['Download for an LMS', 'Import results']],
		[
			'_app/parts/student.js',
			['A headline is a short promise', 'how well does this article support what it says', 'Download the annotations']
		],
		['_app/parts/exercises.js', ['is not a right item']]
	] as const) {
		for (const mark of marks) {
			expect(index, mark).not.toContain(mark);
			expect(read(file), mark).toContain(mark);
		}
	}
});

test('the course map loads no part; the teacher area loads its part once for all its pages (and the gradebook the exercises’ logic)', async ({
	page
}) => {
	const parts = partsRequested(page);
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	expect(parts).toEqual([]);
	await page.goto('/#/teacher');
	await expect(page.getByRole('heading', { name: 'Teacher area', level: 1 })).toBeVisible();
	await page
		.getByRole('link', { name: /Build an assignment/ })
		.first()
		.click();
	await expect(page.getByRole('heading', { name: 'Build an assignment', level: 1 })).toBeVisible();
	await page
		.getByRole('link', { name: /gradebook/i })
		.first()
		.click();
	await expect(page.getByRole('heading', { name: 'Gradebook', level: 1 })).toBeVisible();
	// The gradebook opens the course's cases, for their keys: the code that opens a case comes with them.
	await expect.poll(() => [...parts].sort()).toEqual(['/_app/parts/exercises.js', '/_app/parts/teacher.js']);
});

test('a lesson loads the student’s pages and the exercises’ logic once, for every page after it', async ({ page }) => {
	const parts = partsRequested(page);
	await page.goto('/');
	await page
		.getByRole('link', { name: /Meeting the five articles/ })
		.first()
		.click();
	await expect(page.getByRole('heading', { level: 2, name: /^Step 1 of/ })).toBeVisible();
	await page.getByRole('link', { name: 'Course map' }).first().click();
	await page
		.getByRole('link', { name: /Loaded questions and emotive language/ })
		.first()
		.click();
	await expect(page).toHaveURL(/#\/lessons\/loaded-questions/);
	await expect(page.getByRole('heading', { level: 2, name: /^Step 1 of/ })).toBeVisible();
	await page.getByRole('link', { name: 'Course map' }).first().click();
	await page.locator('a[href="#/cases/ukraine-55000"]').first().click();
	await expect(page.locator('mark[data-annotations]').first()).toBeVisible();
	expect(parts.sort()).toEqual(['/_app/parts/exercises.js', '/_app/parts/student.js']);
});

test('pointing at a case on the course map starts loading its page’s code, before the click', async ({ page }) => {
	const parts = partsRequested(page);
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	expect(parts).toEqual([]);
	await page.locator('a[href="#/cases/ukraine-55000"]').first().hover();
	await expect.poll(() => [...parts].sort()).toEqual(['/_app/parts/exercises.js', '/_app/parts/student.js']);
	await expect(page).not.toHaveURL(/#\/cases\//);
});

test('from file://, the editor and the teacher area open from the folder', async ({ page }) => {
	const index = pathToFileURL(resolve('build/index.html')).href;
	await page.goto(`${index}#/author`);
	await expect(page.getByRole('heading', { name: 'Case editor', level: 1 })).toBeVisible();
	await page.goto(`${index}#/teacher/gradebook`);
	await expect(page.getByRole('heading', { name: 'Gradebook', level: 1 })).toBeVisible();
});

test('a part that cannot be loaded says what to do, and Try again loads it', async ({ browser, baseURL }) => {
	// No service worker: it would fetch the script itself, past the page's routes.
	const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
	const page = await context.newPage();
	await page.route('**/_app/parts/author.js', (route) => route.abort());
	await page.goto('/#/author');
	const alert = page.getByRole('alert').filter({ hasText: 'could not open the case editor' });
	await expect(alert).toContainText('_app/parts/author.js');
	await expect(alert).toContainText('whole Sidelight folder');
	await page.unroute('**/_app/parts/author.js');
	await alert.getByRole('button', { name: 'Try again' }).click();
	await expect(page.getByRole('heading', { name: 'Case editor', level: 1 })).toBeVisible();
	await context.close();
});

test('the classroom package and the SCORM package carry the parts as built', () => {
	const build = readBuild('build');
	const scorm = scormPackageFiles(build, { identifier: 'sidelight-parts', title: 'Sidelight', config: { masteryScore: 70 } });
	for (const name of PARTS) {
		const script = build.get(partFile(name));
		expect(script, name).toBeDefined();
		expect(packageFiles(build).get(partFile(name)), name).toEqual(script);
		expect(scorm.get(partFile(name)), name).toEqual(script);
	}
});

test('offline after one visit, the teacher area still opens: the service worker keeps its part', async ({ page, context }) => {
	await page.goto('/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.reload(); // now controlled by the service worker
	await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
	await context.setOffline(true);
	await page.goto('/#/teacher/gradebook');
	await expect(page.getByRole('heading', { name: 'Gradebook', level: 1 })).toBeVisible();
	await context.setOffline(false);
});
