// Where the bytes go, measured rather than estimated: the same project built again without one
// part at a time, in temporary copies (see project.ts). The difference between the real build and
// a build without a part is what that part costs a classroom download, compression included, which
// the per-module shares of builds.ts can only estimate. The parts overlap a little (gzip finds
// repeats across them), so the differences need not add up to the whole exactly.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureBuild, type Size } from './bytes.js';
import { copyProject, viteBuild } from './project.js';

export type Variant = 'framework' | 'without-content' | 'without-teacher';

export interface VariantBytes {
	variant: Variant;
	/** What the variant's build leaves out, for the report. */
	description: string;
	total: Size;
	js: Size;
}

const DESCRIPTIONS: Record<Variant, string> = {
	framework:
		'Svelte and SvelteKit alone, with this configuration (hash router, inline bundle, CSP, service worker) and one page holding a heading',
	'without-content':
		'everything but the content: no cases, articles, annotations, claims or exercises, and no lesson text (lessons/course/*/lesson.md)',
	'without-teacher':
		'everything but the teacher area and the student assignment pages (src/routes/teacher, src/routes/assignment)'
};

/** Empties the content module ahead of the real plugin, which then never loads it. */
const EMPTY_CONTENT_CONFIG = [
	"import { mergeConfig } from 'vite';",
	"import base from './vite.config.ts';",
	'const id = "virtual:sidelight/content";',
	'const empty = { name: "bench-empty-content", enforce: "pre",',
	'  resolveId: (source) => (source === id ? "\\0bench:" + id : undefined),',
	'  load: (resolved) => (resolved === "\\0bench:" + id ? "export default { categories: [], cases: [], course: [], exercises: [] };" : undefined) };',
	'export default mergeConfig(base, { plugins: [empty] });'
].join('\n');

/** Changes a fresh copy of the project so that it builds without the part; returns extra vite args. */
function strip(dir: string, variant: Variant): string[] {
	const routes = join(dir, 'src', 'routes');
	if (variant === 'framework') {
		rmSync(routes, { recursive: true });
		mkdirSync(routes);
		writeFileSync(join(routes, '+page.svelte'), '<h1>Sidelight</h1>\n');
		return [];
	}
	if (variant === 'without-teacher') {
		for (const folder of ['teacher', 'assignment']) rmSync(join(routes, folder), { recursive: true });
		return [];
	}
	const course = join(dir, 'lessons', 'course');
	for (const lesson of readdirSync(course)) rmSync(join(course, lesson, 'lesson.md'), { force: true });
	const config = join(dir, 'bench-empty-content.vite.config.ts');
	writeFileSync(config, EMPTY_CONTENT_CONFIG);
	return ['--config', config];
}

export async function measureVariants(log: (line: string) => void): Promise<VariantBytes[]> {
	const results: VariantBytes[] = [];
	for (const variant of Object.keys(DESCRIPTIONS) as Variant[]) {
		const copy = copyProject({ prefix: `sidelight-${variant}-` });
		try {
			const args = strip(copy.dir, variant);
			await viteBuild(copy.dir, args);
			const bytes = measureBuild(join(copy.dir, 'build'));
			results.push({ variant, description: DESCRIPTIONS[variant], total: bytes.total, js: bytes.js });
			log(`  ${variant}: ${(bytes.total.gzip / 1000).toFixed(1)} KB gzipped`);
		} finally {
			copy.remove();
		}
	}
	return results;
}

export interface BuildPart {
	part: string;
	/** Gzipped bytes the part adds to the whole build. */
	gzip: number;
	/** How the figure was found. */
	how: string;
}

/**
 * The whole build split into measured parts: the framework's own floor, what the content adds, what
 * the teacher area adds, and the rest (the student views, their logic and styles) as what is left.
 */
export function partsOfBuild(wholeGzip: number, variants: VariantBytes[]): BuildPart[] {
	const gzip = (variant: Variant) => variants.find((v) => v.variant === variant)?.total.gzip;
	const framework = gzip('framework');
	const withoutContent = gzip('without-content');
	const withoutTeacher = gzip('without-teacher');
	if (framework === undefined || withoutContent === undefined || withoutTeacher === undefined) return [];
	const content = wholeGzip - withoutContent;
	const teacher = wholeGzip - withoutTeacher;
	return [
		{ part: 'Svelte and SvelteKit (the floor of any page)', gzip: framework, how: 'a build with one empty page' },
		{
			part: 'content: cases, annotations, claims, exercises, lesson text',
			gzip: content,
			how: 'whole build minus a build without it'
		},
		{ part: 'teacher area and assignment pages', gzip: teacher, how: 'whole build minus a build without them' },
		{
			part: 'student views, their logic and styles',
			gzip: wholeGzip - framework - content - teacher,
			how: 'what is left'
		}
	];
}
