// Open formats out, from the page: the case's annotations download as W3C Web Annotation JSON-LD.
import { readFileSync } from 'node:fs';
import { CASE, expect, test } from './fixtures.js';

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
