// The performance budget (issue: "The offline classroom package, and a performance budget held by
// a benchmark"), checked against the bench's medians. A budget whose measurement failed is shown as
// "not measured", never as passed.
import type { BenchResults } from './results.js';
import { kb, ms } from './stats.js';

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
