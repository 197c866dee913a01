// Open formats out, from the page: the case's annotations download as W3C Web Annotation JSON-LD.
import { readFileSync } from 'node:fs';
import { CASE, expect, test } from './fixtures.js';
import { assignment, choice, resultCode, right, shortCode, wrong } from './result-codes.js';

test('the case page downloads every annotation as a W3C AnnotationCollection', async ({ page }) => {
	await page.goto(`./#/cases/${CASE}`);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download the annotations' }).click()
	]);
	expect(download.suggestedFilename()).toBe(`${CASE}.jsonld`);
	const collection = JSON.parse(readFileSync((await download.path())!, 'utf8'));
	expect(collection.type).toBe('AnnotationCollection');
	expect(collection.first.items.length).toBe(collection.total);
	expect(collection.first.items[0].id).toMatch(new RegExp(`^urn:sidelight:${CASE}:annotation:`));
});

test('the gradebook exports the class as xAPI statements, students under pseudonyms', async ({ page }) => {
	const homework = assignment();
	await page.goto('./#/teacher/gradebook');
	await page.getByLabel('Add an assignment by its code').fill(shortCode(homework));
	await page.getByRole('button', { name: 'Add', exact: true }).click();
	// Shown once stored; a result pasted before then is refused as for an unknown assignment.
	await expect(page.getByText(`Added the assignment “Assignment ${homework.id.slice(0, 4)}”.`)).toBeVisible();
	await page.getByLabel(/Paste result codes/).fill(`${resultCode(homework, 'Ada Lovelace', { [choice.id]: [wrong, right] })}`);
	await page.getByRole('button', { name: 'Import codes' }).click();
	await expect(page.getByText('added Ada Lovelace.')).toBeVisible();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export xAPI statements' }).click()
	]);
	const text = readFileSync((await download.path())!, 'utf8');
	expect(text).not.toMatch(/Ada|Lovelace|mbox/);
	const statements = JSON.parse(text);
	expect(statements).toHaveLength(1);
	expect(statements[0].verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
	expect(statements[0].object.id).toBe(`urn:sidelight:exercise:${choice.id}`);
	expect(statements[0].actor.account.name).toMatch(/^s-[0-9a-f]{8}$/);
});
