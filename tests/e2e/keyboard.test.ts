// The case view and a mark exercise from the keyboard and as a screen reader gets them (Chromium's
// accessibility tree, through ariaSnapshot and accessible names): a few Tab presses to any article,
// arrows inside one, highlights named by their words and categories, the explanation panel beside
// its passage and never over it on a phone, and marking half a sentence without a mouse.
import type { Page } from '@playwright/test';
import { CASE, expect, expectNoAxeViolations, test } from './fixtures.js';
import { exercisesOf, lessonFolders, slugOf } from './course-content.js';

const focusedMark = (page: Page) =>
	page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		return el?.tagName === 'MARK'
			? { article: el.closest('article')?.dataset.article, name: el.getAttribute('aria-label') }
			: null;
	});

/** The names of the highlights of one article, in reading order, from the accessibility tree. */
async function highlightNames(page: Page, article: string): Promise<string[]> {
	const snapshot = await page.locator(`article[data-article="${article}"] .text`).ariaSnapshot();
	return [...snapshot.matchAll(/- button "((?:[^"\\]|\\.)*)"/g)].map((m) => m[1].replace(/\\"/g, '"'));
}

test.describe('the case view on a wide screen', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto(`./#/cases/${CASE}`);
		await expect(page.locator('article[data-article]')).toHaveCount(5);
	});

	test('the first highlight of the last article is at most 15 Tab presses from the top of the page', async ({ page }) => {
		const toolbar = page.getByRole('toolbar', { name: 'Jump to article' });
		let tabs = 0;
		while (tabs < 40 && !(await toolbar.evaluate((el) => el.contains(document.activeElement)))) {
			await page.keyboard.press('Tab');
			tabs++;
		}
		await page.keyboard.press('End');
		await expect(toolbar.getByRole('button', { name: 'Article E' })).toBeFocused();
		await page.keyboard.press('Enter');
		const last = page.locator('article[data-article]').last();
		const lastId = await last.getAttribute('data-article');
		const first = last.locator('mark[role="button"]').first();
		await expect(first).toBeFocused();
		expect((await focusedMark(page))?.article).toBe(lastId);
		console.log(`Tab presses to article E's first highlight: ${tabs} (then End and Enter)`);
		expect(tabs).toBeLessThanOrEqual(15);
	});

	test('each article is one Tab stop; the arrows, Home and End move between its highlights', async ({ page }) => {
		for (const article of await page.locator('article[data-article]').all()) {
			await expect(article.locator('mark[tabindex="0"]')).toHaveCount(1);
		}
		const a = page.locator('article[data-article]').first();
		const marks = a.locator('mark[role="button"]');
		const count = await marks.count();
		expect(count).toBeGreaterThan(3);
		await marks.first().focus();
		await page.keyboard.press('ArrowRight');
		await expect(marks.nth(1)).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(marks.nth(2)).toBeFocused();
		await page.keyboard.press('ArrowLeft');
		await expect(marks.nth(1)).toBeFocused();
		await page.keyboard.press('End');
		await expect(marks.nth(count - 1)).toBeFocused();
		await page.keyboard.press('Home');
		await expect(marks.first()).toBeFocused();
		await page.keyboard.press('ArrowUp');
		await expect(marks.first()).toBeFocused();
		// The Tab stop follows: leaving and coming back lands on the highlight last visited.
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Shift+Tab');
		await expect(marks.nth(1)).toBeFocused();
		await expect(a.locator('mark[tabindex="0"]')).toHaveCount(1);
	});

	test('the arrows skip the highlights of a category switched off, and Tab finds the next article', async ({ page }) => {
		const a = page.locator('article[data-article]').first();
		const marks = a.locator('mark[role="button"]');
		const all = await marks.count();
		await page.getByRole('checkbox', { name: /^Sourced reporting/ }).uncheck();
		await expect(a.locator('mark[data-off]').first()).toBeAttached();
		const shown = await marks.count();
		expect(shown).toBeLessThan(all);
		await marks.first().focus();
		const visited = [(await focusedMark(page))!.name];
		for (let i = 1; i < shown + 2; i++) {
			await page.keyboard.press('ArrowRight');
			visited.push((await focusedMark(page))!.name);
		}
		// Every stop once, then End stays at the last: no hidden passage in between.
		expect(new Set(visited).size).toBe(shown);
		expect(visited.filter((name) => name!.includes('Sourced reporting'))).toEqual([]);
		await page.keyboard.press('Tab');
		const next = await focusedMark(page);
		expect(next?.article).toBe(await page.locator('article[data-article]').nth(1).getAttribute('data-article'));
		expect(next?.name).not.toContain('Sourced reporting');
	});

	test('every highlight is named by its words and its categories, never "?" or "." alone', async ({ page }) => {
		const all: string[] = [];
		for (const article of await page.locator('article[data-article]').all()) {
			all.push(...(await highlightNames(page, (await article.getAttribute('data-article'))!)));
		}
		expect(all.length).toBeGreaterThan(100);
		for (const name of all) expect(name, name).toMatch(/^.*[\p{L}\p{N}].* — \p{Lu}[^—]+$/u);
		expect(all).toContainEqual(expect.stringMatching(/ — Loaded question$/));
		// Two annotations on the same words: one highlight, both categories, with a pause between them.
		expect(all).toContainEqual(expect.stringMatching(/ — [^;]+; [^;]+$/));
		const buttons = await page.getByRole('button').evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText.trim()));
		expect(buttons.filter((text) => /^[?.,;:!]$/.test(text))).toEqual([]);
		await expect(page.locator('mark[aria-pressed], mark[aria-expanded]')).toHaveCount(0);
	});

	test('the explanation opens beside its passage, Previous and Next in sight, and Escape returns to the highlight', async ({
		page
	}) => {
		test.slow(); // axe over five articles and the panel
		const mark = page.locator('article[data-article]').nth(1).locator('mark[role="button"]').nth(2);
		await mark.focus();
		await page.keyboard.press('Enter');
		const panel = page.locator('[data-annotation-panel]');
		await expect(panel.locator('.annotation-heading')).toBeFocused();
		await expect(mark).toHaveAttribute('aria-current', 'true');
		await expect(mark).toHaveAttribute('aria-controls', (await panel.getAttribute('id'))!);
		const [box, panelBox] = [await mark.boundingBox(), await panel.boundingBox()];
		// Beside: the panel's top is on the same screen as the passage, not thousands of pixels below.
		expect(panelBox!.y).toBeLessThan(900);
		expect(box!.x + box!.width <= panelBox!.x || box!.x >= panelBox!.x + panelBox!.width).toBe(true);
		await expect(panel.getByRole('button', { name: /^Previous/ })).toBeInViewport();
		await expect(panel.getByRole('button', { name: /^Next/ })).toBeInViewport();
		await expectNoAxeViolations(page);
		await page.keyboard.press('Escape');
		await expect(panel).toHaveCount(0);
		await expect(mark).toBeFocused();
	});
});

