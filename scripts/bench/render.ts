// Time from navigation to the side-by-side view fully rendered, measured in the page with
// performance.now() (whose zero, performance.timeOrigin, is the start of the navigation).
// "Fully rendered": every article[data-article] of the case is in the DOM, the number of marks is
// above zero and the same one frame later, and that frame has been painted.
import type { Browser } from '@playwright/test';
import { newContext } from './browser.js';
import { sample, type Sample } from './stats.js';

export interface RenderRun {
	/** The DOM first held every article and some marks. */
	ready: number;
	/** The frame after that was painted, with the mark count unchanged: the figure reported. */
	painted: number;
	domContentLoaded: number;
	marks: number;
	/** Chromium's own accounting of the main thread until then (CDP Performance.getMetrics), in ms. */
	script: number;
	style: number;
	layout: number;
}

export interface RenderMeasurement {
	url: string;
	painted: Sample;
	ready: Sample;
	domContentLoaded: Sample;
	script: Sample;
	style: Sample;
	layout: Sample;
	marks: number;
}

declare global {
	interface Window {
		__benchRendered?: { ready: number; painted: number; marks: number };
	}
}

/**
 * Installed before any script of the page runs (an init script), so the first moment the view is
 * complete is caught by a MutationObserver rather than by polling that could only arrive late.
 */
function watchRender(expectedArticles: number) {
	const count = () => {
		const articles = document.querySelectorAll('article[data-article]').length;
		return articles >= expectedArticles ? document.querySelectorAll('article[data-article] mark').length : 0;
	};
	// After the rAF callback, a message runs once the frame has been rendered: "painted".
	const afterFrame = (marks: number, ready: number) =>
		requestAnimationFrame(() => {
			const now = count();
			if (now !== marks) return afterFrame(now || marks, ready);
			const channel = new MessageChannel();
			channel.port1.onmessage = () => (window.__benchRendered = { ready, painted: performance.now(), marks });
			channel.port2.postMessage(null);
		});
	const observer = new MutationObserver(() => {
		const marks = count();
		if (!marks) return;
		observer.disconnect();
		afterFrame(marks, performance.now());
	});
	observer.observe(document, { childList: true, subtree: true });
}

export async function renderOnce(browser: Browser, url: string, expectedArticles: number): Promise<RenderRun> {
	const context = await newContext(browser);
	try {
		const page = await context.newPage();
		await page.addInitScript(watchRender, expectedArticles);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Performance.enable');
		await page.goto(url, { waitUntil: 'commit' });
		// 60 s: far above any budget; a view that never completes is an error, not a slow run.
		await page.waitForFunction(() => window.__benchRendered, undefined, { timeout: 60_000, polling: 50 });
		const { metrics } = await cdp.send('Performance.getMetrics');
		const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
		const timing = await page.evaluate(() => {
			const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
			return { ...window.__benchRendered!, domContentLoaded: navigation?.domContentLoadedEventEnd ?? NaN };
		});
		return {
			...timing,
			script: metric('ScriptDuration'),
			style: metric('RecalcStyleDuration'),
			layout: metric('LayoutDuration')
		};
	} finally {
		await context.close();
	}
}

/** One warm-up load (not counted: it pays for starting the renderer), then `runs` loads in fresh contexts. */
export async function measureRender(
	browser: Browser,
	url: string,
	expectedArticles: number,
	runs: number
): Promise<RenderMeasurement> {
	await renderOnce(browser, url, expectedArticles);
	const results: RenderRun[] = [];
	for (let i = 0; i < runs; i++) results.push(await renderOnce(browser, url, expectedArticles));
	return {
		url,
		painted: sample(results.map((r) => r.painted)),
		ready: sample(results.map((r) => r.ready)),
		domContentLoaded: sample(results.map((r) => r.domContentLoaded)),
		script: sample(results.map((r) => r.script)),
		style: sample(results.map((r) => r.style)),
		layout: sample(results.map((r) => r.layout)),
		marks: results[0].marks
	};
}
