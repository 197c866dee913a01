// A case shared as one file: opened on the course map (over http and from file://, each in a
// fresh browser), checked with the build's readers, listed as added, kept across a reload, and
// removable with Undo. A broken file is refused with its problems by file, line and field; a
// file that takes a built-in case's id is refused.
// From file://, the added case's side-by-side view shows its highlights and its lesson's exercises
// are checked and kept; a teacher assigns an added case's exercise (SLA3), the student's page names
// the case file until it is opened, and the gradebook imports the hand-in.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures.js';

const CASE_FILE = 'src/lib/golden/flood-reports.sidelight-case.json';
const TITLE = 'Two reports of a river flood';
const index = pathToFileURL(resolve('build/index.html')).href;

async function openCaseFile(page: Page, file: string | { name: string; buffer: Buffer }) {
	const input = page.getByLabel('Open a case file');
	await input.setInputFiles(typeof file === 'string' ? file : { ...file, mimeType: 'application/json' });
}

/** The records of the added-cases database, as the page stored them. */
function storedCases(page: Page) {
	return page.evaluate(
		() =>
			new Promise<{ id: string; contentHash: string; annotations: number; exercises: string[] }[]>((done, fail) => {
				const request = indexedDB.open('sidelight/added-cases');
				request.onerror = () => fail(request.error);
				request.onsuccess = () => {
					const all = request.result.transaction('cases').objectStore('cases').getAll();
					all.onsuccess = () =>
						done(
							all.result.map((r) => ({
								id: r.id,
								contentHash: r.contentHash,
								annotations: r.bundle.case.annotations.length,
								exercises: r.bundle.exercises.map((e: { exercise: { id: string } }) => e.exercise.id)
							}))
						);
				};
			})
	);
}

