// The documented folder format keeps working: a case written by someone else and dropped into
// lessons/cases/<id>/ (here the small fixture case "demo") builds unchanged, gets its own data file,
// and its highlights render from file://. Builds a copy of the project in a temporary folder, so
// it takes a minute; the site under test is that copy's build, not build/.
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import { expect, test } from './fixtures.js';

const project = resolve('.');
let dir: string;

test.beforeAll(() => {
	test.setTimeout(600_000);
	dir = mkdtempSync(join(tmpdir(), 'sidelight-folder-format-'));
	for (const name of ['src', 'lessons', 'static', 'package.json', 'vite.config.ts', 'tsconfig.json'])
		cpSync(join(project, name), join(dir, name), { recursive: true });
	symlinkSync(join(project, 'node_modules'), join(dir, 'node_modules'));
	cpSync(join(project, 'tests/fixtures/minimal/lessons/cases/demo'), join(dir, 'lessons/cases/demo'), { recursive: true });
	execFileSync(join(project, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], { cwd: dir, stdio: 'pipe' });
});

test.afterAll(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
});

test('a case dropped into lessons/cases/ builds with its own data file, and its highlights render from file://', async ({
	page
}) => {
	test.setTimeout(120_000);
	expect(readdirSync(join(dir, 'build/cases')).sort()).toEqual(['demo.js', 'ukraine-55000.js']);
	expect(existsSync(join(dir, 'build/index.html'))).toBe(true);
	const folder = pathToFileURL(join(dir, 'build')).href + '/';
	const files: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('/cases/')) files.push(r.url().slice(folder.length));
	});
	await page.goto(`${folder}index.html`);
	await page.getByRole('link', { name: 'Demo case' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Demo case' })).toBeVisible();
	await expect(page.locator('article[data-article]')).toHaveCount(2);
	const marks = page.locator('mark[data-annotations]');
	await expect(marks.first()).toBeVisible();
	expect(await page.locator('mark[data-categories~="loaded-question"]').count()).toBeGreaterThan(0);
	await page.locator('mark[data-annotations~="one-reports"]').first().click();
	await expect(page.locator('[data-annotation-panel]')).toContainText('Which reports?');
	expect(files).toEqual(['cases/demo.js']);
});