test.describe('the case view on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('an article starts on the first screen: the introduction and the legend fold away', async ({ page }) => {
		await page.goto(`./#/cases/${CASE}`);
		const text = page.getByRole('tabpanel').locator('.text');
		await expect(text).toBeVisible();
		expect((await text.boundingBox())!.y).toBeLessThan(844);
		await expect(page.getByText('Highlights:', { exact: false })).toBeVisible();
		await expect(page.getByRole('checkbox').first()).toBeHidden();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	});

	test('the explanation sheet never covers the passage that was tapped', async ({ page }) => {
		test.slow(); // three taps, then axe
		await page.goto(`./#/cases/${CASE}`);
		const marks = page.getByRole('tabpanel').locator('mark[role="button"]');
		for (const index of [2, 9, 16]) {
			const mark = marks.nth(index);
			await mark.scrollIntoViewIfNeeded();
			// Put the passage low on the screen, where a sheet would cover it.
			const y = (await mark.boundingBox())!.y;
			await page.evaluate((by) => window.scrollBy(0, by), y - 700);
			await mark.tap();
			const sheet = page.locator('[data-annotation-panel]');
			await expect(sheet).toBeVisible();
			await expect(sheet.getByRole('button', { name: /^Next/ })).toBeInViewport();
			await expect
				.poll(async () => {
					const [passage, panel] = [await mark.boundingBox(), await sheet.boundingBox()];
					return passage!.y + passage!.height <= panel!.y && passage!.y >= 0;
				})
				.toBe(true);
		}
		await expectNoAxeViolations(page);
	});

	test('the claims table scrolls inside its own labelled region, not the page', async ({ page }) => {
		await page.goto(`./#/cases/${CASE}/claims`);
		await expect(page.getByRole('region', { name: 'Claims table' })).toBeVisible();
		expect(await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth])).toEqual([390, 390]);
	});
});

