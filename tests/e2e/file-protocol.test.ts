// The build opened straight from disk, as from a USB stick: no server at all.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CASE, expect, test } from './fixtures.js';

const index = pathToFileURL(resolve('build/index.html')).href;
const folder = pathToFileURL(resolve('build')).href + '/';

test('the build works from file://: course, side by side, claims, back and reload', async ({ page }) => {
	const outside: string[] = [];
	page.on('request', (r) => {
		if (!r.url().startsWith(folder) && !r.url().startsWith('data:')) outside.push(r.url());
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
});
