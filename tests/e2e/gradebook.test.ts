// The gradebook as a teacher runs a term on it: a short assignment code typed by hand, codes
// pasted from chat and e-mail, the same grades in any import order, conflicts decided by the
// teacher, records renamed, deleted and restored with undo, the first-attempt switch, and the
// longest result code an assignment allows.
import type { Page } from '@playwright/test';
import { encodeAssignment } from '../../src/lib/assignments/assignment-code.js';
import { expect, expectNoAxeViolations, test } from './fixtures.js';
import { assignment, choice, longestResult, numeric, otherWrong, resultCode, right, shortCode, wrong } from './result-codes.js';

const homework = assignment();
const code = shortCode(homework);

async function openGradebook(page: Page, typed = code) {
	await page.goto('./#/teacher/gradebook');
	// Typed as a person would from a handout: lower case, in groups.
	await page.getByLabel('Add an assignment by its code').pressSequentially(typed.toLowerCase().replace(/(.{4})/g, '$1 '));
	await page.getByRole('button', { name: 'Add', exact: true }).click();
	await expect(page.getByText(`Added the assignment “Assignment ${homework.id.slice(0, 4)}”.`)).toBeVisible();
}

async function paste(page: Page, text: string) {
	await page.getByLabel(/Paste result codes/).fill(text);
	await page.getByRole('button', { name: 'Import codes' }).click();
}

const rowOf = (page: Page, name: RegExp) => page.getByRole('table').getByRole('row', { name });

test('a teacher types the short assignment code by hand and imports codes pasted from chat and e-mail', async ({ page }) => {
	expect(code.length).toBeLessThanOrEqual(40);
	await openGradebook(page);
	const ada = resultCode(homework, 'Ada', { [choice.id]: [right], [numeric.id]: [{ type: 'numeric', value: 1 }] });
	const bob = resultCode(homework, 'Bob', { [choice.id]: [wrong] });
	const cy = resultCode(homework, 'Cy', { [numeric.id]: [{ type: 'numeric', value: 2 }] });
	const message = `Hi Miss, here is mine: ${ada}.\n\nOn Tue, Bob wrote:\n> ${bob.slice(0, 30)}\n> ${bob.slice(30)}\n\n[10:41] Cy: "${cy}" thanks!`;
	await page.getByLabel(/Paste result codes/).fill(message);
	await expect(page.getByText('3 codes found.')).toBeVisible();
	await page.getByRole('button', { name: 'Import codes' }).click();
	for (const name of ['Ada', 'Bob', 'Cy']) await expect(page.getByText(`added ${name}.`)).toBeVisible();
	await expect(page.getByText(/Refused/)).toHaveCount(0);
	await expect(page.getByRole('table').getByRole('row')).toHaveCount(4);
	await expectNoAxeViolations(page);
});

// The reviewer's case (M5): one device hands in wrong; another, later, wrong then right.
const device1 = resultCode(homework, 'Sam Student', { [choice.id]: [wrong] }, '2026-12-01T09:00:00.000Z');
const device2 = resultCode(homework, '  sam   STUDENT ', { [choice.id]: [otherWrong, right] }, '2026-12-01T10:00:00.000Z');

