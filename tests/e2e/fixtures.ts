// Shared helpers for the end-to-end tests: axe checks, and a guard that fails a test when the
// page requests anything outside the build's own origin (or folder, from file://).
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const CASE = 'ukraine-55000';

export const test = base.extend<{ outsideRequests: string[] }>({
	outsideRequests: [
		async ({ page, baseURL }, use) => {
			const outside: string[] = [];
			const origin = new URL(baseURL!).origin;
			page.on('request', (request) => {
				const url = request.url();
				if (url.startsWith('data:') || url.startsWith('blob:')) return;
				if (url.startsWith('file://')) return; // checked by the file:// test against the build folder
				if (new URL(url).origin !== origin) outside.push(url);
			});
			await use(outside);
			expect(outside, 'requests outside the build').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/**
 * axe as these tests run it. In the page itself (legacy mode): by default @axe-core/playwright opens
 * a new blank page for every check, injects axe again there and copies every result over to merge
 * the frames' results, which is most of a check's time and is there only for cross-origin frames,
 * which the site cannot have (its Content-Security-Policy allows no other origin; same-origin frames
 * are still checked). And with only violations reported in full: the tests assert on nothing else,
 * and describing every passing node is the rest of the time on a long page. The same rules run, with
 * the same violations (compared on the course's pages when this was set). `options()` replaces the
 * options object, so it comes before the rules are chosen.
 */
const axe = (page: Page) => new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });

export async function expectNoAxeViolations(page: Page) {
	const results = await axe(page).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
	const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target}`);
	expect(summary).toEqual([]);
}

/**
 * The rules a theme can change: a dark theme keeps the page's structure and names, so after a full
 * pass in the light theme, the dark one needs only its colours checked (a full second pass would
 * double the suite's slowest step for rules whose answer cannot differ).
 */
export async function expectNoContrastViolations(page: Page) {
	const results = await axe(page).withRules(['color-contrast', 'link-in-text-block']).analyze();
	const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target}`);
	expect(summary).toEqual([]);
}
