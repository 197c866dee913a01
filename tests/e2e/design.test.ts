// The design system as a student meets it on a phone (390 px): no page scrolls sideways, and every
// form control is at least 16 px text (smaller makes phones zoom) and a 44 px target. The pages with
// the most kinds of control pass axe in the switch's dark theme with large text and the reading
// font (every route in the system's dark theme, at 1440 px: every-route.test.ts); the display
// settings work by keyboard and survive a reload; the phone menu works by keyboard; the course map
// guides a first visit.
import type { Page } from '@playwright/test';
import { CASE, expect, expectNoAxeViolations, test } from './fixtures.js';
import { everyRoute, lessonFolders, slugOf } from './course-content.js';

const routes = everyRoute;

/** A full load of the route (never a same-document hash change from the route before). */
async function open(page: Page, route: string) {
	await page.goto('about:blank');
	await page.goto(`./#${route}`);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

const scrollsSideways = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/**
 * Visible form controls smaller than 16 px text or a 44 × 44 px target. A checkbox or radio counts
 * its label as the target; a button inside running text (a glossary word) is exempt, as WCAG 2.5.8
 * exempts inline targets.
 */
const smallControls = (page: Page) =>
	page.evaluate(() => {
		const problems: string[] = [];
		const visible = (el: Element) => {
			const box = el.getBoundingClientRect();
			const style = getComputedStyle(el);
			return box.width > 1 && box.height > 1 && style.visibility !== 'hidden' && !el.closest('[hidden], .visually-hidden');
		};
		for (const el of document.querySelectorAll('button, select, textarea, input')) {
			if (!visible(el) || (el as HTMLInputElement).type === 'hidden') continue;
			const style = getComputedStyle(el);
			const name = `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || (el as HTMLInputElement).name || '').trim().slice(0, 40)}"`;
			if (style.display === 'inline') continue;
			const choice = el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio');
			const target = choice ? (el.closest('label') ?? el) : el;
			const box = target.getBoundingClientRect();
			// Half a pixel of rounding: 2.75 rem is 44 px, but layout may land on 43.99.
			if (box.height < 43.5 || box.width < 43.5) problems.push(`${name}: ${Math.round(box.width)}×${Math.round(box.height)} px`);
			const size = parseFloat(getComputedStyle(choice ? target : el).fontSize);
			if (size < 16) problems.push(`${name}: ${size} px text`);
		}
		return problems;
	});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	// At desktop width, every-route.test.ts checks the same on its visit to each route.
	test('no route scrolls sideways, and no visible form control has text under 16 px or a target under 44 px', async ({
		page
	}) => {
		test.setTimeout(300_000); // 25 full page loads
		const sideways: string[] = [];
		const found: string[] = [];
		for (const route of routes) {
			await open(page, route);
			if (await scrollsSideways(page)) sideways.push(route);
			for (const problem of await smallControls(page)) found.push(`${route} ${problem}`);
		}
		expect(sideways).toEqual([]);
		expect(found).toEqual([]);
	});

	test('the header folds its links behind a Menu button that works by keyboard', async ({ page }) => {
		await open(page, '/');
		const nav = page.getByRole('navigation', { name: 'Main' });
		const menu = nav.getByRole('button', { name: 'Menu' });
		await expect(nav.getByRole('link', { name: 'Glossary' })).toBeHidden();
		const header = await page.locator('header.site').boundingBox();
		expect(header!.height, 'the header is one row').toBeLessThan(80);
		await menu.focus();
		await page.keyboard.press('Enter');
		await expect(menu).toHaveAttribute('aria-expanded', 'true');
		await page.keyboard.press('Tab');
		await expect(nav.getByRole('link', { name: 'Course map' })).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(menu).toBeFocused();
		await expect(nav.getByRole('link', { name: 'Glossary' })).toBeHidden();
		await page.keyboard.press('Enter');
		await nav.getByRole('link', { name: 'Glossary' }).click();
		await expect(page).toHaveURL(/#\/glossary$/);
		await expect(nav.getByRole('link', { name: 'Glossary' })).toBeHidden();
	});
});

