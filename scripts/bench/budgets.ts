// The performance budget (issue: "The offline classroom package, and a performance budget held by
// a benchmark"), checked against the bench's medians. A budget whose measurement failed is shown as
// "not measured", never as passed.
import type { BenchResults } from './results.js';
import { kb, ms, percent } from './stats.js';

export interface BudgetCheck {
	budget: string;
	limit: string;
	measured: string;
	/** null: not measured (the measurement failed or has nothing to measure yet). */
	pass: boolean | null;
}

/** 100 KB gzipped for the whole built course: a classroom download, or one old phone on a slow link. */
export const BUILD_GZIP_LIMIT = 100_000;
/** Half a second: the side-by-side view should feel immediate when a student opens it. */
export const RENDER_LIMIT_MS = 500;
/** One frame at 60 Hz: a toggle or a check that fits in a frame never feels laggy. */
export const INTERACTION_LIMIT_MS = 16;
/** Generous ceilings for a case 70 times the real one: authors see errors quickly, and it still opens. */
export const SCALE_VALIDATE_LIMIT_MS = 2000;
export const SCALE_RENDER_LIMIT_MS = 1000;
export const LIGHTHOUSE_PERFORMANCE_MIN = 95;
/** Issue 10, at 4× CPU from file://: something to read within 1 s, highlights to click within 1.5 s. */
export const SLOW_FCP_LIMIT_MS = 1000;
export const SLOW_USABLE_LIMIT_MS = 1500;
/** Issue 10: no task before the first paint long enough to be felt as a frozen page. */
export const SLOW_LONGEST_TASK_LIMIT_MS = 200;
/** Issue 10: "Show all" and a large category toggle at 4× within 100 ms, an immediate response. */
export const SLOW_INTERACTION_LIMIT_MS = 100;
/** Issue 11, the 20-case library: the course map's first load grows by at most 10 % from 1 case to 20. */
export const LIBRARY_GROWTH_LIMIT = 0.1;
/** Issue 11: the app without any case content at most 100 KB gzipped. */
export const APP_WITHOUT_CASES_LIMIT = 100_000;
/** Issue 11: a case view opened from the course map has its highlights within 300 ms, 1 s at 4×. */
export const OPEN_CASE_LIMIT_MS = 300;
export const OPEN_CASE_SLOW_LIMIT_MS = 1000;

function check(
	budget: string,
	limit: string,
	value: number | undefined,
	ok: (v: number) => boolean,
	format: (v: number) => string
) {
	return {
		budget,
		limit,
		measured: value === undefined ? 'not measured' : format(value),
		pass: value === undefined ? null : ok(value)
	};
}

export function checkBudgets(r: BenchResults): BudgetCheck[] {
	const checks: BudgetCheck[] = [
		check('Whole built course, gzipped', '≤ 100 KB', r.bytes?.build.total.gzip, (v) => v <= BUILD_GZIP_LIMIT, kb),
		check('Side-by-side view rendered, file://', '≤ 500 ms', r.render.file?.painted.median, (v) => v <= RENDER_LIMIT_MS, ms),
		check('Side-by-side view rendered, localhost', '≤ 500 ms', r.render.http?.painted.median, (v) => v <= RENDER_LIMIT_MS, ms),
		check('Toggle a highlight category', '≤ 16 ms', r.toggle?.busy.median, (v) => v <= INTERACTION_LIMIT_MS, ms),
		check('Check a mark exercise', '≤ 16 ms', r.check?.busy.median, (v) => v <= INTERACTION_LIMIT_MS, ms),
		check('10,000-annotation case validates', '< 2 s', r.scale?.validateScale.median, (v) => v < SCALE_VALIDATE_LIMIT_MS, ms),
		check('10,000-annotation case renders', '< 1 s', r.scale?.render.painted.median, (v) => v < SCALE_RENDER_LIMIT_MS, ms)
	];
	checks.push(...slowChecks(r));
	const pages = r.lighthouse ?? [];
	if (pages.length === 0)
		checks.push({ budget: 'Lighthouse (mobile)', limit: '95 / 100 / 100 / 100', measured: 'not measured', pass: null });
	for (const page of pages) {
		const s = page.scores;
		checks.push({
			budget: `Lighthouse mobile: ${page.name}`,
			limit: 'Perf ≥ 95; A11y, BP, SEO = 100',
			measured: s ? `${s.performance} / ${s.accessibility} / ${s['best-practices']} / ${s.seo}` : 'not measured',
			pass: s
				? s.performance >= LIGHTHOUSE_PERFORMANCE_MIN && s.accessibility === 100 && s['best-practices'] === 100 && s.seo === 100
				: null
		});
	}
	return checks;
}

/** Issue 10's load and interaction budgets at 4× from file://, and issue 11's library budgets. */
function slowChecks(r: BenchResults): BudgetCheck[] {
	const checks: BudgetCheck[] = [];
	const rate = r.slow?.rate ?? 4;
	const pages = r.slow?.file ?? [{ name: 'pages' } as Partial<NonNullable<BenchResults['slow']>['file'][number]>];
	for (const page of pages) {
		const at = `${page.name}, ${rate}× CPU, file://`;
		checks.push(check(`First contentful paint: ${at}`, '≤ 1 s', page.fcp?.median, (v) => v <= SLOW_FCP_LIMIT_MS, ms));
		checks.push(
			check(
				`Longest task before first paint: ${at}`,
				'< 200 ms',
				page.longestBeforeFcp?.median,
				(v) => v < SLOW_LONGEST_TASK_LIMIT_MS,
				ms
			)
		);
		if (page.usable || !r.slow)
			checks.push(check(`Highlights usable: ${at}`, '≤ 1.5 s', page.usable?.median, (v) => v <= SLOW_USABLE_LIMIT_MS, ms));
	}
	for (const i of r.slow?.interactions ?? [{ name: '"Show all" and a category toggle', duration: undefined }])
		checks.push(check(`${i.name}, ${rate}× CPU`, '≤ 100 ms', i.duration?.median, (v) => v <= SLOW_INTERACTION_LIMIT_MS, ms));
	const lib = r.library;
	const growth = lib ? lib.twenty.firstLoad.gzip / lib.one.firstLoad.gzip - 1 : undefined;
	checks.push(
		check(
			'Course map first load, 1 case → 20 (gzipped)',
			'≤ +10 %',
			growth,
			(v) => v <= LIBRARY_GROWTH_LIMIT,
			(v) => (lib ? `${kb(lib.one.firstLoad.gzip)} → ${kb(lib.twenty.firstLoad.gzip)} (+${percent(v)})` : percent(v))
		),
		check(
			'App without any case content (every page’s first load), gzipped',
			'≤ 100 KB',
			lib?.appWithoutCases.gzip,
			(v) => v <= APP_WITHOUT_CASES_LIMIT,
			kb
		),
		check(
			'Open a case view from the course map (20 cases)',
			'≤ 300 ms',
			lib?.openCase.normal.median,
			(v) => v <= OPEN_CASE_LIMIT_MS,
			ms
		),
		check(
			`Open a case view from the course map (20 cases), ${rate}× CPU`,
			'≤ 1 s',
			lib?.openCase.throttled.median,
			(v) => v <= OPEN_CASE_SLOW_LIMIT_MS,
			ms
		)
	);
	return checks;
}
