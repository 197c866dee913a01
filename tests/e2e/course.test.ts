// The course map and the build as a whole: every page passes axe, and nothing is requested from
// outside the build (the fixture fails any test whose page does).
import { CASE, expect, expectNoAxeViolations, test } from './fixtures.js';

test('the course map leads to the side-by-side view', async ({ page }) => {
	await page.goto('./');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidelight');
	await expectNoAxeViolations(page);
	await page.getByRole('link', { name: /five reports of one figure/ }).click();
	await expect(page).toHaveURL(new RegExp(`#/cases/${CASE}$`));
	await expect(page.locator('article[data-article]')).toHaveCount(5);
});

test('an unknown case says so', async ({ page }) => {
	await page.goto('./#/cases/nope');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
	await expect(page.getByText('There is no case called "nope".')).toBeVisible();
});

test('the page forbids scripts and connections from other origins (Content-Security-Policy)', async ({ page }) => {
	await page.goto('./');
	const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	expect(policy).toMatch(/default-src 'self'/);
	expect(policy).toMatch(/script-src 'self' 'sha256-/);
	expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
	expect(policy).toMatch(/connect-src 'self'/);
});