async function expectListed(page: Page) {
	const added = page.getByRole('list', { name: 'Added cases' });
	// One case (its lessons are a list inside its item).
	await expect(added.getByRole('listitem').filter({ has: page.getByRole('button', { name: /^Remove / }) })).toHaveCount(1);
	await expect(added.getByText('Added case')).toBeVisible();
	await expect(added.getByRole('link', { name: TITLE })).toHaveAttribute('href', /#\/cases\/flood-reports$/);
	await expect(added).toContainText('2 articles · 3 annotations · version 89cfc2fd');
}

test('a case file opened on the course map is checked, listed as added and kept across a reload', async ({ page }) => {
	await page.goto('/');
	await openCaseFile(page, CASE_FILE);
	await expect(page.getByRole('status').filter({ hasText: `Added ${TITLE}.` })).toBeVisible();
	await expectListed(page);
	expect(await storedCases(page)).toEqual([
		{ id: 'flood-reports', contentHash: '89cfc2fd', annotations: 3, exercises: ['flood-find-loaded-question', 'flood-who-named'] }
	]);
	await expectNoAxeViolations(page);
	await page.reload();
	await expectListed(page);
});

test('an added case can be removed, and the removal undone', async ({ page }) => {
	await page.goto('/');
	await openCaseFile(page, CASE_FILE);
	await expectListed(page);
	await page.getByRole('button', { name: `Remove ${TITLE}` }).click();
	await expect(page.getByRole('list', { name: 'Added cases' })).toHaveCount(0);
	await expect(page.getByRole('status').filter({ hasText: `Removed ${TITLE}` })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expectListed(page);
	await page.reload();
	await expectListed(page);
});

test('a broken case file is refused, naming the file, line and field of each problem', async ({ page }) => {
	const data = JSON.parse(readFileSync(CASE_FILE, 'utf8'));
	const at = data.files.findIndex((f: { path: string }) => f.path.endsWith('annotations/flood-brief.json'));
	data.files[at].text = data.files[at].text.replace('"sourced"', '"sauced"');
	await page.goto('/');
	await openCaseFile(page, { name: 'broken.sidelight-case.json', buffer: Buffer.from(JSON.stringify(data)) });
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('broken.sidelight-case.json was not added: it has a problem to fix first.');
	await expect(alert.getByRole('listitem')).toHaveText(
		/^lessons\/cases\/flood-reports\/annotations\/flood-brief\.json:4: "b-flood-officer" \(\[0\]\.category\) /
	);
	await expect(page.getByRole('list', { name: 'Added cases' })).toHaveCount(0);
	await expectNoAxeViolations(page);
});

test('a case file that takes a built-in case’s id is refused', async ({ page }) => {
	const text = readFileSync(CASE_FILE, 'utf8').replaceAll('flood-reports', 'ukraine-55000');
	await page.goto('/');
	await openCaseFile(page, { name: 'clash.sidelight-case.json', buffer: Buffer.from(text) });
	await expect(page.getByRole('alert')).toContainText('its id “ukraine-55000” is the id of the built-in case');
	await expect(page.getByRole('list', { name: 'Added cases' })).toHaveCount(0);
});

test('from file://, in a fresh browser: a case file opens and is listed as added', async ({ browser }) => {
	const context = await browser.newContext();
	const page = await context.newPage();
	const folder = pathToFileURL(resolve('build')).href + '/';
	const outside: string[] = [];
	page.on('request', (r) => {
		if (!r.url().startsWith(folder) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) outside.push(r.url());
	});
	await page.goto(index);
	await openCaseFile(page, CASE_FILE);
	await expect(page.getByRole('status').filter({ hasText: `Added ${TITLE}.` })).toBeVisible();
	await expectListed(page);
	await page.reload();
	await expectListed(page);
	expect(outside).toEqual([]);
	await context.close();
});

test('the gradebook refuses an assignment on an added case it lacks, naming the case file, and takes it once the case is opened', async ({
	page
}) => {
	const { assignments } = JSON.parse(readFileSync('src/lib/golden/added-case-vectors.json', 'utf8')) as {
		assignments: { code: string }[];
	};
	const code = assignments[0].code;
	await page.goto('./#/teacher/gradebook');
	await page.getByLabel('Add an assignment by its code').fill(code);
	await page.getByRole('button', { name: 'Add', exact: true }).click();
	await expect(
		page.getByText(
			'Open the case file for Two reports of a river flood (flood-reports, version 89cfc2fd) from the course map first.'
		)
	).toBeVisible();
	await expect(page.getByRole('combobox', { name: 'Show results for' })).toHaveCount(0);

	await page.goto('/');
	await openCaseFile(page, CASE_FILE);
	await expectListed(page);
	await page.goto('./#/teacher/gradebook');
	await page.getByLabel('Add an assignment by its code').fill(code);
	await page.getByRole('button', { name: 'Add', exact: true }).click();
	await expect(page.getByText('Added the assignment “Flood reports”.')).toBeVisible();
});

test('from file://, in a fresh browser: an added case opens side by side with its highlights, and its lesson, in steps, has exercises that are checked and kept', async ({
	browser
}) => {
	const context = await browser.newContext();
	const page = await context.newPage();
	const folder = pathToFileURL(resolve('build')).href + '/';
	const outside: string[] = [];
	page.on('request', (r) => {
		if (!r.url().startsWith(folder) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) outside.push(r.url());
	});
	await page.goto(index);
	await openCaseFile(page, CASE_FILE);
	await expectListed(page);

	await page.getByRole('list', { name: 'Added cases' }).getByRole('link', { name: TITLE }).click();
	await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
	await expect(page.locator('mark[data-annotations~="a-said-to-be-worried"]').first()).toBeVisible();
	await expect(page.locator('mark[data-annotations~="b-flood-officer"]').first()).toBeVisible();
	await expect(page.locator('mark[data-categories~="sourced"]').first()).toContainText('Dana Reyes');
	await page.reload(); // an added case's view opens from its address too, once the added cases are read
	await expect(page.locator('mark[data-annotations~="b-flood-officer"]').first()).toBeVisible();

	await page.goto(index);
	const lessons = page.getByRole('list', { name: `Lessons of ${TITLE}` });
	await lessons.getByRole('link', { name: 'Lesson: Two reports of a flood' }).click();
	await expect(page).toHaveURL(/#\/cases\/flood-reports\/lessons\/flood-reports$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Two reports of a flood' })).toBeVisible();
	const exercise = page.locator('[data-exercise="flood-who-named"]');
	await exercise.getByRole('radio', { name: 'B (the report with no headline)' }).check();
	await exercise.getByRole('button', { name: 'Check answer' }).click();
	await expect(exercise.getByRole('status')).toContainText('100%');
	await expect(page.locator('[data-exercise="flood-find-loaded-question"]')).toBeVisible();
	await expectNoAxeViolations(page);
	// In steps at its `##` headings, like the course's lessons: the recap waits for step 2.
	await expect(
		page.getByRole('navigation', { name: 'Steps of this lesson' }).getByRole('link', { name: /^Step \d/ })
	).toHaveCount(2);
	await expect(page.getByRole('heading', { name: /Recap/ })).toBeHidden();
	await page.getByRole('link', { name: 'Next step: Recap' }).click();
	await expect(page.getByRole('heading', { level: 2, name: /^Step 2 of 2\b.*Recap/ })).toBeFocused();
	await expect(page.locator('[data-exercise="flood-who-named"]')).toBeHidden();
	await page.goBack();
	await page.reload(); // progress is saved like a built-in lesson's
	await expect(page.locator('[data-exercise="flood-who-named"]').getByRole('status')).toContainText('100%');
	expect(outside).toEqual([]);
	await context.close();
});

test('a teacher assigns an added case’s exercise; the student opens its case file, hands in, and the gradebook imports the result', async ({
	browser,
	page: teacher
}) => {
	await teacher.goto('/');
	await openCaseFile(teacher, CASE_FILE);
	await expectListed(teacher);
	await teacher.goto('./#/teacher/assign');
	await teacher.getByLabel('Title', { exact: true }).fill('Flood homework');
	const prompt = 'Which article names the person who said no homes were flooded?';
	await teacher
		.locator('details', { has: teacher.getByText(prompt) })
		.locator('summary')
		.click();
	await teacher.getByRole('checkbox', { name: prompt }).check();
	await teacher.getByRole('button', { name: 'Create assignment' }).click();
	await expect(teacher.getByRole('heading', { name: /is ready/ })).toBeFocused();
	await expect(teacher.getByText(`It uses the added case “${TITLE}” (flood-reports, version 89cfc2fd)`)).toBeVisible();
	const link = await teacher.getByLabel('Link', { exact: true }).inputValue();
	expect(link).toMatch(/#\/assignment\/SLA3-[0-9A-Z]+$/);
	await expectNoAxeViolations(teacher);

	const studentContext = await browser.newContext();
	const student = await studentContext.newPage();
	await student.goto(link);
	await expect(student.getByRole('alert')).toContainText(
		`Open the case file for ${TITLE} (flood-reports, version 89cfc2fd) from the course map first.`
	);
	await expectNoAxeViolations(student);
	await openCaseFile(student, CASE_FILE);
	await expect(student.getByRole('heading', { level: 1 })).toHaveText('Flood homework');
	await student.getByLabel('Your name').fill('Ana');
	await student.getByRole('button', { name: 'Start' }).click();
	const exercise = student.locator('[data-exercise="flood-who-named"]');
	await exercise.getByRole('radio', { name: 'B (the report with no headline)' }).check();
	await exercise.getByRole('button', { name: 'Check answer' }).click();
	await expect(exercise.getByRole('status')).toContainText('100%');
	student.once('dialog', (d) => d.accept());
	await student.getByRole('button', { name: 'Hand in' }).click();
	const code = await student.getByRole('textbox', { name: 'Result code' }).inputValue();
	expect(code).toMatch(/^SLR1-/);
	await studentContext.close();

	await teacher.goto('./#/teacher/gradebook');
	await teacher.getByLabel('Paste result codes').fill(code);
	await teacher.getByRole('button', { name: 'Import codes' }).click();
	await expect(teacher.getByText(/added Ana/)).toBeVisible();
	await expect(teacher.getByRole('table').getByRole('row', { name: /Ana/ }).getByRole('cell')).toHaveText([
		/\d/,
		'100%',
		'1 / 1',
		'100%'
	]);
});
