// The build opened straight from disk, as from a USB stick: no server at all. Every view works,
// progress is saved, and nothing is requested from outside the build folder.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { CASE, expect, test } from './fixtures.js';
import { answerLesson4Number } from './course-content.js';

const index = pathToFileURL(resolve('build/index.html')).href;
const folder = pathToFileURL(resolve('build')).href + '/';

function watchRequests(page: Page) {
	const outside: string[] = [];
	page.on('request', (r) => {
		if (!r.url().startsWith(folder) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) outside.push(r.url());
	});
	return outside;
}

test('from file://: course, side by side, claims, back and reload, with nothing in the console', async ({ page }) => {
	const outside = watchRequests(page);
	const consoleErrors: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error' || m.type() === 'warning') consoleErrors.push(m.text());
	});
	await page.goto(index);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidelight');
	await page.getByRole('link', { name: /five reports of one figure/ }).click();
	await expect(page.locator('article[data-article]')).toHaveCount(5);
	await page.locator(`mark[data-categories~="sourced"]`).first().click();
	await expect(page.locator('[data-annotation-panel] .annotation-heading')).toBeVisible();
	await page
		.getByRole('main')
		.getByRole('link', { name: /Claims table/ })
		.click();
	await expect(page.getByRole('table')).toBeVisible();
	await page.goBack();
	await expect(page).toHaveURL(new RegExp(`#/cases/${CASE}$`));
	await page.reload();
	await expect(page.locator('article[data-article]')).toHaveCount(5);
	expect(outside).toEqual([]);
	expect(consoleErrors).toEqual([]);
});

test('from file://: a lesson’s exercises save progress across a reload', async ({ page }) => {
	const outside = watchRequests(page);
	const { root } = await answerLesson4Number(page, index);
	await page.reload();
	await expect(root.getByRole('status')).toContainText('All correct!');
	await page.goto(index);
	await expect(page.getByRole('progressbar', { name: /Progress in Numbers/ })).toHaveAttribute('value', '1');
	expect(outside).toEqual([]);
});

test('from file://: the teacher area, the assignment builder and the gradebook', async ({ page }) => {
	const outside = watchRequests(page);
	await page.goto(`${index}#/teacher`);
	await expect(page.locator('[data-exercise-key]').first()).toBeVisible();
	await page.getByRole('link', { name: 'Build an assignment' }).click();
	await page.getByLabel('Title', { exact: true }).fill('From a USB stick');
	await page.getByRole('checkbox', { name: /Lesson 1:/ }).check();
	await page.getByRole('button', { name: 'Create assignment' }).click();
	await expect(page.getByRole('textbox', { name: 'Assignment code' })).toHaveValue(/^SLA2-[0-9A-Z ]{1,40}$/);
	await expect(page.getByText('the link only works on this computer')).toBeVisible();
	await page.getByRole('main').getByRole('link', { name: 'gradebook' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gradebook');
	await expect(page.getByRole('combobox', { name: 'Show results for' })).toContainText('From a USB stick');
	await page.reload(); // the assignment is saved in this browser, not only held in the page
	await expect(page.getByRole('combobox', { name: 'Show results for' })).toContainText('From a USB stick');
	expect(outside).toEqual([]);
});
