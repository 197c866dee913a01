// Where the bytes go, measured rather than estimated: the same project built again without one
// part at a time, in temporary copies (see project.ts). The difference between the real build and
// a build without a part is what that part costs a classroom download, compression included, which
// the per-module shares of builds.ts can only estimate. The parts overlap a little (gzip finds
// repeats across them), so the differences need not add up to the whole exactly.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureBuild, type Size } from './bytes.js';
import { copyProject, viteBuild } from './project.js';
import { PARTS } from '../../src/lib/parts/part-files.js';

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
		'Svelte and SvelteKit alone, with this configuration (hash router, inline bundle, CSP, service worker) and one page holding a heading (no parts, readers, fonts or case data)',
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
		// The parts loaded on demand, the readers and the fonts are the app's, not the framework's.
		for (const part of PARTS) writeFileSync(join(dir, 'src', 'lib', 'parts', `${part}.ts`), 'export {};\n');
		writeFileSync(join(dir, 'src', 'lib', 'sharing', 'readers-entry.ts'), 'export {};\n');
		rmSync(join(dir, 'static', 'fonts'), { recursive: true, force: true });
		return [];
	}
	if (variant === 'without-teacher') {
		for (const folder of ['teacher', 'assignment']) rmSync(join(routes, folder), { recursive: true });
		return [];
	}
	// Each lesson keeps its frontmatter (the course index needs it) and loses its text and exercises.
	const course = join(dir, 'lessons', 'course');
	for (const lesson of readdirSync(course)) {
		const file = join(course, lesson, 'lesson.md');
		if (!existsSync(file)) continue;
		const frontmatter = /^---\n[\s\S]*?\n---\n/.exec(readFileSync(file, 'utf8').replace(/\r\n?/g, '\n'));
		writeFileSync(file, frontmatter ? frontmatter[0] : '');
		if (existsSync(join(course, lesson, 'exercises.json'))) writeFileSync(join(course, lesson, 'exercises.json'), '[]\n');
	}
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
			// The case data files are content: the framework's floor is measured without them.
			if (variant === 'framework') rmSync(join(copy.dir, 'build', 'cases'), { recursive: true, force: true });
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
