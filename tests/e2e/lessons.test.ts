// The course as a student takes it (axe runs on every page in every-route.test.ts): a whole lesson can be completed with
// the keyboard alone; wrong answers are named, and explained once the attempts are used; progress survives reloads and new sessions.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { annotation, answerLesson4Number, clausesToMark, exercisesOf, lessonFolders, slugOf } from './course-content.js';
import type { Exercise } from '../../src/lib/exercises/types.js';
import { readFileSync } from 'node:fs';

test('the course map lists the lessons in order with progress', async ({ page }) => {
	await page.goto('./');
	const links = page.getByRole('main').getByRole('link', { name: /^Lesson \d/ });
	await expect(links).toHaveCount(lessonFolders.length);
	await expect(page.getByRole('progressbar', { name: 'Progress in the whole course' })).toBeVisible();
});

for (const folder of lessonFolders) {
	test(`lesson ${folder} places every exercise with its id and type`, async ({ page }) => {
		await page.goto(`./#/lessons/${slugOf(folder)}?step=all`);
		const exercises = exercisesOf(folder);
		for (const exercise of exercises) {
			await expect(page.locator(`[data-exercise="${exercise.id}"]`)).toHaveAttribute('data-exercise-type', exercise.type);
		}
	});
}

/**
 * Presses Tab until focus is inside `scope` on an element `match` accepts (keyboard only: no clicks,
 * no programmatic focus). `match` runs in the page, so it may not use variables from the test.
 */
async function tabInto(page: Page, scope: Locator, match: (el: Element) => boolean = () => true) {
	for (let i = 0; i < 600; i++) {
		await page.keyboard.press('Tab');
		const inside = await scope.evaluate((root, matcherSource) => {
			const el = document.activeElement;
			return !!el && root.contains(el) && new Function('el', `return (${matcherSource})(el)`)(el);
		}, match.toString());
		if (inside) return;
	}
	throw new Error('could not reach the exercise with Tab');
}

async function answerByKeyboard(page: Page, exercise: Exercise) {
	const root = page.locator(`[data-exercise="${exercise.id}"]`);
	switch (exercise.type) {
		case 'choice': {
			if (exercise.multiple) {
				// Walk the checkboxes in order with Tab, ticking the right ones with Space.
				await tabInto(page, root, (el) => el.getAttribute('type') === 'checkbox');
				for (const [i, option] of exercise.options.entries()) {
					if (option.correct) await page.keyboard.press('Space');
					if (i < exercise.options.length - 1) await page.keyboard.press('Tab');
				}
			} else {
				await tabInto(page, root, (el) => el.getAttribute('type') === 'radio');
				const index = exercise.options.findIndex((o) => o.correct);
				for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
				if (index === 0) await page.keyboard.press('Space');
			}
			break;
		}
		case 'mark':
		case 'mark-and-label': {
			await tabInto(page, root, (el) => el.getAttribute('role') === 'listbox');
			let at = 0;
			for (const index of clausesToMark(exercise.article, exercise.targets)) {
				for (; at < index; at++) await page.keyboard.press('ArrowDown');
				await page.keyboard.press('Space');
			}
			if (exercise.type === 'mark-and-label') throw new Error('labels by keyboard are covered by a separate test');
			break;
		}
		case 'classify': {
			// One radio group per passage: Tab reaches it, arrow keys choose (Space for the first), Tab goes on.
			await tabInto(page, root, (el) => el.getAttribute('type') === 'radio');
			for (const [i, item] of exercise.items.entries()) {
				const index = exercise.categories.indexOf(item.category ?? annotation(item.annotation).category);
				for (let step = 0; step < index; step++) await page.keyboard.press('ArrowDown');
				if (index === 0) await page.keyboard.press('Space');
				if (i < exercise.items.length - 1) await page.keyboard.press('Tab');
			}
			break;
		}
		default:
			throw new Error(`no keyboard driver for ${exercise.type}`);
	}
	await tabInto(page, root, (el) => el.textContent === 'Check answer');
	await page.keyboard.press('Enter');
	await expect(root.getByRole('status')).toContainText('All correct!');
}

test('a student completes a whole lesson with the keyboard alone', async ({ page }) => {
	const folder = lessonFolders.find((f) => f.startsWith('02-'))!;
	await page.goto(`./#/lessons/${slugOf(folder)}?step=all`);
	for (const exercise of exercisesOf(folder)) await answerByKeyboard(page, exercise);
	await expect(page.getByRole('progressbar', { name: 'Progress in this lesson' })).toHaveAttribute(
		'value',
		String(exercisesOf(folder).length)
	);
	await expect(page.getByText(/score 100%/)).toBeVisible();
});

