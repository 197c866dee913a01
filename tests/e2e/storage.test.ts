// Storage under stress, in Chromium, on the built site: full storage (the quota shrunk through
// the DevTools protocol, then filled) for a student's save and hand-in and a teacher's import
// and new assignment; storage blocked on every route; two tabs; 0.1.0's localStorage data
// moved in; two different copies opened from file:// on one computer.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { CASE, expect, expectNoAxeViolations, test } from './fixtures.js';
import { answerLesson4Number, exercisesOf, lessonFolders, slugOf } from './course-content.js';

const lesson1 = lessonFolders.find((f) => f.startsWith('01-'))!;
const lesson4 = lessonFolders.find((f) => f.startsWith('04-'))!;
const choice = exercisesOf(lesson1).find((e) => e.type === 'choice' && !e.multiple)!;
const numeric = exercisesOf(lesson4).find((e) => e.type === 'numeric')!;
if (choice.type !== 'choice' || numeric.type !== 'numeric') throw new Error('fixture types');
const rightOption = choice.options.find((o) => o.correct)!.text;
const FULL = /Not saved: this browser’s storage is full/;

// Filling storage, two browsers, or every route in turn: more than the default minute on a busy machine.
test.describe.configure({ timeout: 180_000 });

const shrunk: string[] = [];

/** The quota capStorage gives an origin before its first write. */
const CAP = 20_000_000;

/**
 * Caps the origin's quota before its first write, so that fillStorage's shrunken quota counts at
 * once. Chromium's IndexedDB asks the quota manager for the room left only now and then: it keeps
 * the answer, lets writes spend it, and asks again when a write needs more than is left or after
 * 30 seconds (BucketContext::kBucketSpaceCacheTimeLimit). Asked first with the disk's gigabytes
 * free, a filler writes for the rest of those 30 seconds before the shrunken quota counts; asked
 * first with the cap, one write bigger than the cap makes it ask again. 20 MB is several times what
 * the site keeps before the filling (about 3 MB: the service worker's cache and the records), so
 * nothing it does before then runs short.
 */
async function capStorage(page: Page, origin: string) {
	const cdp = await page.context().newCDPSession(page);
	shrunk.push(origin);
	await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: CAP });
}

/**
 * Makes the origin's storage full: the quota shrunk to what is used plus a little (DevTools
 * protocol), and that little filled by another database. Returns a function that frees it again.
 */
async function fillStorage(page: Page): Promise<() => Promise<void>> {
	const cdp = await page.context().newCDPSession(page);
	const origin = new URL(page.url()).origin;
	const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
	shrunk.push(origin);
	await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + 300_000 });
	await page.evaluate(async (cap) => {
		const db = await new Promise<IDBDatabase>((done, fail) => {
			const request = indexedDB.open('filler', 1);
			request.onupgradeneeded = () => request.result.createObjectStore('junk');
			request.onsuccess = () => done(request.result);
			request.onerror = () => fail(request.error);
		});
		const put = (i: number, size: number) =>
			new Promise<boolean>((done) => {
				const tx = db.transaction('junk', 'readwrite');
				tx.objectStore('junk').put('x'.repeat(size), i);
				tx.oncomplete = () => done(true);
				tx.onabort = () => done(false);
			});
		// More than the cap (capStorage): refused, and the room left is asked for again, now shrunk.
		if (await put(-1, cap + 1_000_000)) throw new Error('the quota was not capped before the first write');
		// Halving down to one character, as a real "storage full" leaves no room for any record at all.
		for (let size = 100_000, i = 0; size >= 1;) if (!(await put(i++, size))) size = Math.floor(size / 2);
		db.close();
	}, CAP);
	return async () => {
		await page.evaluate(
			() =>
				new Promise((done) => {
					const request = indexedDB.deleteDatabase('filler');
					request.onsuccess = request.onerror = request.onblocked = done;
				})
		);
		await cdp.send('Storage.overrideQuotaForOrigin', { origin });
	};
}

