// Feedback that teaches without giving the answer away, for every type of exercise: a wrong first
// check with attempts left adds no part of the key to the page (its text, its attributes, hidden
// elements included, and no missed passage painted in the text); the last attempt, or asking for
// the answer, does. Answers come from lessons/ (course-content.ts), so the tests follow the content.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures.js';
import { annotation, categoryLabels, clausesToMark, exercisesOf, lessonFolders, slugOf } from './course-content.js';
import { EXERCISE_TYPES, type Exercise, type ExerciseType } from '../../src/lib/exercises/types.js';

const articleLabels: Record<string, string> = Object.fromEntries(
	JSON.parse(readFileSync('lessons/cases/ukraine-55000/case.json', 'utf8')).articles.map((a: { id: string; label: string }) => [
		a.id,
		a.label
	])
);

/** The first exercise of a type in the course that allows more than one attempt, with its lesson. */
function firstOfType(type: ExerciseType): { exercise: Exercise; folder: string } {
	for (const folder of lessonFolders)
		for (const exercise of exercisesOf(folder))
			if (exercise.type === type && (exercise.attempts ?? 2) >= 2) return { exercise, folder };
	throw new Error(`no ${type} exercise with two attempts or more`);
}

const expectedCategory = (item: { annotation: string; category?: string }) =>
	item.category ?? annotation(item.annotation).category;

/** Texts that give the key away: none may be added to the page before the exercise is over. */
function keyTexts(exercise: Exercise): string[] {
	const why = exercise.explanation ? [exercise.explanation] : [];
	switch (exercise.type) {
		case 'mark':
		case 'mark-and-label':
			return [...why, ...exercise.targets.map((t) => annotation(t).explanation)];
		case 'classify':
			return [...why, ...exercise.items.map((i) => annotation(i.annotation).explanation)];
		case 'match':
			return [...why, ...exercise.left.map((l) => exercise.right.find((r) => r.id === exercise.pairs[l.id])!.text)];
		case 'choice':
			return [...why, ...exercise.options.filter((o) => o.correct).map((o) => o.feedback)];
		case 'rank':
			return [...why, exercise.order.map((id) => `Article ${articleLabels[id]}`).join(', ')];
		case 'numeric':
			return [...why, exercise.answer.toLocaleString('en')];
	}
}

/** How often each text occurs in the page: all text (hidden elements too) and every attribute value. */
async function occurrences(page: Page, texts: string[]): Promise<number[]> {
	return page.evaluate((needles) => {
		const parts = [document.documentElement.textContent ?? ''];
		for (const el of document.querySelectorAll('*')) for (const a of el.attributes) parts.push(a.value);
		const all = parts.join('\n');
		return needles.map((n) => all.split(n).length - 1);
	}, texts);
}

/** Ranges painted as missed passages in the text (CSS Custom Highlight API). */
const paintedMissed = (page: Page) =>
	page.evaluate(() => (CSS.highlights.get('sl-missed')?.size ?? 0) + (CSS.highlights.get('sl-partly')?.size ?? 0));

/** Gives a wrong (or partly right) answer, without checking it. */
async function answerWrongly(page: Page, root: Locator, exercise: Exercise) {
	switch (exercise.type) {
		case 'mark':
		case 'mark-and-label': {
			// Mark the clauses of the first passage only: found one, the rest missed.
			await root.getByRole('listbox').focus();
			let at = 0;
			for (const index of clausesToMark(exercise.article, [exercise.targets[0]])) {
				for (; at < index; at++) await page.keyboard.press('ArrowDown');
				await page.keyboard.press('Space');
			}
			break;
		}
		case 'classify': {
			const [first] = exercise.items;
			const wrong = exercise.categories.find((c) => c !== expectedCategory(first))!;
			await root.getByRole('radiogroup').first().getByRole('radio', { name: categoryLabels[wrong], exact: true }).check();
			break;
		}
		case 'match': {
			const [first] = exercise.left;
			const wrong = exercise.right.find((r) => r.id !== exercise.pairs[first.id])!;
			await root.getByRole('radiogroup').first().getByRole('radio', { name: wrong.text, exact: true }).check();
			break;
		}
		case 'choice': {
			const wrong = exercise.options.find((o) => !o.correct)!;
			await root.getByRole(exercise.multiple ? 'checkbox' : 'radio', { name: wrong.text }).check();
			break;
		}
		case 'rank': {
			if (exercise.items.join() === exercise.order.join())
				await root.getByRole('button', { name: `Move Article ${articleLabels[exercise.items[0]]} down` }).click();
			break;
		}
		case 'numeric':
			await root.getByLabel('Your answer').fill(String(exercise.answer + exercise.tolerance + 1));
			break;
	}
}

