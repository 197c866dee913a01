// The SCORM package inside an LMS: the package's files served on loopback in a frame of a parent
// page whose window.API is scorm-again's SCORM 1.2 runtime (a devDependency, served only here).
// The parent keeps what the SCO committed, as an LMS keeps it between visits. A student answers,
// leaves, comes back in a browser with no saved progress of its own, and finds their answers, while
// the LMS holds the score, status, interactions and the result code.
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import { test as base, expect } from '@playwright/test';
import { unzipSync } from 'fflate';
import { readBuild } from '../../scripts/package-contents.js';
import { scormPackageFiles } from '../../src/lib/scorm/package-files.js';
import { exercisesOf, lessonFolders, slugOf } from './course-content.js';

const CASE = 'ukraine-55000';

const folder = lessonFolders.find((f) => f.startsWith('01-'))!;
const exercise = exercisesOf(folder).find((e) => e.type === 'choice' && !e.multiple)!;
if (exercise.type !== 'choice') throw new Error('no single choice in lesson 1');

const lmsPage = (src: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<script src="/scorm12.js"></script>
<script>
	const kept = JSON.parse(localStorage.getItem('test-lms') || 'null');
	window.API = new Scorm12API({ autocommit: false, logLevel: 5 });
	if (kept) window.API.loadFromFlattenedJSON(kept, '');
	const keep = () => localStorage.setItem('test-lms', JSON.stringify(window.API.getFlattenedCMI()));
	window.API.on('LMSCommit', keep);
	window.API.on('LMSFinish', keep);
</script></head>
<body><h1>Test LMS</h1><iframe id="sco" title="Course" style="width:100%;height:80vh" src="${src}"></iframe></body></html>`;

function serve(
	files: Map<string, Uint8Array>,
	src = `/sco/index.html#/lessons/${slugOf(folder)}?exercise=${exercise.id}`
): Promise<Server> {
	const scormAgain = readFileSync('node_modules/scorm-again/dist/scorm12.min.js');
	const server = createServer((request, response) => {
		const path = new URL(request.url!, 'http://x').pathname;
		const body =
			path === '/' || path === '/blank.html'
				? Buffer.from(path === '/' ? lmsPage(src) : '<!doctype html><title>blank</title>')
				: path === '/scorm12.js'
					? scormAgain
					: files.get(path.replace(/^\/sco\//, ''));
		if (!body) return response.writeHead(404).end();
		const type = path.endsWith('.js')
			? 'text/javascript'
			: path.endsWith('.html') || path === '/'
				? 'text/html'
				: 'application/octet-stream';
		response.writeHead(200, { 'content-type': type }).end(body);
	});
	return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const test = base.extend<{ lms: string }>({
	// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function asks for from its first parameter.
	lms: async ({}, use) => {
		const files = scormPackageFiles(readBuild('build'), {
			identifier: 'sidelight-e2e',
			title: 'Sidelight',
			config: { masteryScore: 70 }
		});
		const server = await serve(files);
		await use(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
		server.close();
	}
});

/** What the LMS kept, as the runtime's flattened data model. */
const kept = async (page: import('@playwright/test').Page) =>
	JSON.parse((await page.evaluate(() => localStorage.getItem('test-lms'))) ?? '{}') as Record<string, string>;

test('a student answers in the LMS, leaves, and resumes from what the LMS kept', async ({ page, lms }) => {
	const outside: string[] = [];
	page.on('request', (r) => {
		if (!r.url().startsWith(lms) && !/^(data|blob):/.test(r.url())) outside.push(r.url());
	});
	await page.goto(lms);
	const sco = page.frameLocator('#sco');
	await expect(sco.getByText(/Your scores go to your school.s learning platform/)).toBeVisible();
	const root = sco.locator(`[data-exercise="${exercise.id}"]`);
	const right = exercise.options.find((o) => o.correct)!;
	await root.getByRole('radio', { name: right.text }).check();
	await root.getByRole('button', { name: 'Check answer' }).click();
	await expect(root.getByText(right.feedback).first()).toBeVisible();

	const live = await page.evaluate(() => {
		const api = (window as unknown as { API: { LMSGetValue(e: string): string } }).API;
		return [
			'cmi.core.score.raw',
			'cmi.core.score.max',
			'cmi.core.lesson_status',
			'cmi.suspend_data',
			'cmi.interactions._count'
		].map((e) => api.LMSGetValue(e));
	});
	expect(Number(live[0])).toBeGreaterThan(0);
	expect(live.slice(1, 3)).toEqual(['100', 'incomplete']);
	expect(live[3]).toMatch(/^SL/);
	expect(live[4]).toBe('1');

	// Leaving: pagehide sets session time and exit and calls LMSFinish; the "LMS" keeps the data.
	await page.goto(`${lms}/blank.html`);
	const saved = await kept(page);
	expect(saved['cmi.interactions.0.id']).toBe(exercise.id);
	expect(saved['cmi.interactions.0.type']).toBe('choice');
	expect(saved['cmi.interactions.0.result']).toBe('correct');
	expect(saved['cmi.interactions.0.student_response']).toMatch(/^[0-9a-z]$/);
	expect(saved['cmi.core.exit']).toBe('suspend');
	expect(saved['cmi.comments']).toBe(saved['cmi.suspend_data']);

	// Back in a browser that kept nothing of its own: only the LMS's copy is left.
	await page.evaluate(async () => {
		const lmsData = localStorage.getItem('test-lms')!;
		localStorage.clear();
		sessionStorage.clear();
		for (const db of await indexedDB.databases()) {
			await new Promise((done, fail) => {
				const request = indexedDB.deleteDatabase(db.name!);
				request.onsuccess = done;
				request.onerror = fail;
				request.onblocked = () => fail(new Error(`${db.name} is still open`));
			});
		}
		if ((await indexedDB.databases()).length) throw new Error('the browser still has databases');
		localStorage.setItem('test-lms', lmsData);
	});
	await page.goto(lms);
	const again = page.frameLocator('#sco').locator(`[data-exercise="${exercise.id}"]`);
	await expect(again.getByText(right.feedback).first()).toBeVisible();
	await expect(again.getByRole('radio', { name: right.text })).toBeChecked();
	expect(outside, 'requests outside the LMS').toEqual([]);
});

test('opened outside an LMS, the package is the normal site and says nothing about an LMS', async ({ page, lms }) => {
	await page.goto(`${lms}/sco/index.html#/lessons/${slugOf(folder)}?exercise=${exercise.id}`);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByText(/learning platform/)).toHaveCount(0);
	const root = page.locator(`[data-exercise="${exercise.id}"]`);
	await root.getByRole('radio', { name: exercise.options.find((o) => o.correct)!.text }).check();
	await root.getByRole('button', { name: 'Check answer' }).click();
	await expect(root.getByText(/✓/).first()).toBeVisible();
});

/** In the builder at `site` (its index.html, or its folder over http), an assignment of the one exercise. */
async function createAssignment(page: import('@playwright/test').Page, site: string) {
	await page.goto(`${site}#/teacher/assign`);
	await page.getByLabel('Title', { exact: true }).fill('Lesson 1 check');
	await page
		.locator('details', { has: page.getByText(exercise.prompt) })
		.locator('summary')
		.click();
	await page.getByRole('checkbox', { name: exercise.prompt }).check();
	await page.getByRole('button', { name: 'Create assignment' }).click();
}

test('the builder downloads one assignment for an LMS, which opens on it and reports to the LMS', async ({ page }) => {
	const base = process.env.PW_BASE_URL ?? 'http://localhost:4173';
	await createAssignment(page, `${base}/`);
	await page.getByLabel('Pass mark (percent)').fill('80');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download for an LMS' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^sidelight-scorm-[0-9A-Z]{8}\.zip$/);
	const files = new Map(Object.entries(unzipSync(readFileSync((await download.path())!))));
	// The assignment's case data file too, written again from the case the builder loaded, and the
	// student's pages with the lesson texts, written again from the parts the builder loaded.
	expect([...files.keys()].sort()).toEqual([
		'_app/parts/exercises.js',
		'_app/parts/student.js',
		'_app/version.json',
		`cases/${CASE}.js`,
		'favicon.svg',
		'imsmanifest.xml',
		'index.html'
	]);
	expect(new TextDecoder().decode(files.get(`cases/${CASE}.js`))).toBe(readFileSync(`build/cases/${CASE}.js`, 'utf8'));
	expect(new TextDecoder().decode(files.get('imsmanifest.xml'))).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');

	const server = await serve(files, '/sco/index.html');
	try {
		await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
		const sco = page.frameLocator('#sco');
		await expect(sco.getByRole('heading', { level: 1 })).toHaveText('Lesson 1 check');
		await sco.getByLabel('Your name').fill('Ada');
		await sco.getByRole('button', { name: 'Start' }).click();
		const root = sco.locator(`[data-exercise="${exercise.id}"]`);
		await root.getByRole('radio', { name: exercise.options.find((o) => o.correct)!.text }).check();
		await root.getByRole('button', { name: 'Check answer' }).click();
		await expect(root.getByRole('status')).toContainText('100%');
		await expect
			.poll(() =>
				page.evaluate(() => {
					const api = (window as unknown as { API: { LMSGetValue(e: string): string } }).API;
					return ['cmi.core.score.raw', 'cmi.core.lesson_status', 'cmi.interactions._count'].map((e) => api.LMSGetValue(e));
				})
			)
			.toEqual(['100', 'passed', '1']);

		// Outside the assignment, the package's lessons open too.
		await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/sco/index.html#/lessons/${slugOf(folder)}`);
		await expect(page.getByRole('heading', { level: 2, name: /^Step 1 of/ })).toBeVisible();
	} finally {
		server.close();
	}
});

test('from file://, the builder makes the package from this folder’s index.html, with the case and the lessons written again', async ({
	page
}) => {
	await createAssignment(page, pathToFileURL(resolvePath('build/index.html')).href);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByLabel('This folder’s index.html').setInputFiles('build/index.html')
	]);
	const files = new Map(Object.entries(unzipSync(readFileSync((await download.path())!))));
	expect([...files.keys()].sort()).toEqual([
		'_app/parts/exercises.js',
		'_app/parts/student.js',
		`cases/${CASE}.js`,
		'imsmanifest.xml',
		'index.html'
	]);
	const server = await serve(files, `/sco/index.html#/lessons/${slugOf(folder)}`);
	try {
		await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/sco/index.html#/lessons/${slugOf(folder)}`);
		await expect(page.getByRole('heading', { level: 2, name: /^Step 1 of/ })).toBeVisible();
		await expect(page.locator(`[data-exercise="${exercise.id}"]`)).toBeAttached();
	} finally {
		server.close();
	}
});

test('an assignment on an added case downloads for an LMS with its case, and opens there without the case file', async ({
	page
}) => {
	const base = process.env.PW_BASE_URL ?? 'http://localhost:4173';
	await page.goto(`${base}/`);
	await page.getByLabel('Open a case file').setInputFiles('src/lib/golden/flood-reports.sidelight-case.json');
	await expect(page.getByRole('status').filter({ hasText: 'Added Two reports of a river flood.' })).toBeVisible();
	await page.goto(`${base}/#/teacher/assign`);
	await page.getByLabel('Title', { exact: true }).fill('Flood homework');
	const prompt = 'Which article names the person who said no homes were flooded?';
	await page
		.locator('details', { has: page.getByText(prompt) })
		.locator('summary')
		.click();
	await page.getByRole('checkbox', { name: prompt }).check();
	await page.getByRole('button', { name: 'Create assignment' }).click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download for an LMS' }).click()
	]);
	const files = new Map(Object.entries(unzipSync(readFileSync((await download.path())!))));
	expect(files.has('cases/flood-reports.js')).toBe(true);

	// The LMS's browser has never seen the case file: the package brings the case.
	const server = await serve(files, '/sco/index.html');
	try {
		await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
		const sco = page.frameLocator('#sco');
		await expect(sco.getByRole('heading', { level: 1 })).toHaveText('Flood homework');
		await sco.getByLabel('Your name').fill('Ana');
		await sco.getByRole('button', { name: 'Start' }).click();
		const root = sco.locator('[data-exercise="flood-who-named"]');
		await root.getByRole('radio', { name: 'B (the report with no headline)' }).check();
		await root.getByRole('button', { name: 'Check answer' }).click();
		await expect(root.getByRole('status')).toContainText('100%');
		await expect
			.poll(() =>
				page.evaluate(() =>
					(window as unknown as { API: { LMSGetValue(e: string): string } }).API.LMSGetValue('cmi.core.score.raw')
				)
			)
			.toBe('100');
	} finally {
		server.close();
	}
});
