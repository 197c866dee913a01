// Interaction latency, measured in the page with performance.now(): from a capturing click
// listener (t0, before any handler of the app) to the DOM updated and laid out, and to the next
// frame painted. The next frame waits for the display's refresh (up to 16.7 ms at 60 Hz, whatever
// the app does), so the budget is held against the main thread's busy time instead: script and
// layout until the DOM is updated, plus the rendering of that frame (rAF to painted).
import type { Browser, Page } from '@playwright/test';
import { fileUrl, newContext } from './browser.js';
import { sample, type Sample } from './stats.js';

export interface InteractionRun {
	/** t0 to the DOM updated: the app's handlers and Svelte's update. */
	script: number;
	/** t0 to the DOM updated, with style and layout forced: script, style and layout. */
	dom: number;
	/** dom plus the rendering of the next frame (rAF callback to painted): the main thread's busy time. */
	busy: number;
	/** t0 to the next frame painted, including the wait for the display's refresh. */
	frame: number;
}

export interface InteractionMeasurement {
	script: Sample;
	dom: Sample;
	busy: Sample;
	frame: Sample;
}

declare global {
	interface Window {
		__benchInteraction?: Promise<InteractionRun | { error: string }>;
	}
}

/**
 * Arms a measurement of the next click. `observe` is the element whose subtree changes; with
 * `untilText`, the DOM counts as updated once that element has text.
 */
function armInteraction({ observe, untilText }: { observe: string; untilText?: string }) {
	window.__benchInteraction = new Promise((resolve) => {
		let t0: number | undefined;
		const root = document.querySelector(observe);
		if (!root) return resolve({ error: `no element ${observe}` });
		addEventListener('click', () => (t0 ??= performance.now()), { capture: true, once: true });
		const observer = new MutationObserver(() => {
			if (t0 === undefined) return;
			if (untilText && !document.querySelector(untilText)?.textContent?.trim()) return;
			observer.disconnect();
			const script = performance.now() - t0;
			// Style and layout now, so `dom` includes them rather than leaving them to the frame.
			void document.body.getBoundingClientRect().height;
			const dom = performance.now() - t0;
			const start = t0;
			requestAnimationFrame(() => {
				const raf = performance.now();
				const channel = new MessageChannel();
				channel.port1.onmessage = () => {
					const painted = performance.now();
					resolve({ script, dom, busy: dom + (painted - raf), frame: painted - start });
				};
				channel.port2.postMessage(null);
			});
		});
		observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
		// 5 s: an interaction that changes nothing in that time is broken, not slow.
		setTimeout(() => resolve({ error: 'the DOM did not change within 5 s of the click' }), 5000);
	});
}

async function timeClick(
	page: Page,
	click: () => Promise<void>,
	arm: Parameters<typeof armInteraction>[0]
): Promise<InteractionRun> {
	await page.evaluate(armInteraction, arm);
	await click();
	const result = await page.evaluate(() => window.__benchInteraction!);
	if ('error' in result) throw new Error(result.error);
	return result;
}

function summarise(runs: InteractionRun[]): InteractionMeasurement {
	return {
		script: sample(runs.map((r) => r.script)),
		dom: sample(runs.map((r) => r.dom)),
		busy: sample(runs.map((r) => r.busy)),
		frame: sample(runs.map((r) => r.frame))
	};
}

/** Toggles the legend's "Loaded question" switch `count` times (off, on, off…) on the case page from file://. */
export async function measureToggle(
	browser: Browser,
	buildDir: string,
	caseId: string,
	count: number
): Promise<InteractionMeasurement> {
	const context = await newContext(browser);
	try {
		const page = await context.newPage();
		await page.goto(fileUrl(buildDir, `#/cases/${caseId}`));
		await page.locator('article[data-article] mark').first().waitFor();
		const box = page.getByRole('checkbox', { name: /^Loaded question\b/ });
		// Let the page settle (fonts, first frames) so the first toggle is not charged for loading.
		await page.waitForTimeout(500);
		const runs: InteractionRun[] = [];
		for (let i = 0; i < count; i++) {
			runs.push(await timeClick(page, () => box.click(), { observe: '.columns' }));
			await page.waitForTimeout(100);
		}
		return summarise(runs);
	} finally {
		await context.close();
	}
}

/** The course's lessons, as the course map links them (hash URLs, e.g. `#/lessons/loaded-questions`). */
export async function findLessons(browser: Browser, buildDir: string): Promise<string[]> {
	const context = await newContext(browser);
	try {
		const page = await context.newPage();
		await page.goto(fileUrl(buildDir, '#/'));
		await page.getByRole('heading', { level: 1 }).first().waitFor();
		const hrefs = await page.locator('a[href*="#/lessons/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
		return [...new Set(hrefs.map((href) => href.slice(href.indexOf('#'))))];
	} finally {
		await context.close();
	}
}

/** The first lesson with a mark exercise, and that exercise's id, or null if there is none. */
export async function findMarkExercise(browser: Browser, buildDir: string, lessons: string[]) {
	const context = await newContext(browser);
	try {
		for (const lesson of lessons) {
			// A page per lesson: going from one hash to another in the same page would not wait for the new lesson.
			const page = await context.newPage();
			await page.goto(fileUrl(buildDir, lesson));
			await page.locator('article.lesson h1').waitFor();
			const exercise = page.locator('[data-exercise-type="mark"]').first();
			const id = (await exercise.count()) ? await exercise.getAttribute('data-exercise') : null;
			await page.close();
			// A lesson shows one step at a time: `?exercise=` opens the step that holds the exercise.
			if (id) return { lesson: `${lesson}?exercise=${id}`, exercise: id };
		}
		return null;
	} finally {
		await context.close();
	}
}

/**
 * Checks a mark exercise `count` times, each in a fresh context (empty progress): marks the first
 * clause from the keyboard (focus the listbox, Space), then times the click on "Check answer"
 * until the exercise's status text appears and the next frame.
 */
export async function measureCheck(
	browser: Browser,
	buildDir: string,
	found: { lesson: string; exercise: string },
	count: number
): Promise<InteractionMeasurement> {
	const runs: InteractionRun[] = [];
	const section = `[data-exercise="${found.exercise}"]`;
	for (let i = 0; i < count; i++) {
		const context = await newContext(browser);
		try {
			const page = await context.newPage();
			await page.goto(fileUrl(buildDir, found.lesson));
			const exercise = page.locator(section);
			await exercise.getByRole('listbox').focus();
			await page.keyboard.press('Space');
			await exercise.locator('mark[data-student-mark]').first().waitFor();
			await page.waitForTimeout(200);
			const check = exercise.getByRole('button', { name: 'Check answer' });
			runs.push(await timeClick(page, () => check.click(), { observe: section, untilText: `${section} [role=status]` }));
		} finally {
			await context.close();
		}
	}
	return summarise(runs);
}
