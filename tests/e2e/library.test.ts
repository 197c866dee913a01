// Cases are data: the course map carries only the index, and a case view loads exactly its own
// case's data file (cases/<id>.js), over http and from file:// alike. A data file that is missing
// gives a page that names the case and the file and says what to do, never a blank page; its
// Try again asks for the file again, and an added case replaced by a newer file shows the newer
// one without a reload (issue 11).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page, Route } from '@playwright/test';
import { CASE, expect, expectNoAxeViolations, test } from './fixtures.js';

const index = pathToFileURL(resolve('build/index.html')).href;

/** The case data files the page asks for, by file name. */
function watchCaseFiles(page: Page): string[] {
	const files: string[] = [];
	page.on('request', (r) => {
		const match = /\/cases\/([^/?#]+\.js)$/.exec(new URL(r.url()).pathname);
		if (match) files.push(match[1]);
	});
	return files;
}

for (const [where, start] of [
	['over http', './'],
	['from file://', index]
] as const) {
	test(`${where}: the course map loads no case data, and the case view loads exactly its own`, async ({ page }) => {
		const files = watchCaseFiles(page);
		await page.goto(start);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidelight');
		await expect(page.getByRole('link', { name: /five reports of one figure/ })).toBeVisible();
		expect(files).toEqual([]);
		await page.getByRole('link', { name: /five reports of one figure/ }).click();
		await expect(page.locator('article[data-article]')).toHaveCount(5);
		await expect(page.locator('mark[data-annotations]').first()).toBeVisible();
		expect(files).toEqual([`${CASE}.js`]);
		// Back on the course map and into a lesson on the same case: the case is not loaded again.
		await page.goBack();
		await page
			.getByRole('link', { name: /Lesson 1\b/ })
			.last()
			.click();
		// Its exercises are in the data file too (the first one is on a later step of the lesson).
		await expect(page.locator('[data-exercise]').first()).toBeAttached();
		expect(files).toEqual([`${CASE}.js`]);
	});
}

test.describe(() => {
	// The service worker would answer from its cache, which the route below does not reach.
	test.use({ serviceWorkers: 'block' });

	test('a missing case data file gives a page that names the case and the file, and says what to do', async ({ page }) => {
		await page.route(`**/cases/${CASE}.js`, (route) => route.abort());
		await page.goto(`./#/cases/${CASE}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('This case could not be opened');
		await expect(page.getByRole('alert')).toContainText(`its file cases/${CASE}.js is missing`);
		await expect(page.getByRole('link', { name: 'Back to the course map' })).toBeVisible();
		await expectNoAxeViolations(page);
		// A lesson on that case says the same under its own heading, instead of exercises that cannot be scored.
		await page.goto('./#/lessons/meeting-the-articles');
		await expect(page.getByRole('heading', { level: 2, name: 'This case could not be opened' })).toBeVisible();
		await expect(page.locator('[data-exercise]')).toHaveCount(0);
	});

	test('Try again opens a case whose data file was missing, once the file is back, without a reload', async ({ page }) => {
		let missing = true;
		await page.route(`**/cases/${CASE}.js`, (route) => (missing ? route.abort() : route.continue()));
		await page.goto(`./#/cases/${CASE}`);
		await expect(page.getByRole('alert')).toContainText(`its file cases/${CASE}.js is missing`);
		const tryAgain = page.getByRole('button', { name: 'Try again' });
		// Still missing: the page says so again, and the focus stays on Try again.
		await tryAgain.click();
		await expect(page.getByRole('alert')).toContainText(`its file cases/${CASE}.js is missing`);
		await expect(tryAgain).toBeFocused();
		missing = false;
		await page.keyboard.press('Enter');
		await expect(page.locator('article[data-article]')).toHaveCount(5);
		await expect(page.getByRole('alert')).toHaveCount(0);
	});

	test('a case whose data file takes too long says so, and Try again opens it once the file comes', async ({ page }) => {
		await page.clock.install();
		const hung: Route[] = [];
		let awake = false;
		await page.route(`**/cases/${CASE}.js`, (route) => {
			// A stick that does not answer: the request is held; the page gives up after its timeout.
			if (awake) return route.continue();
			hung.push(route);
		});
		await page.goto(`./#/cases/${CASE}`);
		await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toBeVisible();
		await expect.poll(() => hung.length).toBe(1);
		await page.clock.runFor(15_001);
		await expect(page.getByRole('alert')).toContainText('took too long to open');
		await page.getByRole('button', { name: 'Try again' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toBeVisible();
		// The stick wakes up and answers.
		awake = true;
		for (const route of hung) await route.continue();
		await expect(page.locator('article[data-article]')).toHaveCount(5);
		await expect(page.getByRole('alert')).toHaveCount(0);
	});
});

test('opening a newer file of an added case shows the newer version at once, with no reload', async ({ page }) => {
	const file = 'src/lib/golden/flood-reports.sidelight-case.json';
	const older = 'A two-sentence report that names who gave each fact.';
	const newer = 'The second report, as revised by its author.';
	await page.goto('/');
	await page.getByLabel('Open a case file').setInputFiles(file);
	await page.getByRole('link', { name: 'Two reports of a river flood' }).first().click();
	await expect(page.getByText(older)).toBeVisible();
	await page.goBack();
	const text = readFileSync(file, 'utf8').replace(older, newer);
	await page
		.getByLabel('Open a case file')
		.setInputFiles({ name: 'flood-reports.sidelight-case.json', mimeType: 'application/json', buffer: Buffer.from(text) });
	await expect(page.getByRole('status').filter({ hasText: /Two reports of a river flood/ })).toBeVisible();
	await page.getByRole('link', { name: 'Two reports of a river flood' }).first().click();
	await expect(page.getByText(newer)).toBeVisible();
	await expect(page.getByText(older)).toHaveCount(0);
});