async function buildAssignment(teacher: Page, title: string) {
	await teacher.goto('./#/teacher/assign');
	await teacher.getByLabel('Title', { exact: true }).fill(title);
	await teacher
		.locator('details', { has: teacher.getByText(choice.prompt) })
		.locator('summary')
		.click();
	await teacher.getByRole('checkbox', { name: choice.prompt }).check();
	await teacher.getByRole('button', { name: 'Create assignment' }).click();
	await expect(teacher.getByRole('heading', { name: /is ready/ })).toBeVisible();
	return teacher.getByLabel('Link', { exact: true }).inputValue();
}

async function startAssignment(browser: Browser, link: string, name: string, options: { capped?: boolean } = {}) {
	const context = await browser.newContext();
	const student = await context.newPage();
	if (options.capped) await capStorage(student, new URL(link).origin);
	await student.goto(link);
	await student.getByLabel('Your name').fill(name);
	await student.getByRole('button', { name: 'Start' }).click();
	const root = student.locator(`[data-exercise="${choice.id}"]`);
	await root.getByRole('radio', { name: rightOption }).check();
	await root.getByRole('button', { name: 'Check answer' }).click();
	await expect(root.getByRole('status')).toContainText('100%');
	return { context, student, root };
}

test.describe('storage full', () => {
	// The quota override belongs to the browser, which the next test in this worker reuses: undo it.
	test.afterEach(async ({ page }) => {
		const cdp = await page.context().newCDPSession(page);
		for (const origin of shrunk.splice(0)) await cdp.send('Storage.overrideQuotaForOrigin', { origin });
	});

	test('a student’s check is not reported saved, the answer stays on the page, and what was saved survives', async ({
		page,
		baseURL
	}) => {
		await capStorage(page, new URL(baseURL!).origin);
		const { root: saved } = await answerLesson4Number(page, './');
		const free = await fillStorage(page);
		await page.goto(`./#/lessons/${slugOf(lesson1)}?exercise=${choice.id}`);
		const root = page.locator(`[data-exercise="${choice.id}"]`);
		await root.getByRole('radio', { name: rightOption }).check();
		await root.getByRole('button', { name: 'Check answer' }).click();
		await expect(root.getByRole('alert')).toContainText(FULL);
		await expect(root.getByRole('alert')).toContainText('Your answer is still here');
		await expect(root.getByRole('status')).not.toContainText('All correct');
		await expect(root.getByRole('radio', { name: rightOption })).toBeChecked();

		await page.reload();
		await expect(root.getByRole('status')).toBeEmpty();
		await page.goto(`./#/lessons/${slugOf(lesson4)}?exercise=${numeric.id}`);
		await expect(saved.getByRole('status')).toContainText('All correct!');

		// With room again, the same button saves it.
		await free();
		await page.goto(`./#/lessons/${slugOf(lesson1)}?exercise=${choice.id}`);
		await root.getByRole('radio', { name: rightOption }).check();
		await root.getByRole('button', { name: 'Check answer' }).click();
		await expect(root.getByRole('status')).toContainText('All correct!');
		await page.reload();
		await expect(root.getByRole('status')).toContainText('All correct!');
	});

	test('a hand-in that cannot be stored shows no result code, and the work is still there after a reload', async ({
		browser,
		page: teacher
	}) => {
		const link = await buildAssignment(teacher, 'Full storage homework');
		const { context, student, root } = await startAssignment(browser, link, 'Sam', { capped: true });
		const free = await fillStorage(student);
		student.once('dialog', (d) => d.accept());
		await student.getByRole('button', { name: 'Hand in' }).click();
		await expect(student.getByRole('alert')).toContainText(FULL);
		await expect(student.getByRole('alert')).toContainText('Nothing was handed in yet');
		await expect(student.getByRole('textbox', { name: 'Result code' })).toHaveCount(0);

		await student.reload();
		await expect(student.getByRole('button', { name: 'Hand in' })).toBeVisible();
		await expect(root.getByRole('status')).toContainText('100%');

		await free();
		student.once('dialog', (d) => d.accept());
		await student.getByRole('button', { name: 'Hand in' }).click();
		await expect(student.getByRole('textbox', { name: 'Result code' })).toHaveValue(/^SLR1-/);
		await student.reload();
		await expect(student.getByRole('textbox', { name: 'Result code' })).toHaveValue(/^SLR1-/);
		await context.close();
	});

	test('a teacher’s import and new assignment say they were not saved, keep the pasted code, and change nothing', async ({
		browser,
		page: teacher,
		baseURL
	}) => {
		await capStorage(teacher, new URL(baseURL!).origin);
		const link = await buildAssignment(teacher, 'Import when full');
		const { context, student } = await startAssignment(browser, link, 'Robin');
		student.once('dialog', (d) => d.accept());
		await student.getByRole('button', { name: 'Hand in' }).click();
		const code = await student.getByRole('textbox', { name: 'Result code' }).inputValue();
		await context.close();

		await teacher.goto('./#/teacher/gradebook');
		await expect(teacher.getByRole('heading', { name: 'Gradebook' })).toBeVisible();
		await teacher.waitForLoadState('load');
		const free = await fillStorage(teacher);
		await teacher.getByLabel('Paste result codes').fill(code);
		await teacher.getByRole('button', { name: 'Import codes' }).click();
		const importSection = teacher.getByRole('region', { name: 'Import results' });
		await expect(importSection.getByRole('alert')).toContainText(FULL);
		await expect(importSection.getByRole('alert')).toContainText('Export a backup');
		await expect(teacher.getByText(/added Robin/)).toHaveCount(0);
		await expect(teacher.getByLabel('Paste result codes')).toHaveValue(code);
		await expect(teacher.getByText('No results imported for this assignment yet.')).toBeVisible();
		await expectNoAxeViolations(teacher);

		await teacher.goto('./#/teacher/assign');
		await teacher.getByLabel('Title', { exact: true }).fill('Never stored');
		await teacher.getByRole('checkbox', { name: /Lesson 1:/ }).check();
		await teacher.getByRole('button', { name: 'Create assignment' }).click();
		await expect(teacher.getByRole('alert')).toContainText(FULL);
		await expect(teacher.getByRole('heading', { name: /is ready/ })).toHaveCount(0);
		await expect(teacher.getByLabel('Title', { exact: true })).toHaveValue('Never stored');

		await teacher.goto('./#/teacher/gradebook');
		await expect(teacher.getByRole('heading', { name: 'Gradebook' })).toBeVisible();
		await teacher.reload();
		await expect(teacher.getByText('No results imported for this assignment yet.')).toBeVisible();
		await expect(teacher.getByRole('combobox', { name: 'Show results for' })).not.toContainText('Never stored');
		await expect(teacher.getByTestId('storage-room')).toContainText('Room left in this browser');

		await free();
		await teacher.getByLabel('Paste result codes').fill(code);
		await teacher.getByRole('button', { name: 'Import codes' }).click();
		await expect(teacher.getByText(/added Robin/)).toBeVisible();
		await expect(teacher.getByRole('note').filter({ hasText: 'Back up now' })).toBeVisible();
		await teacher.reload();
		await expect(teacher.getByRole('row', { name: /Robin/ })).toBeVisible();
	});
});

