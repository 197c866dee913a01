// Scale: the same measurements on a copy of the project whose lessons carry, besides the real
// content, a generated case of 50 articles and 10,000 annotations (generate-scale-case.ts).
// Validation is timed in this process on the copy before and after the case is added, so the
// difference is the cost of the generated case alone; the build and the render run on the copy.
import type { Browser } from '@playwright/test';
import { join } from 'node:path';
import { loadContent } from '../../src/build/load-content.js';
import { fileUrl } from './browser.js';
import { measureBuild, type BuildBytes } from './bytes.js';
import { generateScaleCase, type ScaleCase } from './generate-scale-case.js';
import { copyProject, viteBuild } from './project.js';
import { measureRender, type RenderMeasurement } from './render.js';
import { repeat, type Sample } from './stats.js';

export interface ScaleMeasurements {
	generated: ScaleCase;
	/** Annotations in the copy before the generated case was added (the real content). */
	realAnnotations: number;
	validateReal: Sample;
	validateScale: Sample;
	build: Sample;
	bytes: BuildBytes;
	render: RenderMeasurement;
	note?: string;
}

function timeValidation(cwd: string): number {
	const started = performance.now();
	loadContent({ cwd });
	return performance.now() - started;
}

export async function measureScale(
	browser: Browser,
	options: { validateRuns: number; buildRuns: number; renderRuns: number },
	log: (line: string) => void
): Promise<ScaleMeasurements> {
	const copy = copyProject({ prefix: 'sidelight-scale-' });
	try {
		const realAnnotations = loadContent({ cwd: copy.dir }).cases.reduce((n, c) => n + c.annotations.length, 0);
		const validateReal = await repeat(options.validateRuns, () => timeValidation(copy.dir));
		const generated = generateScaleCase({ lessonsDir: join(copy.dir, 'lessons') });
		log(
			`  generated ${generated.caseId}: ${generated.articles} articles, ${generated.annotations} annotations, ${generated.links} links`
		);
		const validateScale = await repeat(options.validateRuns, () => timeValidation(copy.dir));
		log(`  validation: ${Math.round(validateReal.median)} ms real, ${Math.round(validateScale.median)} ms with the scale case`);
		const build = await repeat(options.buildRuns, async () => viteBuild(copy.dir));
		log(`  vite build with the scale case: ${Math.round(build.median)} ms`);
		const buildDir = join(copy.dir, 'build');
		const url = fileUrl(buildDir, `#/cases/${generated.caseId}`);
		const render = await measureRender(browser, url, generated.articles, options.renderRuns);
		log(`  render ${generated.caseId} from file://: ${Math.round(render.painted.median)} ms`);
		return {
			generated,
			realAnnotations,
			validateReal,
			validateScale,
			build,
			bytes: measureBuild(buildDir),
			render: { ...render, url: `file://<temporary copy>/build/index.html#/cases/${generated.caseId}` },
			note: copy.note
		};
	} finally {
		copy.remove();
	}
}
