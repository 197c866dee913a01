// Every route of the built site, visited in turn: each renders, passes axe, requests nothing
// outside the build (the fixture fails the test otherwise) and has no inline event handlers;
// and the build ships no file that nothing loads.
import { CASE, expect, expectNoAxeViolations, test } from './fixtures.js';
import { lessonFolders, shelfNotes, slugOf } from './course-content.js';
import { unreferencedFiles } from '../../src/build/stray-files.js';

const routes = [
	'/',
	`/cases/${CASE}`,
	`/cases/${CASE}/claims`,
	...lessonFolders.map((f) => `/lessons/${slugOf(f)}`),
	'/shelf',
	...shelfNotes.map((slug) => `/shelf/${slug}`),
	'/glossary',
	'/teacher',
	'/teacher/assign',
	'/teacher/gradebook',
	'/assignment',
	'/author'
];

for (const route of routes) {
	test(`${route} renders, passes axe and has no inline event handlers`, async ({ page }) => {
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(`./#${route}`);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expectNoAxeViolations(page);
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