const routes = [
	'/',
	`/cases/${CASE}`,
	`/cases/${CASE}/claims`,
	...lessonFolders.map((f) => `/lessons/${slugOf(f)}`),
	'/teacher',
	'/teacher/assign',
	'/teacher/gradebook',
	'/assignment'
];

test('with storage blocked, every route works in memory and says once that nothing will be kept', async ({ page }) => {
	// What Chromium and Firefox do with site data blocked: the getters throw SecurityError.
	await page.addInitScript(() => {
		for (const name of ['indexedDB', 'localStorage'])
			Object.defineProperty(window, name, {
				get() {
					throw new DOMException('The operation is insecure.', 'SecurityError');
				}
			});
	});
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	for (const route of routes) {
		await page.goto(`./#${route}`);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByText(/Something went wrong|Internal Error/)).toHaveCount(0);
		await expect(page.getByRole('note').filter({ hasText: 'Nothing will be kept after you close this tab' })).toHaveCount(1);
	}
	// It still works: an answer is checked and scored, and the teacher can build an assignment.
	const { root } = await answerLesson4Number(page, './');
	await expect(root.getByRole('alert')).toHaveCount(0);
	await expectNoAxeViolations(page);
	await buildAssignment(page, 'In memory');
	expect(errors).toEqual([]);
});