for (const type of EXERCISE_TYPES) {
	test(`${type}: a wrong check with attempts left shows which answers are right but not the key; the last attempt shows it`, async ({
		page
	}) => {
		const { exercise, folder } = firstOfType(type);
		const attempts = exercise.attempts ?? 2;
		await page.goto(`./#/lessons/${slugOf(folder)}?exercise=${exercise.id}`);
		const root = page.locator(`[data-exercise="${exercise.id}"]`);
		// The exercise renders once its case's data has loaded: count what the page shows from then.
		await expect(root.getByRole('button', { name: 'Check answer' })).toBeVisible();
		const texts = keyTexts(exercise);
		const before = await occurrences(page, texts);

		await answerWrongly(page, root, exercise);
		await root.getByRole('button', { name: 'Check answer' }).click();
		const status = root.getByRole('status');
		await expect(status).toContainText(/You scored/);
		await expect(status).toContainText(/Hint:/);
		await expect(status).toContainText(/try again/);
		await expect(root.getByRole('button', { name: 'Show the answer (ends this exercise)' })).toBeVisible();
		expect(await occurrences(page, texts), 'key texts added to the page by a wrong first check').toEqual(before);
		expect(await paintedMissed(page)).toBe(0);
		await expect(root.getByRole('heading', { name: 'The answer' })).toHaveCount(0);
		await expect(root.getByText('Why:')).toHaveCount(0);

		for (let attempt = 1; attempt < attempts; attempt++) {
			await root.getByRole('button', { name: 'Try again' }).click();
			await root.getByRole('button', { name: 'Check answer' }).click();
		}
		await expect(status).toContainText('That was your last attempt, so here is the answer.');
		await expect(root.getByRole('heading', { name: 'The answer' })).toBeVisible();
		// Focus does not fall to the page when the button goes: it moves to the feedback.
		await expect(status).toBeFocused();
		const after = await occurrences(page, texts);
		expect(
			after.some((n, i) => n > before[i]),
			'the key is on the page after the last attempt'
		).toBe(true);
		if (exercise.explanation) await expect(root.getByText(exercise.explanation)).toBeVisible();
		if ((exercise.type === 'mark' || exercise.type === 'mark-and-label') && exercise.targets.length > 1)
			expect(await paintedMissed(page)).toBeGreaterThan(0);
		await expect(root.getByRole('button', { name: /Try again|Check answer|Show the answer/ })).toHaveCount(0);
	});
}

test('asking for the answer ends the exercise: the key is shown and no attempt is left, even after a reload', async ({
	page
}) => {
	const { exercise, folder } = firstOfType('mark');
	if (exercise.type !== 'mark') throw new Error('not a mark exercise');
	await page.goto(`./#/lessons/${slugOf(folder)}?exercise=${exercise.id}`);
	const root = page.locator(`[data-exercise="${exercise.id}"]`);
	await answerWrongly(page, root, exercise);
	await root.getByRole('button', { name: 'Check answer' }).click();
	await root.getByRole('button', { name: 'Show the answer (ends this exercise)' }).click();
	await expect(root.getByRole('status')).toContainText('You asked to see the answer, so this exercise is over');
	await expect(root.getByRole('status')).toBeFocused();
	await expect(root.getByRole('heading', { name: 'The passages to find' })).toBeVisible();
	await expect(root.getByText(annotation(exercise.targets.at(-1)!).explanation).first()).toBeVisible();
	await page.reload();
	await expect(root.getByRole('heading', { name: 'The answer' })).toBeVisible();
	await expect(root.getByRole('button', { name: /Try again|Check answer|Show the answer/ })).toHaveCount(0);
});