test('grades do not depend on import order, and the teacher decides a conflict', async ({ page, browser }) => {
	await openGradebook(page);
	await paste(page, device1);
	await paste(page, device2);
	await expect(page.getByText(/the hand-ins disagree/)).toBeVisible();
	const inOrder = await rowOf(page, /Sam/).innerText();

	const other = await (await browser.newContext()).newPage();
	await openGradebook(other);
	await paste(other, device2);
	await paste(other, device1);
	expect(await rowOf(other, /Sam/).innerText()).toBe(inOrder);
	await other.context().close();

	await expect(rowOf(page, /Sam/)).toContainText('hand-ins disagree');
	await page.getByRole('button', { name: 'Count them together (one student, two devices)' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Counted Sam Student’s hand-ins together.' })).toBeVisible();
	await expect(rowOf(page, /Sam/)).not.toContainText('hand-ins disagree');
	await expectNoAxeViolations(page);
});

test('a code pasted while the previous import runs is kept, and goes in next', async ({ page }) => {
	await openGradebook(page);
	await page.getByLabel(/Paste result codes/).fill(device1);
	// The next code is pasted in the same moment the import starts, before it is stored.
	await page.evaluate((next) => {
		const box = document.querySelector<HTMLTextAreaElement>('textarea')!;
		[...document.querySelectorAll('button')].find((b) => b.textContent === 'Import codes')!.click();
		box.value = next;
		box.dispatchEvent(new Event('input', { bubbles: true }));
	}, device2);
	await expect(page.getByText(/added Sam Student/)).toBeVisible();
	await expect(page.getByLabel(/Paste result codes/)).toHaveValue(device2);
	await page.getByRole('button', { name: 'Import codes' }).click();
	await expect(page.getByText(/the hand-ins disagree/)).toBeVisible();
	await expect(rowOf(page, /Sam/)).toContainText('2 hand-ins');
});

test('a teacher renames and deletes students, and removes a hand-in with undo', async ({ page }) => {
	await openGradebook(page);
	await paste(page, [resultCode(homework, 'Ada', { [choice.id]: [right] }), device1, device2].join('\n'));
	await expect(rowOf(page, /Ada/)).toBeVisible();

	await page.locator('summary', { hasText: 'Ada' }).click();
	await page.getByRole('button', { name: 'Rename Ada' }).click();
	await page.getByLabel('New name', { exact: true }).fill('Ada Lovelace');
	await page.getByRole('button', { name: 'Rename', exact: true }).click();
	await expect(page.getByRole('table').getByRole('rowheader', { name: 'Ada Lovelace' })).toBeVisible();

	const sam = rowOf(page, /Sam/);
	const before = await sam.innerText();
	const samRecords = page.locator('details', { has: page.locator('summary', { hasText: 'Sam Student' }) });
	await samRecords.getByRole('button', { name: 'Remove this hand-in' }).last().click();
	await expect(page.getByRole('status').filter({ hasText: /Removed Sam Student’s hand-in/ })).toBeVisible();
	await expect(sam).not.toContainText('hand-ins disagree');
	expect(await sam.innerText()).not.toBe(before);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(sam).toContainText('hand-ins disagree');
	expect(await sam.innerText()).toBe(before);

	page.once('dialog', (dialog) => dialog.accept());
	await page.locator('summary', { hasText: 'Ada Lovelace' }).click();
	await page
		.locator('details', { has: page.locator('summary', { hasText: 'Ada Lovelace' }) })
		.getByRole('button', { name: 'Delete Ada Lovelace' })
		.click();
	await expect(page.getByRole('table').getByRole('rowheader', { name: /Ada/ })).toHaveCount(0);

	// Everything survives a reload.
	await page.reload();
	await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
	await expect(rowOf(page, /Sam/)).toContainText('hand-ins disagree');
});

test('the class table switches between counted and first-attempt scores', async ({ page }) => {
	await openGradebook(page);
	await paste(page, resultCode(homework, 'Ada', { [choice.id]: [wrong, right] }));
	const ada = rowOf(page, /Ada/);
	await expect(ada.getByRole('cell').nth(1)).toHaveText('100% (first 0%)');
	await page.getByRole('radio', { name: 'first attempt' }).check();
	await expect(ada.getByRole('cell').nth(1)).toHaveText('0%');
	await expect(ada.getByRole('cell').last()).toHaveText('0%');
	await page.getByRole('radio', { name: /counted/ }).check();
	await expect(ada.getByRole('cell').last()).toHaveText('50%');

	// Printed, the class table stands on its own: no import, assignment or backup controls.
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('table')).toBeVisible();
	await expect(page.getByText(`${choice.id}`, { exact: false })).toHaveCount(0);
	for (const control of [/Paste result codes/, 'Add an assignment by its code', 'Restore from a backup', 'Find a student']) {
		await expect(page.getByLabel(control)).toBeHidden();
	}
	await expect(page.getByRole('columnheader').nth(2)).toContainText(choice.prompt);
});

test('the longest result code an assignment allows is offered as text and file, and imports', async ({ page }) => {
	test.setTimeout(180_000);
	const { assignment: whole, code: longest } = longestResult();
	const short = shortCode(whole);
	expect(short.length).toBeLessThanOrEqual(40);
	// The student's copy after handing in: the stored hand-in, as the page saves it.
	await page.goto(`./#/assignment/${short}?title=Everything`);
	await page.evaluate(
		([key, code]) =>
			localStorage.setItem(key, JSON.stringify({ name: 'Ada', handedIn: { code, at: '2026-12-01T09:00:00.000Z' } })),
		[`sidelight:assignment:${whole.id}:meta`, longest]
	);
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Handed in' })).toBeVisible({ timeout: 30_000 });
	await expect(page.getByRole('textbox', { name: 'Result code' })).toHaveValue(longest);
	await expect(page.getByRole('note').filter({ hasText: 'too long for a QR code' })).toBeVisible();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download result file' }).click();
	const file = await (await download).path();

	await page.goto('./#/teacher/gradebook');
	await page.getByLabel('Add an assignment by its code').fill(short);
	await page.getByRole('button', { name: 'Add', exact: true }).click();
	await page.getByLabel('Choose result files').setInputFiles(file!);
	await expect(page.getByText(/added Ada\./)).toBeVisible({ timeout: 60_000 });
	await expect(rowOf(page, /Ada/).getByRole('cell').last()).toHaveText('100%');
});

test('an assignment code for exercises this copy lacks is not added, and says why (m6)', async ({ page }) => {
	await page.goto('./#/teacher/gradebook');
	const unknown = encodeAssignment({ ...homework, title: 'From a newer copy', exercises: ['an-exercise-from-a-newer-copy'] });
	await page.getByLabel('Add an assignment by its code').fill(`Here it is: ${unknown}`);
	await page.getByRole('button', { name: 'Add', exact: true }).click();
	await expect(page.getByText(/does not have the exercise “an-exercise-from-a-newer-copy”/)).toBeVisible();
	await expect(page.getByText('✓')).toHaveCount(0);
	await expect(page.getByRole('combobox', { name: 'Show results for' })).toHaveCount(0);
});

test('a backup from another computer is checked, then merged into this gradebook', async ({ page, browser }) => {
	await openGradebook(page);
	await paste(page, resultCode(homework, 'Ada', { [choice.id]: [right] }));
	const download = page.waitForEvent('download');
	await page.getByRole('region', { name: 'Backup' }).getByRole('button', { name: 'Export a backup' }).click();
	const file = await (await download).path();

	const other = await (await browser.newContext()).newPage();
	await openGradebook(other);
	await paste(other, resultCode(homework, 'Bob', { [choice.id]: [wrong] }));
	await other.getByLabel('Restore from a backup').setInputFiles(file!);
	await expect(other.getByText(/is a gradebook backup with 1 hand-in for 1 assignment/)).toBeVisible();
	await other.getByRole('button', { name: 'Merge the backup into this gradebook' }).click();
	await expect(other.getByText('The backup was merged into this gradebook.')).toBeVisible();
	await expect(rowOf(other, /Ada/)).toBeVisible();
	await expect(rowOf(other, /Bob/)).toBeVisible();

	// A file that is not a backup is refused before any choice is offered (m8).
	await other
		.getByLabel('Restore from a backup')
		.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
	await expect(other.getByText('This file is not a Sidelight gradebook backup. Nothing was restored.')).toBeVisible();
	await expect(other.getByRole('button', { name: /Replace this gradebook/ })).toHaveCount(0);
	await other.context().close();
});

test('an assignment code added before the course’s case has loaded is added, not refused', async ({ browser, baseURL }) => {
	// No service worker: it would fetch the case file itself, past the page's route.
	const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
	const page = await context.newPage();
	let release = () => {};
	const held = new Promise<void>((done) => (release = done));
	await page.route('**/cases/*.js', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('./#/teacher/gradebook');
	await page.getByLabel('Add an assignment by its code').fill(code);
	await page.getByRole('button', { name: 'Add', exact: true }).click();
	release();
	await expect(page.getByText(`Added the assignment “Assignment ${homework.id.slice(0, 4)}”.`)).toBeVisible();
	await context.close();
});
