// The side-by-side view as a student uses it: five articles, highlights by category, explanations
// with linked passages, the keyboard alone, a phone, and the claims table.
import { readFileSync } from 'node:fs';
import { CASE, expect, expectNoAxeViolations, test } from './fixtures.js';

const caseDir = `lessons/cases/${CASE}`;
const caseJson = JSON.parse(readFileSync(`${caseDir}/case.json`, 'utf8'));
const articles: { id: string; file: string; label: string }[] = caseJson.articles;

test.beforeEach(async ({ page }) => {
	await page.goto(`./#/cases/${CASE}`);
	await expect(page.locator('article[data-article]')).toHaveCount(5);
});

test('shows the five articles side by side, each exactly as published', async ({ page }) => {
	for (const article of articles) {
		const text = readFileSync(`${caseDir}/articles/${article.file}`, 'utf8');
		const column = page.locator(`article[data-article="${article.id}"]`);
		await expect(column).toBeVisible();
		expect(await column.locator('.text').textContent()).toBe(text);
	}
});

test('highlights loaded questions, unsupported claims and sourced reporting in the articles', async ({ page }) => {
	for (const slug of [
		'loaded-question',
		'unsupported-claim',
		'sourced',
		'vague-attribution',
		'factual-error',
		'artifact',
		'duplicate'
	]) {
		expect(await page.locator(`mark[data-categories~="${slug}"]`).count(), slug).toBeGreaterThan(0);
	}
	const first = page.locator('mark[data-annotations]').first();
	await expect(first).toHaveAttribute('data-annotations', /\S/);
});

test('toggling a category in the legend hides and shows its highlights', async ({ page }) => {
	const questions = page.locator('mark[data-categories~="loaded-question"]');
	const count = await questions.count();
	expect(count).toBeGreaterThan(0);
	const toggle = page.getByRole('checkbox', { name: /Loaded question/ });
	await toggle.uncheck();
	await expect(questions).toHaveCount(0);
	await expect(page.locator('mark[data-categories~="sourced"]').first()).toBeVisible();
	await toggle.check();
	await expect(questions).toHaveCount(count);
});

/** Every highlight's name, article by article, in reading order: what Tab and the arrows reach. */
const highlightNames = (page: import('@playwright/test').Page) =>
	page.evaluate(() =>
		[...document.querySelectorAll('article[data-article]')].map((article) =>
			[...article.querySelectorAll('mark[role="button"]')].map((mark) => mark.getAttribute('aria-label'))
		)
	);

test('a hidden category is gone from sight, from the Tab and arrow stops and from the names, and Show all brings it back', async ({
	page
}) => {
	test.slow(); // axe over five articles
	const before = await highlightNames(page);
	expect(before.flat().some((name) => name!.includes('Sourced reporting'))).toBe(true);
	const sourced = page.getByRole('checkbox', { name: /^Sourced reporting/ });
	await sourced.uncheck();
	await expect(page.locator('mark[data-categories~="sourced"]')).toHaveCount(0);
	const after = await highlightNames(page);
	expect(after.flat().filter((name) => name!.includes('Sourced reporting'))).toEqual([]);
	expect(after.flat().length).toBeLessThan(before.flat().length);

	// A passage that was only sourced reporting now reads as plain text: no colour, underline or
	// symbol, no role, name or Tab stop.
	const plain = page.locator('article[data-article] mark[data-off="sourced"]').first();
	await expect(plain).toBeAttached();
	await expect(plain).toHaveAttribute('role', 'none');
	await expect(plain).not.toHaveAttribute('tabindex');
	await expect(plain).not.toHaveAttribute('aria-label');
	const look = await plain.evaluate((mark) => {
		const style = getComputedStyle(mark);
		return [style.backgroundColor, style.textDecorationLine, getComputedStyle(mark, '::before').content];
	});
	expect(look).toEqual(['rgba(0, 0, 0, 0)', 'none', 'none']);
	await expect(page.locator('article[data-article] mark[data-off][tabindex]')).toHaveCount(0);
	await expectNoAxeViolations(page);

	// Hide all: not one highlight is left to reach; the columns themselves take the Tab stop.
	await page.getByRole('button', { name: 'Hide all' }).click();
	await expect(page.locator('article[data-article] mark[role="button"]')).toHaveCount(0);
	await expect(page.locator('article[data-article] mark[tabindex]')).toHaveCount(0);
	await expect(page.getByRole('region', { name: 'Articles side by side' })).toHaveAttribute('tabindex', '0');

	await page.getByRole('button', { name: 'Show all' }).click();
	await expect(page.locator('article[data-article] mark[data-off]')).toHaveCount(0);
	expect(await highlightNames(page)).toEqual(before);
	await expect(sourced).toBeChecked();
});

