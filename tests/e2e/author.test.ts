// The case editor (#/author), as an author uses it: a two-article case built from nothing, by
// mouse and by keyboard, kept through a reload, undone and redone, checked live with the build's
// messages, previewed in the real side-by-side view, and exported both ways.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures.js';

const TEXT_A = 'Reports have surfaced that the dam was neglected.\u00a0Officials said on Monday that repairs began in May.\n\n\n';
const TEXT_B = 'Critics argue the dam was neglected for years. The ministry said on Monday that repairs began in May.\n';

/** Pastes text into a field as the clipboard would (a real paste event with its data). */
async function paste(page: Page, label: string, text: string) {
	const field = page.getByLabel(label).first();
	await field.focus();
	await field.evaluate((element, pasted) => {
		const data = new DataTransfer();
		data.setData('text/plain', pasted);
		element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
	}, text);
}

/** Drags the mouse over `words` in the annotatable text, as an author selects a passage. */
async function dragOver(page: Page, words: string) {
	const box = await page.getByRole('textbox', { name: /^Text of article/ }).evaluate((element, wanted) => {
		const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
		let node = walker.nextNode() as Text | null;
		while (node && !node.data.includes(wanted)) node = walker.nextNode() as Text | null;
		if (!node) throw new Error(`no text node holds ${wanted}`);
		const at = node.data.indexOf(wanted);
		const range = document.createRange();
		range.setStart(node, at);
		range.setEnd(node, at + wanted.length);
		const rects = range.getClientRects();
		const first = rects[0];
		const last = rects[rects.length - 1];
		return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
	}, words);
	await page.mouse.move(box.x1, box.y1);
	await page.mouse.down();
	await page.mouse.move(box.x2, box.y2, { steps: 5 });
	await page.mouse.up();
}