test('the first mark exercise says how marks count, and a wrong check announces what the marks did', async ({ page }) => {
	const { exercise, folder } = firstOfType('mark');
	if (exercise.type !== 'mark') throw new Error('not a mark exercise');
	await page.goto(`./#/lessons/${slugOf(folder)}?exercise=${exercise.id}`);
	const root = page.locator(`[data-exercise="${exercise.id}"]`);
	await expect(
		root.getByText(/How marks count: A passage counts as found when your marks cover at least half of it/)
	).toBeVisible();
	await answerWrongly(page, root, exercise);
	await root.getByRole('listbox').focus();
	await page.keyboard.press('Home');
	await page.keyboard.press('Space'); // the headline: nothing to find there
	await root.getByRole('button', { name: 'Check answer' }).click();
	// The live region carries the per-answer summary, and its score agrees with the list.
	const status = root.getByRole('status');
	await expect(status).toContainText(`You found 1 of ${exercise.targets.length} passages. 1 mark found nothing.`);
	await expect(status).toContainText(
		/1 point for the passages found, minus 1 point for marks on sentences with nothing to find: 0 of/
	);
	await expect(root.getByRole('listitem').filter({ hasText: '✓ Found' }).first()).toBeVisible();
	await expect(root.getByRole('listitem').filter({ hasText: '✗ Nothing to find here (−1 point)' })).toHaveCount(1);
	await expect(root.getByText(/Missed/)).toHaveCount(0);
});

test('after a check focus is on the feedback, which a screen reader hears as the score shown, then the list, then Try again', async ({
	page
}) => {
	const { exercise, folder } = firstOfType('mark');
	if (exercise.type !== 'mark') throw new Error('not a mark exercise');
	await page.goto(`./#/lessons/${slugOf(folder)}?exercise=${exercise.id}`);
	const root = page.locator(`[data-exercise="${exercise.id}"]`);
	await answerWrongly(page, root, exercise);
	await root.getByRole('listbox').focus();
	await page.keyboard.press('Home');
	await page.keyboard.press('Space'); // the headline: nothing to find there
	await root.getByRole('button', { name: 'Check answer' }).focus();
	await page.keyboard.press('Enter');

	const feedback = root.getByRole('status');
	await expect(feedback).toBeFocused();
	// Its name, what a screen reader says on arrival, is the score the page shows.
	const shown = /You scored \S+ of \d+ \(\d+%\)/.exec(await root.getByText(/You scored/).innerText())?.[0];
	expect(shown).toBeTruthy();
	await expect(feedback).toHaveAccessibleName(new RegExp(`^Not right yet\\. ${shown!.replace(/[()]/g, '\\$&')}\\.$`));
	// Reading on, the accessibility tree holds the summary and the per-passage list inside the feedback.
	const tree = await feedback.ariaSnapshot();
	expect(tree).toContain(`You found 1 of ${exercise.targets.length} passages`);
	expect(tree).toMatch(/heading "What your marks did"[^\n]*\n\s*- list:/);
	expect(tree).toMatch(/- listitem:\s*\n\s*- strong: "✓ Found:"/);
	expect(tree).toMatch(/- listitem:\s*\n\s*- strong: "✗ Nothing to find here \(−1 point\):"/);
	// The next Tab reaches the next step.
	await page.keyboard.press('Tab');
	await expect(root.getByRole('button', { name: 'Try again' })).toBeFocused();
});

test('a classify exercise names the right category only after the last attempt, in a sentence that reads right', async ({
	page
}) => {
	const { exercise, folder } = firstOfType('classify');
	if (exercise.type !== 'classify') throw new Error('not a classify exercise');
	await page.goto(`./#/lessons/${slugOf(folder)}?exercise=${exercise.id}`);
	const root = page.locator(`[data-exercise="${exercise.id}"]`);
	await answerWrongly(page, root, exercise);
	await root.getByRole('button', { name: 'Check answer' }).click();
	await expect(root.getByText('✗ Not right.')).toHaveCount(1);
	for (let attempt = 1; attempt < exercise.attempts; attempt++) {
		await root.getByRole('button', { name: 'Try again' }).click();
		await root.getByRole('button', { name: 'Check answer' }).click();
	}
	const right = categoryLabels[expectedCategory(exercise.items[0])];
	await expect(root.getByRole('listitem').first()).toContainText(`✗ Not right: the category is “${right}”.`);
});

test('the feedback passes axe before and after the end of an exercise', async ({ page }) => {
	test.slow(); // axe twice over a whole lesson page: about a minute on a busy 2-core machine
	const { exercise, folder } = firstOfType('mark-and-label');
	await page.goto(`./#/lessons/${slugOf(folder)}?exercise=${exercise.id}`);
	const root = page.locator(`[data-exercise="${exercise.id}"]`);
	await answerWrongly(page, root, exercise);
	await root.getByRole('button', { name: 'Check answer' }).click();
	await expectNoAxeViolations(page);
	await root.getByRole('button', { name: 'Show the answer (ends this exercise)' }).click();
	await expect(root.getByRole('heading', { name: 'The answer' })).toBeVisible();
	await expectNoAxeViolations(page);
});
