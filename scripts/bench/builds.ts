// Build time and what the bundle is made of. Both run in a temporary copy of the project (see
// project.ts): the timed builds are plain `vite build`; one more build adds bundle-plugin.ts
// through a wrapper config, so the timed builds carry no measuring code.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyProject, viteBuild } from './project.js';
import { repeat, type Sample } from './stats.js';
import type { BundleModule } from './bundle-plugin.js';

export interface BundleGroup {
	group: string;
	modules: number;
	rendered: number;
	gzip: number;
}

export interface BundleBreakdown {
	groups: BundleGroup[];
	top: BundleModule[];
	totalRendered: number;
	totalGzip: number;
}

/** Which part of the app a module id belongs to, for the breakdown table. */
export function groupOf(id: string, root: string): string {
	const clean = id.replace(/^\0/, '');
	if (clean.includes('virtual:sidelight/content')) return 'content (virtual:sidelight/content: all cases, validated)';
	const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(clean)?.[1];
	if (pkg) return `npm: ${pkg}`;
	const path = clean.startsWith(root) ? relative(root, clean) : clean;
	if (path.startsWith('lessons/')) return 'lessons (compiled .md)';
	if (path.startsWith('src/lib/components/')) return 'src/lib/components (Svelte)';
	if (path.startsWith('src/routes/')) return 'src/routes (Svelte)';
	if (path.startsWith('src/lib/')) return 'src/lib (domain logic)';
	if (path.startsWith('.svelte-kit/')) return 'Kit generated (.svelte-kit)';
	return 'bundler runtime, app.css, other';
}

export function breakdown(modules: BundleModule[], root: string): BundleBreakdown {
	const groups = new Map<string, BundleGroup>();
	for (const m of modules) {
		const group = groupOf(m.id, root);
		const entry = groups.get(group) ?? { group, modules: 0, rendered: 0, gzip: 0 };
		groups.set(group, { group, modules: entry.modules + 1, rendered: entry.rendered + m.rendered, gzip: entry.gzip + m.gzip });
	}
	const shortId = (id: string) =>
		id
			.replace(/^\0/, '')
			.replace(`${root}/`, '')
			.replace(/^.*node_modules\//, '');
	return {
		groups: [...groups.values()].sort((a, b) => b.gzip - a.gzip),
		top: [...modules]
			.sort((a, b) => b.gzip - a.gzip)
			.slice(0, 10)
			.map((m) => ({ ...m, id: shortId(m.id) })),
		totalRendered: modules.reduce((s, m) => s + m.rendered, 0),
		totalGzip: modules.reduce((s, m) => s + m.gzip, 0)
	};
}

export interface BuildMeasurements {
	time: Sample;
	bundle: BundleBreakdown;
	/** Set when the copy had to leave the course out (see copyLessons). */
	note?: string;
}

/** `runs` timed builds of the real content in a copy of the project, then one analysed build. */
export async function measureBuilds(runs: number, log: (line: string) => void): Promise<BuildMeasurements> {
	const copy = copyProject({ prefix: 'sidelight-build-' });
	try {
		const time = await repeat(runs, async (i) => {
			const ms = await viteBuild(copy.dir);
			log(`  vite build ${i + 1}/${runs}: ${Math.round(ms)} ms`);
			return ms;
		});
		const plugin = fileURLToPath(new URL('./bundle-plugin.ts', import.meta.url));
		const config = join(copy.dir, 'bench.vite.config.ts');
		const out = join(copy.dir, 'bundle-modules.json');
		writeFileSync(
			config,
			[
				"import { mergeConfig } from 'vite';",
				"import base from './vite.config.ts';",
				`import { bundleAnalyzer } from ${JSON.stringify(plugin)};`,
				`export default mergeConfig(base, { plugins: [bundleAnalyzer(${JSON.stringify(out)})] });`
			].join('\n')
		);
		await viteBuild(copy.dir, ['--config', config]);
		const modules = JSON.parse(readFileSync(out, 'utf8')) as BundleModule[];
		return { time, bundle: breakdown(modules, copy.dir), note: copy.note };
	} finally {
		copy.remove();
	}
}