test('a wrong mark says what the marks did, not what was missed, until the last attempt', async ({ page }) => {
	const folder = lessonFolders.find((f) => f.startsWith('02-'))!;
	const exercise = exercisesOf(folder).find((e) => e.type === 'mark')!;
	if (exercise.type !== 'mark') throw new Error('no mark exercise in lesson 2');
	await page.goto(`./#/lessons/${slugOf(folder)}?exercise=${exercise.id}`);
	const root = page.locator(`[data-exercise="${exercise.id}"]`);
	await root.getByRole('listbox').focus();
	await page.keyboard.press('Space'); // the headline: nothing to find there
	await root.getByRole('button', { name: 'Check answer' }).focus();
	await page.keyboard.press('Enter');
	await expect(root.getByRole('status')).toContainText('Not right yet');
	// Focus moves to the feedback, and the next Tab reaches the button, which now offers the next step.
	await expect(root.getByRole('status')).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(root.getByRole('button', { name: 'Try again' })).toBeFocused();
	await expect(root.getByText(/Nothing to find here/)).toBeVisible();
	const missed = annotation(exercise.targets[0]);
	await expect(root.getByText(missed.explanation)).toHaveCount(0);
	await expect(root.getByText(/Missed/)).toHaveCount(0);
	for (let attempt = 1; attempt < exercise.attempts; attempt++) {
		await root.getByRole('button', { name: 'Try again' }).click();
		await root.getByRole('button', { name: 'Check answer' }).click();
	}
	await expect(root.getByText(missed.explanation).first()).toBeVisible();
	await expect(root.getByText('✗ Missed').first()).toBeVisible();
});

test('a wrong choice is named wrong, and its feedback and the answer come after the last attempt', async ({ page }) => {
	const folder = lessonFolders.find((f) => f.startsWith('01-'))!;
	const exercise = exercisesOf(folder).find((e) => e.type === 'choice' && !e.multiple)!;
	if (exercise.type !== 'choice') throw new Error('no single choice in lesson 1');
	await page.goto(`./#/lessons/${slugOf(folder)}?exercise=${exercise.id}`);
	const root = page.locator(`[data-exercise="${exercise.id}"]`);
	const wrong = exercise.options.find((o) => !o.correct)!;
	const right = exercise.options.find((o) => o.correct)!;
	for (let attempt = 0; attempt < exercise.attempts; attempt++) {
		await root.getByRole('radio', { name: wrong.text }).check();
		await root.getByRole('button', { name: 'Check answer' }).click();
		if (attempt < exercise.attempts - 1) {
			await expect(root.getByText('✗ Not right.')).toBeVisible();
			await expect(root.getByText(wrong.feedback)).toHaveCount(0);
			await root.getByRole('button', { name: 'Try again' }).click();
		}
	}
	await expect(root.getByText(wrong.feedback)).toBeVisible();
	await expect(root.getByText(right.feedback).first()).toBeVisible();
	await expect(root.getByRole('status')).toBeFocused();
	await expect(root.getByRole('heading', { name: 'The answer' })).toBeVisible();
});

test('marks can be made by dragging with the mouse, snapped to whole words', async ({ page }) => {
	const folder = lessonFolders.find((f) => f.startsWith('02-'))!;
	const exercise = exercisesOf(folder).find((e) => e.type === 'mark')!;
	await page.goto(`./#/lessons/${slugOf(folder)}?exercise=${exercise.id}`);
	const listbox = page.locator(`[data-exercise="${exercise.id}"]`).getByRole('listbox');
	await listbox.scrollIntoViewIfNeeded();
	// Drag from inside "milestone" to inside "Volodymyr" in the first paragraph.
	const points = await listbox.evaluate((el) => {
		const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
		const at = (word: string, offset: number) => {
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				const i = n.textContent!.indexOf(word);
				if (i >= 0) {
					const r = document.createRange();
					r.setStart(n, i + offset);
					r.setEnd(n, i + offset + 1);
					const box = r.getBoundingClientRect();
					return { x: box.left + 1, y: box.top + box.height / 2 };
				}
			}
			throw new Error(word);
		};
		return [at('milestone,', 3), at('Volodymyr', 4)];
	});
	await page.mouse.move(points[0].x, points[0].y);
	await page.mouse.down();
	await page.mouse.move(points[1].x, points[1].y, { steps: 8 });
	await page.mouse.up();
	const root = page.locator(`[data-exercise="${exercise.id}"]`);
	await expect(root.getByRole('heading', { name: 'Your marks (1)' })).toBeVisible();
	await expect(root.getByRole('listitem').filter({ hasText: 'milestone, with President Volodymyr' })).toHaveCount(1);
	await expect(listbox.locator('[role=option][aria-describedby]').first()).toHaveAccessibleDescription('partly marked');
	// A click on the mark removes it.
	await listbox.locator('mark[data-student-mark]').first().click();
	await expect(listbox.locator('mark[data-student-mark]')).toHaveCount(0);
});