async function startCase(page: Page) {
	await page.goto('./#/author');
	await page.getByLabel('Title of the case').fill('Flood reports');
	await page.getByLabel(/^Summary/).fill('Two reports of the same dam repairs.');
	await page.getByRole('button', { name: 'Start the case' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Case editor: Flood reports' })).toBeVisible();
}

async function addArticles(page: Page) {
	await page.getByLabel(/^Headline of the next article/).fill('Dam neglected, say reports');
	await page.getByRole('button', { name: 'Add an article' }).click();
	await page.getByLabel(/^Neutral description/).fill('A short report that credits its claims to unnamed reports.');
	await paste(page, 'Text of the article', TEXT_A);
	await page.getByLabel(/^Headline of the next article/).fill('Repairs began in May');
	await page.getByRole('button', { name: 'Add an article' }).click();
	await expect(page.getByLabel(/^Headline, as printed/).nth(1)).toHaveValue('Repairs began in May');
	await page
		.getByLabel(/^Neutral description/)
		.nth(1)
		.fill('A short report quoting critics and the ministry.');
	await page
		.getByLabel(/^Text of the article/)
		.nth(1)
		.fill(TEXT_B);
}

/** A new two-article case whose article A opens with one vague-attribution annotation, marked from the keyboard. */
async function caseWithOneAnnotation(page: Page) {
	await startCase(page);
	await addArticles(page);
	await page.getByRole('tab', { name: 'Annotations' }).click();
	await page.getByRole('textbox', { name: 'Text of article A' }).focus();
	await page.keyboard.press('Shift+ArrowRight');
	await page.keyboard.press('Shift+ArrowRight');
	await page.keyboard.press('Enter');
	await page.getByRole('radio', { name: /Vague attribution/ }).check();
	await page.getByLabel(/^Explanation/).fill('Which reports? None is named.');
}

test('an author builds a two-article case from nothing, by mouse and by keyboard, and a reload keeps it', async ({ page }) => {
	await startCase(page);
	await addArticles(page);

	// The text is kept character for character, and what is invisible in it is shown.
	await page.getByText('Show invisible characters').first().click();
	await expect(page.getByText('This text holds 1 no-break space and 2 blank lines at the end.')).toBeVisible();

	// By mouse: select a passage in article A, annotate it.
	await page.getByRole('tab', { name: 'Annotations' }).click();
	await dragOver(page, 'Reports have surfaced');
	await expect(page.getByText('Chosen: “Reports have surfaced”')).toBeVisible();
	await page.getByRole('button', { name: 'Annotate the chosen passage' }).click();
	await expect(page.getByRole('heading', { name: /Annotation on article A: “Reports have surfaced”/ })).toBeFocused();

	// Live validation: the build's messages next to the fields, gone once fixed.
	const explanation = page.getByLabel(/^Explanation/);
	await expect(page.getByText('category should be a non-empty string')).toBeVisible();
	await expect(page.getByText('explanation should be a non-empty string')).toBeVisible();
	await expect(explanation).toHaveAttribute('aria-invalid', 'true');
	await page.getByRole('radio', { name: /Vague attribution/ }).check();
	await explanation.fill('Which reports? None is named, so a reader cannot check them.');
	await expect(page.getByText('explanation should be a non-empty string')).toBeHidden();
	await expect(explanation).toHaveAttribute('aria-invalid', 'false');

	// By keyboard: article B, the first word, Shift+Right to take in the next, Enter.
	await page.getByLabel('Article', { exact: true }).selectOption({ label: 'Article B: Repairs began in May' });
	const textB = page.getByRole('textbox', { name: 'Text of article B' });
	await textB.focus();
	await page.keyboard.press('Shift+ArrowRight');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: /Annotation on article B: “Critics argue”/ })).toBeFocused();
	await page.keyboard.press('Tab');
	await page.getByRole('radio', { name: /Vague attribution/ }).check();
	await page.getByLabel(/^Explanation/).fill('Which critics? They are not named.');

	// A link to the passage in article A, picked from a list.
	await page.getByLabel('This passage').selectOption('same-claim');
	await page.getByLabel('Passage', { exact: true }).selectOption({ label: 'A: “Reports have surfaced”' });
	await page.getByRole('button', { name: 'Add link' }).click();
	await expect(page.getByText('This passage makes the same claim as A: “Reports have surfaced”')).toBeVisible();
	await expect(page.getByText('No problems found')).toBeVisible();

	// Undo and redo, by key and by button.
	await page.keyboard.press('Control+z');
	await expect(page.getByText('No links yet.')).toBeVisible();
	await page.keyboard.press('Control+Shift+z');
	await expect(page.getByText('This passage makes the same claim as A: “Reports have surfaced”')).toBeVisible();
	await page.getByRole('button', { name: 'Undo', exact: true }).click();
	await expect(page.getByText('No links yet.')).toBeVisible();
	await page.getByRole('button', { name: 'Redo', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible();

	// Reload: the draft is back, as it was.
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Case editor: Flood reports' })).toBeVisible();
	await expect(page.getByLabel(/^Text of the article/).first()).toHaveValue(TEXT_A);
	await page.getByRole('tab', { name: 'Annotations' }).click();
	await expect(page.getByRole('button', { name: /“Reports have surfaced”/ })).toBeVisible();

	// The preview is the real side-by-side view, with the highlights.
	await page.getByRole('tab', { name: 'Preview' }).click();
	await expect(page.locator('mark[data-annotations~="a-reports-have-surfaced"]')).toBeVisible();
	await expect(page.locator('mark[data-annotations~="b-critics-argue"]')).toBeVisible();
	await expectNoAxeViolations(page);

	// Export both ways.
	await page.getByRole('tab', { name: 'Export' }).click();
	const zip = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download the case folder (zip)' }).click();
	expect((await zip).suggestedFilename()).toBe('flood-reports-case.zip');
	const caseFile = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download the case file' }).click();
	const download = await caseFile;
	expect(download.suggestedFilename()).toBe('flood-reports.sidelight-case.json');
	const data = JSON.parse(await readFile((await download.path())!, 'utf8'));
	expect(data.format).toBe('sidelight-case');
	const paths = (data.files as { path: string; text: string }[]).map((f) => f.path);
	expect(paths).toContain('lessons/cases/flood-reports/case.json');
	expect(paths).toContain('lessons/cases/flood-reports/annotations/repairs-began-in-may.json');
	expect(data.files.find((f: { path: string }) => f.path.endsWith('articles/dam-neglected-say-reports.txt')).text).toBe(TEXT_A);

	// A student with nothing but a copy of the site, in a fresh browser, opens the case file from
	// file:// and reads it side by side; the author opens the same file in the editor again.
	const shared = {
		name: 'flood-reports.sidelight-case.json',
		mimeType: 'application/json',
		buffer: await readFile((await download.path())!)
	};
	const fresh = await page.context().browser()!.newContext();
	const student = await fresh.newPage();
	const index = pathToFileURL(resolve('build/index.html')).href;
	await student.goto(index);
	await student.getByLabel('Open a case file').setInputFiles(shared);
	await expect(student.getByRole('status').filter({ hasText: 'Added Flood reports' })).toBeVisible();
	await student.goto(`${index}#/cases/flood-reports`);
	await expect(student.locator('mark[data-annotations~="a-reports-have-surfaced"]')).toBeVisible();
	await expect(student.locator('mark[data-annotations~="b-critics-argue"]')).toBeVisible();
	await student.goto(`${index}#/author`);
	await student.getByLabel(/A case file someone shared/).setInputFiles(shared);
	await expect(student.getByRole('heading', { level: 1, name: 'Case editor: Flood reports' })).toBeVisible();
	await expect(student.getByText('No problems found')).toBeVisible();
	await fresh.close();
});

test('the editor passes axe on every tab, from the keyboard', async ({ page }) => {
	// Seven axe runs over a full page: several seconds each on a busy 2-core machine.
	test.setTimeout(240_000);
	await startCase(page);
	await addArticles(page);
	await page.getByRole('tab', { name: 'Case and articles' }).focus();
	for (const name of ['Annotations', 'Claims table', 'Exercises', 'Lesson', 'Preview', 'Export']) {
		await page.keyboard.press('ArrowRight');
		await expect(page.getByRole('tab', { name })).toBeFocused();
		await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
		await expectNoAxeViolations(page);
	}
});

test('a built-in case opens as a copy with no problems, and at 390 px wide the editor still fits', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('./#/author');
	await page
		.getByRole('button', { name: /Edit a copy/ })
		.first()
		.click();
	await expect(page.getByRole('heading', { level: 1, name: /^Case editor: 55,000/ })).toBeVisible();
	await expect(page.getByText('No problems found')).toBeVisible();
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBeLessThanOrEqual(0);
	await expectNoAxeViolations(page);
});

