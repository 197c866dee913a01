// Lighthouse 13 (mobile preset, the default; all four categories) against the preview server.
// Lighthouse needs Node 22+, and npx outside the project runs on the system Node, so it runs as the
// stack guide says: `npx -y -p node@24.21.0 -p lighthouse@13.5.0 -- lighthouse …`. If that install
// or a run fails, the report says so and the bench goes on.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM } from './browser.js';

export const LIGHTHOUSE = 'lighthouse@13.5.0';
const NODE = 'node@24.21.0';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = {
	'first-contentful-paint': 'FCP',
	'largest-contentful-paint': 'LCP',
	'total-blocking-time': 'TBT',
	'cumulative-layout-shift': 'CLS',
	'speed-index': 'SI'
} as const;

export interface LighthouseResult {
	name: string;
	url: string;
	/** Scores 0–100 by category id; missing when the run failed. */
	scores?: Record<(typeof CATEGORIES)[number], number>;
	/** Display values of the main metrics (FCP, LCP, TBT, CLS, SI). */
	metrics?: Record<string, string>;
	/** Audits that scored below 1 in the categories other than performance, to explain a missed 100. */
	failing?: string[];
	error?: string;
}

interface Report {
	categories: Record<string, { score: number | null; auditRefs: { id: string }[] }>;
	audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string; displayValue?: string }>;
	runtimeError?: { message: string };
}

function run(args: string[], timeoutMs: number): Promise<{ code: number | null; output: string }> {
	return new Promise((resolve) => {
		const child = spawn('npx', args, { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
		child.on('error', (error) => resolve({ code: -1, output: String(error) }));
		child.on('close', (code) => {
			clearTimeout(timer);
			resolve({ code, output });
		});
	});
}

function summarise(name: string, url: string, report: Report): LighthouseResult {
	if (report.runtimeError) return { name, url, error: report.runtimeError.message };
	const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)]));
	const metrics = Object.fromEntries(
		Object.entries(METRICS).map(([id, label]) => [label, report.audits[id]?.displayValue ?? 'n/a'])
	);
	const failing = CATEGORIES.filter((c) => c !== 'performance').flatMap((c) =>
		(report.categories[c]?.auditRefs ?? [])
			.map((ref) => report.audits[ref.id])
			.filter(
				(a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual'
			)
			.map((a) => `${c}: ${a.title}`)
	);
	return { name, url, scores: scores as LighthouseResult['scores'], metrics, failing };
}

/** Runs Lighthouse once per page, one after the other (2 cores), keeping each JSON report in `outDir`. */
export async function runLighthouse(
	pages: { name: string; url: string }[],
	outDir: string,
	log: (line: string) => void
): Promise<LighthouseResult[]> {
	mkdirSync(outDir, { recursive: true });
	const results: LighthouseResult[] = [];
	for (const [i, page] of pages.entries()) {
		const outFile = join(outDir, `lighthouse-${i + 1}.json`);
		const args = ['-y', '-p', NODE, '-p', LIGHTHOUSE, '--', 'lighthouse', page.url, '--quiet', '--output=json'];
		args.push(`--output-path=${outFile}`, '--chrome-flags=--headless --no-sandbox --disable-background-networking');
		// 3 minutes: a run takes 20–40 s here; the first also installs Lighthouse through npx.
		const { code, output } = await run(args, 180_000);
		if (code !== 0 || !existsSync(outFile)) {
			const reason = output.trim().split('\n').slice(-5).join(' ').slice(0, 400) || `exit code ${code}`;
			results.push({ name: page.name, url: page.url, error: `Lighthouse did not run: ${reason}` });
			log(`  Lighthouse ${page.name}: failed (${reason})`);
			continue;
		}
		const result = summarise(page.name, page.url, JSON.parse(readFileSync(outFile, 'utf8')) as Report);
		results.push(result);
		log(`  Lighthouse ${page.name}: ${result.error ?? Object.values(result.scores!).join(' / ')}`);
	}
	return results;
}