test('progress survives a reload and a new browser session, and a lesson can be reset', async ({ page, browser }) => {
	const { root, exercise, lesson: folder } = await answerLesson4Number(page, './');

	await page.reload();
	await expect(root.getByRole('status')).toContainText('All correct!');
	await expect(root.getByLabel('Your answer')).toHaveValue(String(exercise.answer));

	// Progress lives in IndexedDB, which storageState copies only when asked.
	const saved = await page.context().storageState({ indexedDB: true });
	const later = await browser.newContext({ storageState: saved });
	const next = await later.newPage();
	await next.goto(`./#/`);
	await expect(next.getByRole('progressbar', { name: /Progress in Numbers/ })).toHaveAttribute('value', '1');
	await next.goto(`./#/lessons/${slugOf(folder)}?exercise=${exercise.id}`);
	await expect(next.locator(`[data-exercise="${exercise.id}"]`).getByRole('status')).toContainText('All correct!');
	next.once('dialog', (dialog) => dialog.accept());
	await next.getByRole('button', { name: 'Reset this lesson' }).click();
	await expect(next.locator(`[data-exercise="${exercise.id}"]`).getByRole('status')).toBeEmpty();
	await later.close();
});

/** The number of steps a lesson has: one per `##` section of its source, as the build splits it. */
const stepCount = (folder: string) => (readFileSync(`lessons/course/${folder}/lesson.md`, 'utf8').match(/^## /gm) ?? []).length;

test('a lesson opens at step 1 of N; Next moves on with focus on the step heading, and reload and Back keep the place', async ({
	page
}) => {
	const folder = lessonFolders.find((f) => f.startsWith('02-'))!;
	const n = stepCount(folder);
	await page.goto(`./#/lessons/${slugOf(folder)}`);
	const stepHeading = (i: number) => page.getByRole('heading', { level: 2, name: new RegExp(`^Step ${i} of ${n}\\b`) });
	await expect(stepHeading(1)).toBeVisible();
	await expect(stepHeading(2)).toBeHidden();
	const list = page.getByRole('navigation', { name: 'Steps of this lesson' }).getByRole('list').getByRole('link');
	await expect(list).toHaveCount(n);
	await expect(list.first()).toHaveAttribute('aria-current', 'step');

	await page.getByRole('link', { name: /^Next step:/ }).click();
	await expect(stepHeading(2)).toBeFocused();
	await expect(stepHeading(1)).toBeHidden();
	expect(page.url()).toContain('step=2');
	await expect(list.nth(1)).toHaveAttribute('aria-current', 'step');

	await page.reload();
	await expect(stepHeading(2)).toBeVisible();
	await expect(stepHeading(1)).toBeHidden();

	await page.getByRole('link', { name: /^Previous step:/ }).click();
	await expect(stepHeading(1)).toBeFocused();
	await page.goBack();
	await expect(stepHeading(2)).toBeVisible();
	await expect(stepHeading(2)).toBeFocused();

	// A printed lesson is the whole lesson.
	await page.emulateMedia({ media: 'print' });
	for (let i = 1; i <= n; i++) await expect(stepHeading(i)).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'Steps of this lesson' })).toBeHidden();
});

test('no step of lesson 2 shows highlighted answers above its exercise, and the recap comes after the exercises', async ({
	page
}) => {
	const folder = lessonFolders.find((f) => f.startsWith('02-'))!;
	const n = stepCount(folder);
	const markExercise = exercisesOf(folder).find((e) => e.type === 'mark')!;
	if (markExercise.type !== 'mark') throw new Error('no mark exercise in lesson 2');
	const asked = new Set(markExercise.targets.map((t) => annotation(t).category));
	let sawExercise = false;
	for (let i = 1; i <= n; i++) {
		await page.goto(`./#/lessons/${slugOf(folder)}?step=${i}`);
		const step = page.locator(`section.lesson-step[data-step="${i}"]`);
		await expect(step).toBeVisible();
		const exercise = step.locator(`[data-exercise="${markExercise.id}"]`);
		if (sawExercise) continue;
		// Highlights of the categories 2.2 asks for, anywhere on screen before (or beside) the exercise.
		const highlights = await page
			.locator('mark[data-categories]:visible')
			.evaluateAll((marks) => marks.map((m) => m.getAttribute('data-categories')!.split(' ')));
		expect(
			highlights.filter((cats) => cats.some((c) => asked.has(c))),
			`step ${i} shows highlights of what exercise 2.2 asks for`
		).toEqual([]);
		if ((await exercise.count()) > 0) sawExercise = true;
	}
	expect(sawExercise).toBe(true);
	// The recap is the last step and holds no exercise.
	await page.goto(`./#/lessons/${slugOf(folder)}?step=${n}`);
	await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^Step ${n} of ${n}\\b.*Recap$`) })).toBeVisible();
	await expect(page.locator(`section.lesson-step[data-step="${n}"] [data-exercise]`)).toHaveCount(0);
});

test('a link to one exercise opens the step that holds it', async ({ page }) => {
	const folder = lessonFolders.find((f) => f.startsWith('01-'))!;
	const last = exercisesOf(folder).at(-1)!;
	await page.goto(`./#/lessons/${slugOf(folder)}?exercise=${last.id}`);
	await expect(page.locator(`[data-exercise="${last.id}"]`)).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: /^Step 1 of/ })).toBeHidden();
});