test.describe('two tabs', () => {
	test('answers typed in one tab appear in the other, and checks in both are kept', async ({ page: tabA, context }) => {
		if (numeric.type !== 'numeric') return;
		const tabB = await context.newPage();
		for (const tab of [tabA, tabB]) await tab.goto(`./#/lessons/${slugOf(lesson4)}?exercise=${numeric.id}`);
		const inA = tabA.locator(`[data-exercise="${numeric.id}"]`);
		const inB = tabB.locator(`[data-exercise="${numeric.id}"]`);
		await inA.getByLabel('Your answer').fill('1234');
		await expect(inB.getByLabel('Your answer')).toHaveValue('1234');

		// Both tabs check at once, one exercise each: neither overwrites the other.
		await inB.getByLabel('Your answer').fill(String(numeric.answer));
		await expect(inA.getByLabel('Your answer')).toHaveValue(String(numeric.answer));
		await tabA.goto(`./#/lessons/${slugOf(lesson1)}?exercise=${choice.id}`);
		const choiceInA = tabA.locator(`[data-exercise="${choice.id}"]`);
		await choiceInA.getByRole('radio', { name: rightOption }).check();
		await Promise.all([
			choiceInA.getByRole('button', { name: 'Check answer' }).click(),
			inB.getByRole('button', { name: 'Check answer' }).click()
		]);
		await expect(choiceInA.getByRole('status')).toContainText('All correct!');
		await expect(inB.getByRole('status')).toContainText('All correct!');
		await tabA.goto('./#/');
		await expect(tabA.getByRole('progressbar', { name: 'Progress in the whole course' })).toHaveAttribute('value', '2');
	});

	test('a hand-in in one tab locks the other, which cannot hand in again', async ({ browser, page: teacher }) => {
		const link = await buildAssignment(teacher, 'Two tabs');
		const { context, student: tabA } = await startAssignment(browser, link, 'Alex');
		const tabB = await context.newPage();
		await tabB.goto(link);
		await expect(tabB.getByRole('button', { name: 'Hand in' })).toBeVisible();
		tabA.once('dialog', (d) => d.accept());
		await tabA.getByRole('button', { name: 'Hand in' }).click();
		const code = await tabA.getByRole('textbox', { name: 'Result code' }).inputValue();
		// The other tab follows without a reload: the hand-in is shown, nothing can be changed.
		await expect(tabB.getByRole('textbox', { name: 'Result code' })).toHaveValue(code);
		await expect(tabB.getByRole('button', { name: 'Hand in' })).toHaveCount(0);
		await expect(tabB.getByRole('button', { name: 'change' })).toHaveCount(0);
		await tabB.reload();
		await expect(tabB.getByRole('textbox', { name: 'Result code' })).toHaveValue(code);
		await context.close();
	});
});

test('0.1.0’s localStorage data is moved into IndexedDB on first load, without loss', async ({ page }) => {
	const fixture = JSON.parse(readFileSync('tests/fixtures/legacy-storage/v0.1.0.json', 'utf8')) as {
		exercises: { choice: string; mark: string; numeric: string };
		resultCode: string;
		localStorage: Record<string, string>;
	};
	// Put the data where 0.1.0 left it, on this origin, before Sidelight starts.
	await page.goto('./favicon.svg');
	await page.evaluate((entries) => {
		for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
	}, fixture.localStorage);
	const [assignmentCode] = JSON.parse(fixture.localStorage['sidelight:teacher:assignments']) as string[];

	await page.goto('./#/');
	await expect(page.getByRole('progressbar', { name: 'Progress in the whole course' })).toHaveAttribute('value', '3');
	expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('sidelight:')))).toEqual([]);
	await page.goto(`./#/lessons/${slugOf(lesson4)}?exercise=${fixture.exercises.numeric}`);
	const numberRoot = page.locator(`[data-exercise="${fixture.exercises.numeric}"]`);
	await expect(numberRoot.getByRole('status')).toContainText('All correct!');
	await expect(numberRoot.getByText('Attempt 2 of')).toBeVisible();

	await page.goto(`./#/assignment/${assignmentCode}`);
	await expect(page.getByRole('textbox', { name: 'Result code' })).toHaveValue(fixture.resultCode);
	await expect(page.getByText('Working as')).toContainText('Zoë Ångström');

	await page.goto('./#/teacher/gradebook');
	await expect(page.getByRole('combobox', { name: 'Show results for' })).toContainText('Homework 1');
	await expect(page.getByRole('row', { name: /Zoë Ångström/ })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Saved data Sidelight cannot read' })).toHaveCount(0);
	await page.reload();
	await expect(page.getByRole('row', { name: /Zoë Ångström/ })).toBeVisible();
});