test('after Show all, passages scrolled out of sight are highlighted by the frame after, and End reaches the last one', async ({
	page
}) => {
	await page.getByRole('button', { name: 'Hide all' }).click();
	await expect(page.locator('article[data-article] mark[role="button"]')).toHaveCount(0);
	// The marks on screen change in the first frame, the rest once it is painted (issue 10). Polled for
	// a second, not one frame: on a loaded 2-core CI machine the frame after can come late. Marks left
	// for later than that (or never) still fail.
	await page.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Show all')!.click());
	await expect
		.poll(() => page.evaluate(() => document.querySelectorAll('article[data-article] mark[data-off]').length), { timeout: 1000 })
		.toBe(0);

	// A keyboard user who jumps to an article's last highlight right after a toggle lands on it.
	await page.getByRole('button', { name: 'Hide all' }).click();
	await page.getByRole('button', { name: 'Show all' }).click();
	const first = page.locator('article[data-article]').first();
	await first.locator('mark[tabindex="0"]').focus();
	await page.keyboard.press('End');
	const last = first.locator('mark[role="button"]').last();
	await expect(last).toBeFocused();
	await expect(last).toHaveAttribute('aria-label', /.+/);
});

test('a passage marked with two categories stays highlighted while one is on, and is named and coloured by that one alone', async ({
	page
}) => {
	const categories: { slug: string; label: string }[] = JSON.parse(readFileSync('lessons/categories.json', 'utf8'));
	const slugOf = (label: string) => categories.find((c) => c.label === label)!.slug;
	// The first highlight of two categories on the very same words (one stretch, nothing else over
	// it), by its place among the article's marks, which hiding and showing never changes.
	const found = await page.evaluate(() => {
		for (const article of document.querySelectorAll<HTMLElement>('article[data-article]')) {
			const marks = [...article.querySelectorAll('.text mark')];
			const index = marks.findIndex(
				(m) => m.getAttribute('aria-label')?.includes(';') && m.getAttribute('data-categories')!.split(' ').length === 2
			);
			if (index >= 0) return { article: article.dataset.article!, index, name: marks[index].getAttribute('aria-label')! };
		}
		return null;
	});
	expect(found, 'a highlight of two categories').toBeTruthy();
	const [words, labels] = found!.name.split(' — ');
	const [first, second] = labels.split('; ');
	const mark = page.locator(`article[data-article="${found!.article}"] .text mark`).nth(found!.index);
	const toggle = (label: string) => page.getByRole('checkbox', { name: new RegExp(`^${label}`) });
	// The look a highlight is given (its colours and line), as the legend's swatch of a category wears it.
	const lookOf = (element: Element) =>
		['--hl', '--ul', '--line'].map((name) => (element as HTMLElement).style.getPropertyValue(name)).join(' ');
	const swatchLook = (label: string) => page.locator(`.legend label [data-categories="${slugOf(label)}"]`).evaluate(lookOf);

	await toggle(second).uncheck();
	await expect(mark).toHaveRole('button');
	await expect(mark).toHaveAccessibleName(`${words} — ${first}`);
	await expect(mark).toHaveAttribute('data-categories', slugOf(first));
	expect(await mark.evaluate(lookOf)).toBe(await swatchLook(first));

	await toggle(first).uncheck();
	await expect(mark).toHaveAttribute('role', 'none');
	await expect(mark).not.toHaveAttribute('aria-label');

	await toggle(second).check();
	await expect(mark).toHaveAccessibleName(`${words} — ${second}`);
	expect(await mark.evaluate(lookOf)).toBe(await swatchLook(second));
	await toggle(first).check();
	await expect(mark).toHaveAccessibleName(found!.name);
});

test('selecting a highlight shows its explanation and the linked passages in other articles', async ({ page }) => {
	const annotations = articles.flatMap((a) => JSON.parse(readFileSync(`${caseDir}/annotations/${a.id}.json`, 'utf8')));
	const linked = annotations.find((a) => a.links?.some((l: { to: string }) => !l.to.startsWith(a.id.split('-')[0] + '-')));
	expect(linked, 'an annotation linked to another article').toBeTruthy();
	const target = annotations.find((a) => a.id === linked.links[0].to);

	await page.locator(`mark[data-annotations~="${linked.id}"]`).first().click();
	const panel = page.locator('[data-annotation-panel]');
	await expect(panel).toBeVisible();
	await expect(panel).toContainText(linked.explanation);
	await expect(panel.getByRole('heading', { name: 'Linked passages' })).toBeVisible();
	const targetMark = page.locator(`mark[data-annotations~="${target.id}"]`).first();
	await expect(targetMark).toHaveClass(/linked/);
	await expect(targetMark).toBeInViewport();

	// Following the link opens the other passage's own explanation.
	await panel
		.getByRole('listitem')
		.filter({ hasText: target.target.selector[0].exact.slice(0, 40) })
		.getByRole('button')
		.click();
	await expect(panel).toContainText(target.explanation);
});