test('an author fills the claims grid and makes a mark exercise from the annotations', async ({ page }) => {
	await caseWithOneAnnotation(page);

	await page.getByRole('tab', { name: 'Claims table' }).click();
	await page.getByLabel('A fact the articles report').fill('Why the dam failed');
	await page.getByRole('button', { name: 'Add a fact' }).click();
	await page.getByLabel('Article A says').fill('it was neglected');
	await page.getByLabel('On whose authority').first().fill('unnamed reports');
	await page.getByText('Passages (0)').click();
	await page.getByRole('checkbox', { name: '“Reports have surfaced”' }).check();
	await expect(page.getByText('Passages (1)')).toBeVisible();

	await page.getByRole('tab', { name: 'Exercises' }).click();
	await page.getByLabel('What the student is asked').first().fill('Find the vague source in article A.');
	await page
		.getByRole('group', { name: /“Reports have surfaced”/ })
		.getByRole('radio', { name: 'To find' })
		.check();
	await page.getByRole('button', { name: 'Add the exercise' }).first().click();
	await expect(page.getByRole('heading', { name: 'Exercises in the lesson (1)' })).toBeVisible();
	await page.getByRole('tab', { name: 'Lesson' }).click();
	await page.getByLabel('What students learn: one objective a line').fill('Ask who says so.');
	await page.getByLabel('What students learn: one objective a line').blur();
	await page.getByRole('button', { name: 'Add a paragraph' }).click();
	await page.getByLabel(/^Paragraph text/).fill('Read article A, then ask **who** says so.');
	await expect(page.getByText('No problems found')).toBeVisible();
	await expectNoAxeViolations(page);

	// The lesson as students see it.
	await page.getByRole('tab', { name: 'Preview' }).click();
	await page.getByRole('radio', { name: 'The lesson page' }).check();
	await expect(page.getByText('Find the vague source in article A.')).toBeVisible();
	await expect(page.locator('strong', { hasText: 'who' })).toBeVisible();
});

