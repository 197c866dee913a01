// `npm run screenshots`: a picture of every route of the built site (the list the every-route e2e
// test visits), at a phone width (390 px) and a desktop width (1440 px), in the light and the dark
// theme (Chromium's prefers-color-scheme emulation, which the app follows), written to
// docs/screenshots/<route>-<width>-<theme>.png. Committed, so a change can be compared by eye
// (issue 10, "Done when"). Viewport-height shots, not full pages: a lesson is many screens tall,
// and the first screen is what a student sees first; it keeps the files small.
//   --route=/glossary   only routes containing this text (for a quick look)
// Runs against build/ from file:// (run `npm run build` first), so it needs no server.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';

const ROOT = process.cwd();
const BUILD = join(ROOT, 'build');
const OUT = join(ROOT, 'docs', 'screenshots');
const CASE = 'ukraine-55000';

/** As tests/e2e/every-route.test.ts lists them, from the same folders of lessons/. */
export function everyRoute(lessons = join(ROOT, 'lessons')): string[] {
	const course = readdirSync(join(lessons, 'course')).sort();
	const shelf = readdirSync(join(lessons, 'shelf'))
		.filter((name) => name.endsWith('.md'))
		.map((name) => name.replace(/\.md$/, ''))
		.sort();
	return [
		'/',
		`/cases/${CASE}`,
		`/cases/${CASE}/claims`,
		...course.map((folder) => `/lessons/${folder.replace(/^\d\d-/, '')}`),
		'/shelf',
		...shelf.map((slug) => `/shelf/${slug}`),
		'/glossary',
		'/teacher',
		'/teacher/assign',
		'/teacher/gradebook',
		'/assignment'
	];
}

/** `/cases/ukraine-55000/claims` → `cases-ukraine-55000-claims`; the course map is `course-map`. */
export const fileNameOf = (route: string) => (route === '/' ? 'course-map' : route.slice(1).replaceAll('/', '-'));

/** Phone: an iPhone 12–15 sized screen. Desktop: the e2e tests' viewport. */
const WIDTHS = [
	{ width: 390, height: 844, isMobile: true, hasTouch: true },
	{ width: 1440, height: 900, isMobile: false, hasTouch: false }
] as const;
const THEMES = ['light', 'dark'] as const;

async function main() {
	if (!existsSync(join(BUILD, 'index.html'))) throw new Error('build/index.html is missing: run `npm run build` first.');
	const only = process.argv.find((a) => a.startsWith('--route='))?.slice('--route='.length);
	const routes = everyRoute().filter((route) => !only || route.includes(only));
	mkdirSync(OUT, { recursive: true });
	if (!only) for (const name of readdirSync(OUT)) if (name.endsWith('.png')) rmSync(join(OUT, name));
	const browser = await chromium.launch({
		executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
	});
	const problems: string[] = [];
	try {
		for (const size of WIDTHS) {
			for (const theme of THEMES) {
				const context = await browser.newContext({
					viewport: { width: size.width, height: size.height },
					isMobile: size.isMobile,
					hasTouch: size.hasTouch,
					deviceScaleFactor: 1,
					colorScheme: theme,
					reducedMotion: 'reduce'
				});
				const page = await context.newPage();
				for (const route of routes) {
					const file = join(OUT, `${fileNameOf(route)}-${size.width}-${theme}.png`);
					try {
						// A fresh page load per route (goto with a new hash alone would not reload), so each starts at the top.
						await page.goto('about:blank');
						await page.goto(`${pathToFileURL(join(BUILD, 'index.html')).href}#${route}`);
						await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 30_000 });
						// Fonts and the layout after the first frames: a screenshot mid-layout is not what a student sees.
						await page.evaluate(() => document.fonts.ready);
						await page.waitForTimeout(300);
						await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
					} catch (error) {
						problems.push(`${route} at ${size.width} px, ${theme}: ${String(error).split('\n')[0]}`);
					}
				}
				await context.close();
			}
		}
	} finally {
		await browser.close();
	}
	const written = routes.length * WIDTHS.length * THEMES.length - problems.length;
	console.log(`Wrote ${written} screenshots to docs/screenshots/.`);
	// pngquant (Debian package `pngquant`) makes the committed set about a third of its size (11 MB to
	// 3.5 MB for 96 shots) with no difference an eye comparing two versions would notice.
	const shots = readdirSync(OUT).filter((n) => n.endsWith('.png'));
	const squeezed = spawnSync('pngquant', ['--quality=70-95', '--speed', '3', '--force', '--ext', '.png', ...shots], { cwd: OUT });
	if (squeezed.error) console.log('pngquant is not installed (apt-get install pngquant): the screenshots are left uncompressed.');
	if (problems.length) {
		console.error(`Not written (${problems.length}):\n${problems.map((p) => `- ${p}`).join('\n')}`);
		process.exitCode = 1;
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
