// Every route of the built site, visited in turn at desktop width: each renders, passes axe in the
// light theme and the system's dark one, does not scroll sideways, requests nothing outside the
// build (the fixture fails the test otherwise) and has no inline event handlers; and the build
// ships no file that nothing loads. (At phone width: design.test.ts.)
import { expect, expectNoAxeViolations, expectNoContrastViolations, test } from './fixtures.js';
import { everyRoute } from './course-content.js';
import { unreferencedFiles } from '../../src/build/stray-files.js';

for (const route of everyRoute) {
	test(`${route} renders, passes axe in light and dark, does not scroll sideways, and has no inline event handlers`, async ({
		page
	}) => {
		if (route.startsWith('/lessons/')) test.slow(); // axe over a whole lesson, twice: a minute on a busy machine
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto(`./#${route}`);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expectNoAxeViolations(page);
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
		).toBeLessThanOrEqual(0);
		// The dark theme follows the system's setting: the same page, its colours changed.
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('dark');
		await expectNoContrastViolations(page);
		const inline = await page.evaluate(() =>
			[...document.querySelectorAll('*')].flatMap((el) =>
				[...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`)
			)
		);
		expect(inline).toEqual([]);
		expect(errors).toEqual([]);
	});
}

test('the build ships no file that no page or script names', () => {
	expect(unreferencedFiles('build')).toEqual([]);
});

test('served by npm start, the site sends the security headers a meta tag cannot', async ({ page }) => {
	test.skip(!!process.env.PW_BASE_URL, 'the headers come from vite preview (src/build/security-headers.ts)');
	const response = await page.goto('./');
	const headers = response!.headers();
	expect(headers['content-security-policy']).toBe("frame-ancestors 'none'");
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('no-referrer');
});