test('when the browser refuses to store the draft, the editor says so and keeps it', async ({ page }) => {
	await startCase(page);
	await expect(page.getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible();
	// The next writes fail as a full disk makes them fail.
	await page.evaluate(() => {
		const put = IDBObjectStore.prototype.put;
		(window as unknown as { restorePut: () => void }).restorePut = () => (IDBObjectStore.prototype.put = put);
		IDBObjectStore.prototype.put = function () {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	});
	await page.getByLabel('Title', { exact: true }).fill('Flood reports, second draft');
	await expect(page.getByRole('alert')).toContainText('Not saved: this browser’s storage is full.');
	await expect(page.getByRole('alert')).toContainText('Your draft is still here');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Case editor: Flood reports, second draft');
	await page.evaluate(() => (window as unknown as { restorePut: () => void }).restorePut());
	await page.getByLabel('Title', { exact: true }).press('End');
	await page.keyboard.type('!');
	await expect(page.getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Case editor: Flood reports, second draft!');
});

test('from file://, the course map links to the editor, and a draft started there survives a reload', async ({ page }) => {
	const consoleErrors: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') consoleErrors.push(m.text());
	});
	await page.goto(pathToFileURL(resolve('build/index.html')).href);
	await page.getByRole('link', { name: 'Build a case of your own in the case editor' }).click();
	await page.getByLabel('Title of the case').fill('Offline case');
	await page.getByRole('button', { name: 'Start the case' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Case editor: Offline case');
	expect(consoleErrors).toEqual([]);
});

test('an author edits exercises already in the draft: a fault is named by its field, undone, and kept through a reload', async ({
	page
}) => {
	await caseWithOneAnnotation(page);

	// A choice exercise written by form, and a mark exercise made from the annotation.
	await page.getByRole('tab', { name: 'Exercises' }).click();
	await page.getByLabel('Kind').nth(1).selectOption('choice');
	const writeSection = page.getByRole('region', { name: 'Write one' });
	await writeSection.getByLabel('What the student is asked').fill('Who says the dam was neglected?');
	await writeSection.getByLabel('Text').first().fill('Unnamed reports');
	await writeSection.getByLabel('Feedback when chosen').first().fill('Yes: no one is named.');
	await writeSection.getByLabel('Text').nth(1).fill('The ministry');
	await writeSection.getByLabel('Feedback when chosen').nth(1).fill('The ministry speaks of repairs only.');
	await writeSection.getByRole('button', { name: 'Add the exercise' }).click();
	const makeSection = page.getByRole('region', { name: 'Make one from the annotations' });
	await makeSection.getByLabel('What the student is asked').fill('Find the vague source.');
	await makeSection.getByRole('radio', { name: 'To find' }).check();
	await makeSection.getByRole('button', { name: 'Add the exercise' }).click();
	await expect(page.getByRole('heading', { name: 'Exercises in the lesson (2)' })).toBeVisible();
	await page.getByRole('tab', { name: 'Lesson' }).click();
	await page.getByLabel('What students learn: one objective a line').fill('Ask who says so.');
	await page.getByLabel('What students learn: one objective a line').blur();
	await page.getByRole('tab', { name: 'Exercises' }).click();
	await expect(page.getByText('No problems found')).toBeVisible();

	// Edit the choice exercise: a new prompt, and no right option left, which the validator names there.
	const list = page.getByRole('region', { name: /^Exercises in the lesson/ });
	await list.getByRole('button', { name: /^Edit exercise who-says/ }).click();
	await expect(list.getByRole('button', { name: /^Close exercise who-says/ })).toHaveAttribute('aria-expanded', 'true');
	await list.getByLabel('What the student is asked').fill('Who says so, in article A?');
	await expect(list.getByText('choice: Who says so, in article A?')).toBeVisible();
	await list.getByRole('checkbox', { name: 'Right', exact: true }).first().uncheck();
	await expect(list.getByText('options: no option is correct')).toBeVisible();
	await expect(page.getByText('No problems found')).toBeHidden();
	// Undo (Ctrl+Z, the draft's history): the right option is back, and the prompt stays.
	await page.keyboard.press('Control+z');
	await expect(list.getByRole('checkbox', { name: 'Right', exact: true }).first()).toBeChecked();
	await expect(page.getByText('No problems found')).toBeVisible();
	await expect(list.getByLabel('What the student is asked')).toHaveValue('Who says so, in article A?');
	await expectNoAxeViolations(page);

	// Edit the mark exercise: the passage becomes borderline, which leaves nothing to find.
	await list.getByRole('button', { name: /^Edit exercise find-the-vague/ }).click();
	await list.getByRole('radio', { name: 'Borderline: neither earns nor costs' }).check();
	await expect(list.getByText(/targets/).first()).toBeVisible();
	await list.getByRole('radio', { name: 'To find' }).check();
	await expect(page.getByText('No problems found')).toBeVisible();
	await list.getByLabel('Explanation shown after checking (optional)').last().fill('Reports that name no one cannot be checked.');
	await expect(page.getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible();

	// Reload: the edits are kept.
	await page.reload();
	await page.getByRole('tab', { name: 'Exercises' }).click();
	await expect(list.getByText('choice: Who says so, in article A?')).toBeVisible();
	await list.getByRole('button', { name: /^Edit exercise find-the-vague/ }).click();
	await expect(list.getByLabel('Explanation shown after checking (optional)')).toHaveValue(
		'Reports that name no one cannot be checked.'
	);
});

test('an author renames an article: its annotations, claims and exercises follow in one undoable step, and a taken id is refused', async ({
	page
}) => {
	await caseWithOneAnnotation(page);
	await page.getByRole('tab', { name: 'Exercises' }).click();
	await page.getByLabel('What the student is asked').first().fill('Find the vague source.');
	await page.getByRole('radio', { name: 'To find' }).check();
	await page.getByRole('button', { name: 'Add the exercise' }).first().click();
	await page.getByRole('tab', { name: 'Lesson' }).click();
	await page.getByLabel('What students learn: one objective a line').fill('Ask who says so.');
	await page.getByLabel('What students learn: one objective a line').blur();
	await expect(page.getByText('No problems found')).toBeVisible();

	await page.getByRole('tab', { name: 'Case and articles' }).click();
	const idA = page.getByLabel(/^Id of article A/);
	const idB = page.getByLabel(/^Id of article B/);
	await expect(idA).toHaveValue('dam-neglected-say-reports');
	// A taken id is refused, with the reason next to the field.
	await idB.fill('dam-neglected-say-reports');
	await page.getByRole('button', { name: 'Rename article B' }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'Not renamed: Article A already has the id' })).toBeVisible();
	await expect(idB).toHaveAttribute('aria-invalid', 'true');
	await idB.fill('repairs-began-in-may');
	await page.getByRole('button', { name: 'Rename article B' }).click();
	await expect(idB).toHaveAttribute('aria-invalid', 'false');

	// Renamed by keyboard: the draft still validates, and the preview still shows the annotation.
	await idA.fill('dam-report');
	await idA.press('Enter');
	await expect(page.getByLabel(/^Id of article A/)).toHaveValue('dam-report');
	await expect(page.getByLabel(/^Id of article A/)).toBeFocused();
	await expect(page.getByText('No problems found')).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('tab', { name: 'Preview' }).click();
	await expect(page.locator('article[data-article="dam-report"] mark[data-annotations^="a-reports-have"]')).toBeVisible();

	// One undo puts the old id back everywhere.
	await page.getByRole('button', { name: 'Undo', exact: true }).click();
	await expect(
		page.locator('article[data-article="dam-neglected-say-reports"] mark[data-annotations^="a-reports-have"]')
	).toBeVisible();
	await page.getByRole('tab', { name: 'Case and articles' }).click();
	await expect(page.getByLabel(/^Id of article A/)).toHaveValue('dam-neglected-say-reports');
	await page.getByRole('button', { name: 'Redo', exact: true }).click();
	await expect(page.getByLabel(/^Id of article A/)).toHaveValue('dam-report');

	// The exported case file names the article by its new id only.
	await page.getByRole('tab', { name: 'Export' }).click();
	const caseFile = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download the case file' }).click();
	const data = JSON.parse(await readFile((await (await caseFile).path())!, 'utf8'));
	const paths = (data.files as { path: string }[]).map((f) => f.path);
	expect(paths).toContain('lessons/cases/flood-reports/articles/dam-report.txt');
	expect(paths).toContain('lessons/cases/flood-reports/annotations/dam-report.json');
	expect(JSON.stringify(data.files)).not.toContain('dam-neglected-say-reports');
});

test('every type of exercise opens in an edit form that passes axe, and a match, rank, numeric and classify edit each takes', async ({
	page
}) => {
	test.setTimeout(120_000);
	await startCase(page);
	await addArticles(page);
	await page.getByRole('tab', { name: 'Annotations' }).click();
	await page.getByRole('textbox', { name: 'Text of article A' }).focus();
	await page.keyboard.press('Shift+ArrowRight');
	await page.keyboard.press('Enter');
	await page.getByRole('radio', { name: /Vague attribution/ }).check();
	await page.getByLabel(/^Explanation/).fill('Which reports? None is named.');
	await page.getByRole('tab', { name: 'Exercises' }).click();

	const make = page.getByRole('region', { name: 'Make one from the annotations' });
	await make.getByLabel('Kind').selectOption('classify');
	await make.getByLabel('What the student is asked').fill('Sort the passage.');
	await make.getByRole('checkbox', { name: /“Reports have”/ }).check();
	await make.getByRole('button', { name: 'Add the exercise' }).click();

	const write = page.getByRole('region', { name: 'Write one' });
	await write.getByLabel('Kind').selectOption('numeric');
	await write.getByLabel('What the student is asked').fill('In which month did repairs begin?');
	await write.getByLabel('Answer').fill('5');
	await write.getByRole('button', { name: 'Add the exercise' }).click();
	await write.getByLabel('Kind').selectOption('match');
	await write.getByLabel('What the student is asked').fill('Match each source.');
	await write.getByLabel('Left items, one a line').fill('Reports\nThe ministry');
	await write.getByLabel('Right items, one a line').fill('Vague\nNamed');
	await write.getByLabel('“The ministry” goes with').selectOption('Named');
	await write.getByLabel('“Reports” goes with').selectOption('Vague');
	await write.getByRole('button', { name: 'Add the exercise' }).click();
	await write.getByLabel('Kind').selectOption('rank');
	await write.getByLabel('What the student is asked').fill('Best sourced first.');
	await write.getByRole('button', { name: 'Down article A' }).click();
	await write.getByRole('button', { name: 'Add the exercise' }).click();
	const list = page.getByRole('region', { name: /^Exercises in the lesson/ });
	await expect(list.getByRole('heading', { name: 'Exercises in the lesson (4)' })).toBeVisible();

	for (const id of ['sort-the-passage', 'in-which-month', 'match-each-source', 'best-sourced-first'])
		await list.getByRole('button', { name: `Edit exercise ${id}` }).click();
	await expectNoAxeViolations(page);

	// Numeric: a new answer and a tolerance.
	await list.getByLabel('Answer', { exact: true }).fill('6');
	await list.getByLabel('Accepted distance from it (0 = exact)').fill('1');
	// Match: a third source on the left, paired with "Named".
	await list.getByRole('button', { name: 'Add an item on the left' }).click();
	await expect(list.getByLabel('Left item 3', { exact: true })).toBeFocused();
	await page.keyboard.type('The council');
	await list.getByLabel('“The council” goes with').selectOption('Named');
	// Rank: article A back to first.
	await list.getByRole('button', { name: 'Up article A' }).click();
	await expect(list.getByRole('button', { name: 'Up article A' })).toBeDisabled();
	// Classify: no passage left to sort, which the validator names by the passages.
	await list.getByRole('checkbox', { name: /“Reports have”/ }).uncheck();
	await expect(list.getByText(/items should list at least 1 passage/)).toBeVisible();
	await list.getByRole('checkbox', { name: /“Reports have”/ }).check();

	// Kept through a reload.
	await expect(page.getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible();
	await page.reload();
	await page.getByRole('tab', { name: 'Exercises' }).click();
	for (const id of ['in-which-month', 'match-each-source', 'best-sourced-first'])
		await list.getByRole('button', { name: `Edit exercise ${id}` }).click();
	await expect(list.getByLabel('Answer', { exact: true })).toHaveValue('6');
	await expect(list.getByLabel('Accepted distance from it (0 = exact)')).toHaveValue('1');
	await expect(list.getByLabel('Left item 3', { exact: true })).toHaveValue('The council');
	await expect(list.getByLabel('“The council” goes with')).toHaveValue('r2');
	await expect(list.getByRole('button', { name: 'Up article A' })).toBeDisabled();
});
