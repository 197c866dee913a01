// Assignments without a server, end to end with two browsers: a teacher builds an assignment, a
// student opens the link, works and hands in, and the teacher's gradebook re-scores the result
// code and file. Tampered codes are refused and change nothing.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures.js';
import { exercisesOf, lessonFolders } from './course-content.js';

const lesson1 = lessonFolders.find((f) => f.startsWith('01-'))!;
const lesson4 = lessonFolders.find((f) => f.startsWith('04-'))!;
const choice = exercisesOf(lesson1).find((e) => e.type === 'choice' && !e.multiple)!;
const numeric = exercisesOf(lesson4).find((e) => e.type === 'numeric')!;

async function buildAssignment(teacher: Page) {
	await teacher.goto('./#/teacher/assign');
	await expectNoAxeViolations(teacher);
	await teacher.getByLabel('Title', { exact: true }).fill('Homework <b>1</b>');
	for (const exercise of [choice, numeric]) {
		await teacher
			.locator('details', { has: teacher.getByText(exercise.prompt) })
			.locator('summary')
			.click();
		await teacher.getByRole('checkbox', { name: exercise.prompt }).check();
	}
	await teacher.getByRole('radio', { name: 'after each check' }).check();
	await teacher.getByRole('button', { name: 'Create assignment' }).click();
	await expect(teacher.getByRole('heading', { name: /is ready/ })).toBeFocused();
	await expect(teacher.getByRole('img', { name: /QR code/ })).toBeVisible();
	return teacher.getByLabel('Link', { exact: true }).inputValue();
}

test('a teacher assigns, a student hands in, the gradebook shows the same score', async ({ browser, page: teacher }) => {
	const link = await buildAssignment(teacher);
	expect(link).toMatch(/#\/assignment\/SLA2-[0-9A-Z]+\?title=/);

	// The student, in another browser.
	const studentContext = await browser.newContext();
	const student = await studentContext.newPage();
	await student.goto(link);
	await expect(student.getByRole('heading', { level: 1 })).toHaveText('Homework <b>1</b>');
	await student.getByLabel('Your name').fill('Zoë <script>alert(1)</script>');
	await student.getByRole('button', { name: 'Start' }).click();
	if (choice.type !== 'choice' || numeric.type !== 'numeric') throw new Error('fixture types');
	const right = choice.options.find((o) => o.correct)!;
	await student.locator(`[data-exercise="${choice.id}"]`).getByRole('radio', { name: right.text }).check();
	await student.locator(`[data-exercise="${choice.id}"]`).getByRole('button', { name: 'Check answer' }).click();
	await expect(student.locator(`[data-exercise="${choice.id}"]`).getByRole('status')).toContainText('100%');
	const numericRoot = student.locator(`[data-exercise="${numeric.id}"]`);
	await numericRoot.getByLabel('Your answer').fill('1');
	await numericRoot.getByRole('button', { name: 'Check answer' }).click();
	await expect(numericRoot.getByRole('status')).toContainText('0%');
	await student.reload(); // work in progress survives
	await expect(numericRoot.getByRole('status')).toContainText('0%');
	await expectNoAxeViolations(student);

	student.once('dialog', (d) => d.accept());
	await student.getByRole('button', { name: 'Hand in' }).click();
	const code = await student.getByRole('textbox', { name: 'Result code' }).inputValue();
	expect(code).toMatch(/^SLR1-/);
	await expect(student.getByRole('img', { name: /QR code/ })).toBeVisible();
	const download = student.waitForEvent('download');
	await student.getByRole('button', { name: 'Download result file' }).click();
	const file = await (await download).path();

	// Back to the teacher: import the code.
	await teacher.goto('./#/teacher/gradebook');
	await teacher.getByLabel('Paste result codes').fill(`here it is: ${code}`);
	await teacher.getByRole('button', { name: 'Import codes' }).click();
	await expect(teacher.getByText(/added Zoë <script>alert\(1\)<\/script>/)).toBeVisible();
	const table = teacher.getByRole('table');
	const row = table.getByRole('row', { name: /Zoë/ });
	await expect(row.getByRole('rowheader')).toHaveText('Zoë <script>alert(1)</script>');
	// The hand-in time, in the teacher's own locale, then the scores.
	await expect(row.getByRole('cell')).toHaveText([/\d/, '100%', '0%', '1 / 2', '50%']);

	// The same result as a file is a duplicate; nothing changes.
	await teacher
		.getByLabel('Choose result files')
		.setInputFiles({ name: 'zoe.json', mimeType: 'application/json', buffer: readFileSync(file!) });
	await expect(teacher.getByText(/already imported/)).toBeVisible();
	await expect(table.getByRole('row')).toHaveCount(2);

	// A tampered code is refused, and the table is unchanged.
	const before = await table.innerText();
	const i = code.length - 8;
	const tampered = code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
	await teacher.getByLabel('Paste result codes').fill(tampered);
	await teacher.getByRole('button', { name: 'Import codes' }).click();
	await expect(teacher.getByText(/Refused/)).toBeVisible();
	expect(await table.innerText()).toBe(before);
	await teacher.reload();
	expect(await teacher.getByRole('table').innerText()).toBe(before);

	// CSV: one row per student, one column per exercise, plus totals.
	const csvDownload = teacher.waitForEvent('download');
	await teacher.getByRole('button', { name: 'Export CSV' }).click();
	const csv = readFileSync((await (await csvDownload).path())!, 'utf8');
	const lines = csv
		.replace(/^\ufeff/, '')
		.trimEnd()
		.split('\r\n');
	expect(lines).toHaveLength(2);
	const header = lines[0].split(',');
	expect(header).toHaveLength(6);
	expect(header.slice(0, 2)).toEqual(['Student', 'Handed in']);
	expect(header[2]).toMatch(new RegExp(`^1\\.\\d+ ${choice.id}$`));
	expect(header[3]).toMatch(new RegExp(`^4\\.\\d+ ${numeric.id}$`));
	expect(header.slice(4)).toEqual(['Total (of 2)', 'Percent']);
	expect(lines[1]).toMatch(/^Zoë <script>alert\(1\)<\/script>,.*,1,0,1,50$/);
	await expectNoAxeViolations(teacher);
	await studentContext.close();
});

test('the teacher area shows every answer key, by lesson and by technique, and passes axe', async ({ page }) => {
	await page.goto('./#/teacher');
	await expect(page.getByRole('note')).toContainText('cannot be hidden from students');
	const total = lessonFolders.flatMap(exercisesOf).length;
	await expect(page.locator('[data-exercise-key]')).toHaveCount(total);
	await page.getByLabel('Technique').selectOption({ label: 'Loaded question' });
	const filtered = await page.locator('[data-exercise-key]').count();
	expect(filtered).toBeGreaterThan(0);
	expect(filtered).toBeLessThan(total);
	await expectNoAxeViolations(page);
});

test('a student can type an assignment code; a broken code says what is wrong', async ({ page }) => {
	await page.goto('./#/assignment');
	await page.getByLabel('Assignment code').fill('SLA1-NOTACODE');
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByRole('alert')).toBeVisible();
	await expectNoAxeViolations(page);
});