// The switch sets the same colours as the system's dark theme (checked on every route by
// every-route.test.ts), so this pass covers the pages with the most kinds of control, where larger
// text and another font could break a layout.
const sampleRoutes = [`/cases/${CASE}`, `/lessons/${slugOf(lessonFolders[1])}`, '/teacher/gradebook'];

test.describe('in the dark theme from the switch, with the largest text and the reading font', () => {
	test.use({ colorScheme: 'light' });
	test.beforeEach(async ({ page }) => {
		await page.addInitScript(() =>
			localStorage.setItem('sidelight-ui', JSON.stringify({ theme: 'dark', textSize: '130', font: 'reading' }))
		);
	});
	for (const route of sampleRoutes) {
		test(`${route} passes axe`, async ({ page }) => {
			if (route.startsWith('/lessons/')) test.slow(); // axe over a whole lesson: a minute on a busy machine
			await open(page, route);
			await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
			await expect(page.locator('html')).toHaveAttribute('data-font', 'reading');
			expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('20.8px');
			await expectNoAxeViolations(page);
		});
	}
});

test('in large text and the reading font on the light theme, the course and a lesson pass axe', async ({ page }) => {
	await page.addInitScript(() => localStorage.setItem('sidelight-ui', JSON.stringify({ textSize: '115', font: 'reading' })));
	for (const route of ['/', `/lessons/${slugOf(lessonFolders[0])}`]) {
		await open(page, route);
		expect(await page.evaluate(() => document.fonts.check('16px "Atkinson Hyperlegible"'))).toBe(true);
		await expectNoAxeViolations(page);
	}
});

test('the display settings work by keyboard, and the theme survives a reload', async ({ page }) => {
	await open(page, '/');
	const display = page.getByRole('button', { name: 'Display' });
	await display.focus();
	await page.keyboard.press('Enter');
	await expect(display).toHaveAttribute('aria-expanded', 'true');
	await page.keyboard.press('Tab');
	const system = page.getByRole('radio', { name: 'Same as this device' });
	await expect(system).toBeFocused();
	await expect(system).toBeChecked();
	await page.keyboard.press('ArrowDown'); // Light
	await page.keyboard.press('ArrowDown'); // Dark
	await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.keyboard.press('Tab');
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('radio', { name: 'Larger' })).toBeChecked();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Space');
	await expect(page.getByRole('checkbox', { name: 'Easy-to-read font' })).toBeChecked();
	await page.keyboard.press('Escape');
	await expect(display).toBeFocused();
	await expect(display).toHaveAttribute('aria-expanded', 'false');

	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.locator('html')).toHaveAttribute('data-text-size', '115');
	await expect(page.locator('html')).toHaveAttribute('data-font', 'reading');
	const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
	expect(background).toBe('rgb(21, 24, 28)');
	await page.getByRole('button', { name: 'Display' }).click();
	await page.getByRole('radio', { name: 'Same as this device' }).check();
	await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
});

test('the theme is on the page before the app has started (no flash of the other theme)', async ({ page }) => {
	await page.addInitScript(() => {
		localStorage.setItem('sidelight-ui', JSON.stringify({ theme: 'dark' }));
		// Note whether <body> existed when the theme arrived: app.html's boot script runs in <head>.
		new MutationObserver(() => {
			(window as unknown as { themeSetWithBody: boolean }).themeSetWithBody ??= !!document.body;
		}).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-theme'] });
	});
	const blocked: string[] = [];
	page.on('console', (m) => m.type() === 'error' && /Content Security Policy/i.test(m.text()) && blocked.push(m.text()));
	await open(page, '/');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(await page.evaluate(() => (window as unknown as { themeSetWithBody: boolean }).themeSetWithBody)).toBe(false);
	expect(blocked).toEqual([]);
});

test('a first visit to the course map says where to start and where progress is kept, and shows no score', async ({ page }) => {
	await open(page, '/');
	const main = page.getByRole('main');
	await expect(main.getByRole('heading', { name: 'New here? Start with Lesson 1' })).toBeVisible();
	await expect(main.getByText('Your progress is kept in this browser only')).toBeVisible();
	await expect(main.getByText(/score/i)).toHaveCount(0);
	await expect(main.getByText('Not started').first()).toBeVisible();
	await main.getByRole('link', { name: /^Start Lesson 1/ }).click();
	await expect(page).toHaveURL(/#\/lessons\//);
});