test('a keyboard user marks only the loaded half of a question, and hears each mark and the part left unmarked', async ({
	page
}) => {
	test.slow(); // axe over a whole lesson page
	const folder = lessonFolders.find((f) => f.startsWith('02-'))!;
	const exercise = exercisesOf(folder).find((e) => e.type === 'mark')!;
	await page.goto(`./#/lessons/${slugOf(folder)}?exercise=${exercise.id}`);
	const root = page.locator(`[data-exercise="${exercise.id}"]`);
	const listbox = root.getByRole('listbox');
	// Every text the live region shows, in order, so an emptied region between two messages can be seen.
	await root.evaluate((el) => {
		const region = el.querySelector('[aria-live]')!;
		const seen: string[] = ((window as unknown as { announced: string[] }).announced = []);
		new MutationObserver(() => seen.push(region.textContent ?? '')).observe(region, {
			childList: true,
			characterData: true,
			subtree: true
		});
	});
	const announced = () => page.evaluate(() => (window as unknown as { announced: string[] }).announced.filter(Boolean));
	await listbox.focus();
	const activeText = () =>
		listbox.evaluate((el) => document.getElementById(el.getAttribute('aria-activedescendant')!)?.textContent ?? '');
	for (let i = 0; i < 80 && !(await activeText()).startsWith('Who is counting'); i++) await page.keyboard.press('ArrowDown');
	expect(await activeText()).toBe('Who is counting, and who benefits from the silence?');

	for (let i = 0; i < 4; i++) await page.keyboard.press('Control+Shift+ArrowRight');
	await expect.poll(async () => (await announced()).at(-1)).toBe('To mark: who benefits from the silence?');
	await page.keyboard.press('Space');
	await expect
		.poll(async () => (await announced()).at(-1))
		.toBe('Marked: who benefits from the silence? — the clause is partly marked');
	await expect(root.getByRole('listitem').filter({ hasText: 'who benefits from the silence?' })).toHaveCount(1);
	await expect(root.getByRole('listitem').filter({ hasText: 'Who is counting' })).toHaveCount(0);
	const option = listbox.getByRole('option', { name: /Who is counting/ });
	await expect(option).toHaveAccessibleDescription('partly marked');
	await expect(option).toHaveAttribute('aria-selected', 'false');

	// The same message twice is read twice: the region is emptied in between.
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Space');
	await page.keyboard.press('Space');
	await page.keyboard.press('Space');
	await expect.poll(async () => (await announced()).length).toBeGreaterThanOrEqual(5);
	const log = await page.evaluate(() => (window as unknown as { announced: string[] }).announced);
	const marked = log.map((t, i) => [t, i] as const).filter(([t]) => t.startsWith('Marked: ') && !t.includes('silence'));
	expect(marked.length).toBe(2);
	expect(log.slice(marked[0][1] + 1, marked[1][1])).toContain('');
	await expectNoAxeViolations(page);
});
