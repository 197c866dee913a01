// The reference shelf and the glossary, as a student uses them: reached from the nav and from a
// lesson by keyboard alone, definitions opened and closed in place, links out marked as leaving
// Sidelight, and a shelf exercise answered with a fact read off its note.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures.js';
import { exercisesOf, lessonFolders, slugOf } from './course-content.js';

/** Presses Tab until the link or button named `name` has focus, as a keyboard user would. */
async function tabTo(page: Page, name: string | RegExp, limit = 80) {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? '');
		if (typeof name === 'string' ? focused === name : name.test(focused)) return;
	}
	throw new Error(`pressed Tab ${limit} times without reaching ${name}`);
}

test('a student reaches the shelf and a note from the nav by keyboard, and every link out says it leaves Sidelight', async ({
	page
}) => {
	await page.goto('./#/');
	await tabTo(page, 'Reference shelf');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: 'Reference shelf' })).toBeVisible();
	await tabTo(page, 'CSIS and its casualty estimates');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: 'CSIS and its casualty estimates' })).toBeVisible();
	await expect(page.getByText('Outside these articles:')).toBeVisible();
	const sources = page.getByRole('region', { name: 'Where this note comes from' }).getByRole('link');
	expect(await sources.count()).toBeGreaterThan(0);
	for (const link of await sources.all()) {
		await expect(link).toContainText('(leaves Sidelight, needs the internet)');
		await expect(link).toHaveAttribute('href', /^https:\/\//);
	}
	await expectNoAxeViolations(page);
});

test('a lesson links to the shelf, and a hard word opens its definition by keyboard and closes with Escape', async ({ page }) => {
	await page.goto('./#/lessons/loaded-questions');
	const word = page.getByRole('button', { name: 'presupposes (what it means)' });
	await expect(word).toHaveAttribute('aria-expanded', 'false');
	await word.focus();
	await page.keyboard.press('Enter');
	await expect(word).toHaveAttribute('aria-expanded', 'true');
	const definition = page.locator(`#${await word.getAttribute('aria-controls')}`);
	await expect(definition).toBeVisible();
	await expect(definition).toContainText('To take something for granted without saying it.');
	await expectNoAxeViolations(page);
	await page.keyboard.press('Escape');
	await expect(word).toHaveAttribute('aria-expanded', 'false');
	await expect(definition).toBeHidden();

	await page.keyboard.press('Space');
	await expect(definition).toBeVisible();
	await definition.getByRole('link', { name: 'All words in the glossary' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
	await expect(page.getByRole('definition').filter({ hasText: 'To take something for granted' })).toContainText(
		'First used in lesson 2'
	);

	await page.goto('./#/lessons/outside-the-article?step=2');
	await page.getByRole('link', { name: 'note on the full-scale invasion' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: '24 February 2022, the full-scale invasion' })).toBeVisible();
});

test('a shelf exercise is answered with the year read off the shelf note', async ({ page }) => {
	await page.goto('./#/shelf/csis');
	// The note's text is in the student's part, loaded on demand: read it once it is there.
	await expect(page.getByRole('main')).toContainText('up to 140,000 deaths');
	const note = await page.getByRole('main').innerText();
	// The note's own wording: the report with "up to 140,000 deaths" and its publication date.
	const year = /Published \d+ January (\d{4})[^\n]*up to 140,000 deaths/.exec(note)?.[1];
	expect(year, 'the CSIS note gives the year of the report with up to 140,000 deaths').toBeTruthy();

	const folder = lessonFolders.find((f) => slugOf(f) === 'outside-the-article')!;
	const exercise = exercisesOf(folder).find((e) => e.id === 'l8-csis-year')!;
	expect(exercise.type === 'numeric' && exercise.answer).toBe(Number(year));

	await page.goto(`./#/lessons/${slugOf(folder)}?exercise=${exercise.id}`);
	const root = page.locator(`[data-exercise="${exercise.id}"]`);
	await root.getByLabel('Your answer').fill(year!);
	await root.getByRole('button', { name: 'Check answer' }).click();
	await expect(root.getByRole('status')).toContainText('All correct!');
});
