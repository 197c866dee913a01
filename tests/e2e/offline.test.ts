// Offline after one visit over http(s) on localhost: the service worker answers reloads,
// navigation and deep links with the network gone.
import { CASE, expect, test } from './fixtures.js';

test('keeps working offline after one visit: reload, navigation and deep links', async ({ page, context }) => {
	await page.goto('./');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.reload(); // now controlled by the service worker
	await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidelight');
	await page.getByRole('link', { name: /five reports of one figure/ }).click();
	await expect(page.locator('article[data-article]')).toHaveCount(5);

	const deep = await context.newPage();
	await deep.goto(`./#/cases/${CASE}/claims`);
	await expect(deep.getByRole('table')).toBeVisible();
	await context.setOffline(false);
});