test('unreadable stored data is set aside once, offered for download, and removed when the teacher confirms', async ({
	page
}) => {
	await page.goto('./favicon.svg');
	await page.evaluate(() => localStorage.setItem('sidelight:teacher:gradebook', '{"sidelight":"gradebook","version":1,"assign'));
	await page.goto('./#/teacher/gradebook');
	for (let load = 0; load < 3; load++) await page.reload();
	const notice = page.getByRole('region', { name: 'Saved data Sidelight cannot read' });
	await expect(notice.getByRole('listitem')).toHaveCount(1);
	const download = page.waitForEvent('download');
	await notice.getByRole('button', { name: 'Download' }).click();
	expect(readFileSync((await (await download).path())!, 'utf8')).toContain('"sidelight":"gradebook"');
	page.once('dialog', (d) => d.accept());
	await notice.getByRole('button', { name: 'Remove' }).click();
	await expect(notice).toHaveCount(0);
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Gradebook' })).toBeVisible();
	await expect(notice).toHaveCount(0);
});

/**
 * A copy of the build whose content differs, as another version of Sidelight would: the content
 * version the index carries (which names the database) changed, and Kit's CSP hash of its inline
 * bundle made to match (the bundle waits in a text/plain script until the first paint).
 */
function otherCopy(): string {
	const folder = mkdtempSync(join(tmpdir(), 'sidelight-copy-'));
	cpSync('build', folder, { recursive: true });
	const file = join(folder, 'index.html');
	let html = readFileSync(file, 'utf8');
	const sha = (text: string) => createHash('sha256').update(text).digest('base64');
	const bundle = /<script type="text\/plain" id="sidelight-app">([\s\S]*?)<\/script>/.exec(html)![1];
	const version = /contentVersion:(["'`])([0-9a-f]{8})\1/.exec(bundle);
	if (!version) throw new Error('content version not found in the build');
	const edited = bundle.replace(
		version[0],
		`contentVersion:${version[1]}${version[2] === '00000000' ? '11111111' : '00000000'}${version[1]}`
	);
	html = html.replace(bundle, () => edited).replace(`'sha256-${sha(bundle)}'`, `'sha256-${sha(edited)}'`);
	writeFileSync(file, html);
	return pathToFileURL(file).href;
}

test('two different copies opened from file:// keep their records apart', async ({ page }) => {
	const first = pathToFileURL(resolve('build/index.html')).href;
	const second = otherCopy();
	const progressOf = (p: Page) => p.getByRole('progressbar', { name: 'Progress in the whole course' });

	await answerLesson4Number(page, first);
	// The second copy (other content) starts from a copy of the first one's records...
	await page.goto(second);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidelight');
	await expect(progressOf(page)).toHaveAttribute('value', '1');
	// ...and what it changes stays its own.
	await page.goto(`${second}#/lessons/${slugOf(lesson4)}?exercise=${numeric.id}`);
	page.once('dialog', (d) => d.accept());
	await page.getByRole('button', { name: 'Reset this lesson' }).click();
	// The reset is stored once the lesson shows nothing done (the button is then disabled).
	await expect(page.getByRole('button', { name: 'Reset this lesson' })).toBeDisabled();
	await page.goto(`${second}#/lessons/${slugOf(lesson1)}?exercise=${choice.id}`);
	const root = page.locator(`[data-exercise="${choice.id}"]`);
	await expect(root.getByRole('heading', { level: 3 })).toBeVisible();
	await root.getByRole('radio', { name: rightOption }).check();
	await root.getByRole('button', { name: 'Check answer' }).click();
	await expect(root.getByRole('status')).toContainText('All correct!');

	await page.goto(first);
	await expect(progressOf(page)).toHaveAttribute('value', '1');
	await page.goto(`${first}#/lessons/${slugOf(lesson4)}?exercise=${numeric.id}`);
	await expect(page.locator(`[data-exercise="${numeric.id}"]`).getByRole('status')).toContainText('All correct!');
	await page.goto(`${first}#/lessons/${slugOf(lesson1)}?exercise=${choice.id}`);
	await expect(page.locator(`[data-exercise="${choice.id}"]`).getByRole('status')).toBeEmpty();
	// Neither copy took the other's data for unreadable.
	await expect(page.getByRole('heading', { name: 'Saved data Sidelight cannot read' })).toHaveCount(0);
	await page.goto(second);
	await expect(progressOf(page)).toHaveAttribute('value', '1');
	await expect(page.getByRole('heading', { name: 'Saved data Sidelight cannot read' })).toHaveCount(0);
});

test('the teacher keeps the gradebook in a file (File System Access), saves to it after importing, and re-opens it', async ({
	browser,
	page: teacher
}) => {
	// Chromium's pickers are native dialogs a test cannot click: these stand-ins keep the "file" in the page.
	await teacher.addInitScript(() => {
		const files: Record<string, string> = {};
		const handle = (name: string) => ({
			name,
			getFile: async () => new File([files[name] ?? ''], name),
			createWritable: async () => ({
				write: async (text: string) => void (files[name] = text),
				close: async () => {}
			})
		});
		Object.assign(window, {
			testFiles: files,
			showSaveFilePicker: async (options: { suggestedName: string }) => handle(options.suggestedName),
			showOpenFilePicker: async () => [handle('sidelight-gradebook.json')]
		});
	});
	const link = await buildAssignment(teacher, 'Kept in a file');
	const { context, student } = await startAssignment(browser, link, 'Kim');
	student.once('dialog', (d) => d.accept());
	await student.getByRole('button', { name: 'Hand in' }).click();
	const code = await student.getByRole('textbox', { name: 'Result code' }).inputValue();
	await context.close();

	await teacher.goto('./#/teacher/gradebook');
	await teacher.getByRole('button', { name: 'Keep in a file…' }).click();
	await expect(teacher.getByText('Saved to sidelight-gradebook.json.')).toBeVisible();
	await teacher.getByLabel('Paste result codes').fill(code);
	await teacher.getByRole('button', { name: 'Import codes' }).click();
	const reminder = teacher.getByRole('note').filter({ hasText: 'Back up now' });
	await expect(reminder).toBeVisible();
	await reminder.getByRole('button', { name: 'Save to sidelight-gradebook.json' }).click();
	await expect(reminder).toHaveCount(0);
	const kept = await teacher.evaluate(() => (window as unknown as { testFiles: Record<string, string> }).testFiles);
	expect(kept['sidelight-gradebook.json']).toContain('Kim');

	// Cleared from this browser, then re-opened from the file.
	await teacher.evaluate(async () => {
		const names = (await indexedDB.databases()).map((d) => d.name!);
		await Promise.all(
			names.map((n) => new Promise((done) => Object.assign(indexedDB.deleteDatabase(n), { onsuccess: done, onblocked: done })))
		);
	});
	await teacher.reload();
	await expect(teacher.getByRole('row', { name: /Kim/ })).toHaveCount(0);
	await teacher.evaluate(
		(text) => ((window as unknown as { testFiles: Record<string, string> }).testFiles['sidelight-gradebook.json'] = text),
		kept['sidelight-gradebook.json']
	);
	await teacher.getByRole('button', { name: 'Open a gradebook file…' }).click();
	// Checked like any backup, then the teacher chooses what happens to this browser's gradebook.
	await teacher.getByRole('button', { name: 'Replace this gradebook with the backup' }).click();
	await expect(teacher.getByText('The gradebook was replaced by the backup.')).toBeVisible();
	await expect(teacher.getByRole('row', { name: /Kim/ })).toBeVisible();
	await teacher.reload();
	await expect(teacher.getByRole('row', { name: /Kim/ })).toBeVisible();
});