test('the keyboard alone reaches a highlight, opens it, moves on and returns', async ({ page }) => {
	let focused = '';
	for (let i = 0; i < 60 && focused !== 'MARK'; i++) {
		await page.keyboard.press('Tab');
		focused = await page.evaluate(() => document.activeElement?.tagName ?? '');
	}
	expect(focused).toBe('MARK');
	const id = (await page.evaluate(() => document.activeElement!.getAttribute('data-opens')))!.split(' ')[0];
	await page.keyboard.press('Enter');
	const heading = page.locator('[data-annotation-panel] .annotation-heading');
	await expect(heading).toBeFocused();
	const opened = page.locator(`mark[data-opens~="${id}"]`);
	await expect(opened).toHaveAttribute('aria-current', 'true');
	await expect(opened).toHaveAttribute('aria-controls', /\S/);

	await page.getByRole('button', { name: /^Next/ }).press('Enter');
	await expect(opened).not.toHaveAttribute('aria-current');
	await page.keyboard.press('Escape');
	await expect(page.locator('mark:focus')).toHaveCount(1);
	await expect(heading).toHaveCount(0);
});

test('a screen reader hears the words and the category of a highlight in its name, and no "not pressed"', async ({ page }) => {
	const mark = page.locator('mark[data-categories~="loaded-question"][role="button"]').first();
	await expect(mark).toHaveAccessibleName(/\S+ — Loaded question$/);
	await expect(mark).toHaveRole('button');
	await expect(page.locator('mark[aria-pressed]')).toHaveCount(0);
});

test('highlights differ by more than colour: each category has its own underline and symbol', async ({ page }) => {
	const styles = await page.evaluate(() => {
		const seen: Record<string, string> = {};
		for (const mark of document.querySelectorAll<HTMLElement>('mark[data-symbols]')) {
			const slug = mark.dataset.categories!.split(' ')[0];
			const style = getComputedStyle(mark);
			const before = getComputedStyle(mark, '::before').content;
			seen[slug] ??= `${style.textDecorationStyle}/${style.textDecorationThickness}/${style.fontStyle}/${before}`;
		}
		return seen;
	});
	const values = Object.values(styles);
	expect(values.length).toBeGreaterThanOrEqual(7);
	expect(new Set(values).size).toBe(values.length);
});

test('passes axe', async ({ page }) => {
	test.slow(); // two axe runs over five articles: over a minute on a busy shared machine
	await expectNoAxeViolations(page);
	await page.locator('mark').first().click();
	await expectNoAxeViolations(page);
});

test('the claims table shows who says what, and links to the passages', async ({ page }) => {
	await page
		.getByRole('main')
		.getByRole('link', { name: /Claims table/ })
		.click();
	const table = page.getByRole('table');
	await expect(table).toBeVisible();
	await expect(table.getByRole('columnheader')).toHaveCount(6);
	await expect(table.getByRole('rowheader', { name: /death toll/i }).first()).toBeVisible();
	await expect(table.getByText('Not reported').first()).toBeVisible();
	await expectNoAxeViolations(page);
	await table
		.getByRole('link', { name: /Passage/ })
		.first()
		.click();
	await expect(page.locator('[data-annotation-panel] .annotation-heading')).toBeVisible();
	await expect(page.locator('mark[aria-current="true"]').first()).toBeInViewport();
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('shows one article at a time behind tabs, with the same highlights', async ({ page }) => {
		const tabs = page.getByRole('tab');
		await expect(tabs).toHaveCount(5);
		await expect(page.getByRole('tabpanel')).toHaveCount(1);
		await expect(page.getByRole('tabpanel').locator('article')).toHaveAttribute('data-article', articles[0].id);
		await tabs.nth(1).click();
		await expect(page.getByRole('tabpanel').locator('article')).toHaveAttribute('data-article', articles[1].id);
		await page.keyboard.press('ArrowRight');
		await expect(page.getByRole('tabpanel').locator('article')).toHaveAttribute('data-article', articles[2].id);
		await page.getByRole('tabpanel').locator('mark').first().click();
		await expect(page.locator('[data-annotation-panel] .annotation-heading')).toBeVisible();
		await expectNoAxeViolations(page);
	});
});
