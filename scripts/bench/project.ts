// Where the project is, whether build/ is fresh, and how to run `vite build` somewhere else.
// The bench times builds in a temporary copy of the project, so it never rewrites build/ or
// .svelte-kit/ while other people (and the measurements) use them. Shared by scripts/package.ts.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../../src/build/load-content.js';
import { ContentError } from '../../src/lib/content/problems.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BUILD = join(ROOT, 'build');

/** What a build is made from: if any of it is newer than build/index.html, the build is stale. */
const BUILD_INPUTS = ['src', 'lessons', 'static', 'vite.config.ts', 'package.json', 'tsconfig.json'];

/** What a copy of the project needs to build (node_modules is linked, not copied). */
const PROJECT_FILES = ['src', 'static', 'vite.config.ts', 'package.json', 'tsconfig.json'];

function newestMtime(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
	return newest;
}

/** The build exists and nothing it is made from changed after it was written. */
export function buildIsFresh(root = ROOT): boolean {
	const index = join(root, 'build', 'index.html');
	if (!existsSync(index)) return false;
	const built = statSync(index).mtimeMs;
	return BUILD_INPUTS.every((input) => newestMtime(join(root, input)) <= built);
}

/** Runs `vite build` in `cwd` with the Node that runs this script; resolves with the wall time in ms. */
export function viteBuild(cwd: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<number> {
	const vite = join(cwd, 'node_modules', 'vite', 'bin', 'vite.js');
	return new Promise((resolvePromise, reject) => {
		const started = performance.now();
		const colourless = { FORCE_COLOR: '0', NO_COLOR: '1' };
		const child = spawn(process.execPath, [vite, 'build', ...args], {
			cwd,
			env: { ...process.env, ...colourless, ...env },
			stdio: 'pipe'
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (code) => {
			if (code === 0) resolvePromise(performance.now() - started);
			else reject(new Error(`vite build failed in ${cwd}: ${firstError(output)}\n${output.slice(-3000)}`));
		});
	});
}

/** The line of a failed build's output that says what went wrong, without the stack. */
export function firstError(output: string): string {
	const lines = output.split('\n').map((l) => l.trim());
	const line = lines.find((l) => /^\[[A-Z_]+\]|content problem|error(?! during build)/i.test(l) && !l.startsWith('at '));
	return line ?? lines.filter(Boolean).at(-1) ?? 'unknown error';
}

/** Builds the project in place unless build/ is already fresh. Returns true if it built. */
export async function ensureFreshBuild(options: { force?: boolean; log?: (line: string) => void } = {}): Promise<boolean> {
	if (!options.force && buildIsFresh()) return false;
	options.log?.('build/ is missing or older than its sources: running vite build…');
	await viteBuild(ROOT);
	return true;
}

export interface ProjectCopy {
	dir: string;
	/** Set when the course had to be left out because it does not validate (lessons being written). */
	note?: string;
	remove: () => void;
}

/**
 * A throwaway copy of the project that can run `vite build`: source files and lessons copied
 * (see copyLessons), and a node_modules folder of links to the project's packages. Not one link
 * to the whole folder: Kit writes node_modules/$app/tsconfig.json with paths into its root, and
 * Vite writes node_modules/.vite*, which must stay in the copy.
 */
export function copyProject(options: { prefix?: string } = {}): ProjectCopy {
	const dir = mkdtempSync(join(tmpdir(), options.prefix ?? 'sidelight-bench-'));
	for (const name of PROJECT_FILES) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
	const note = copyLessons(join(dir, 'lessons'));
	const modules = join(dir, 'node_modules');
	mkdirSync(modules);
	for (const name of readdirSync(join(ROOT, 'node_modules'))) {
		if (name.startsWith('$') || (name.startsWith('.') && name !== '.bin')) continue;
		symlinkSync(join(ROOT, 'node_modules', name), join(modules, name));
	}
	return { dir, note, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Copies lessons/ to `dest` (a folder named lessons). Lessons are written while the bench runs: if
 * only the course fails to validate, the copy leaves the course out, so the cases can still be
 * measured, and says so. Any other content problem is thrown, as the build would.
 */
export function copyLessons(dest: string): string | undefined {
	cpSync(join(ROOT, 'lessons'), dest, { recursive: true });
	try {
		loadContent({ cwd: dirname(dest) });
		return undefined;
	} catch (error) {
		if (!(error instanceof ContentError) || !error.problems.every((p) => p.file.startsWith('lessons/course/'))) throw error;
		rmSync(join(dest, 'course'), { recursive: true, force: true });
		return `the course (lessons/course/) was left out of this copy: it did not validate when measured (${error.problems.length} problems, e.g. ${error.problems[0].file}: ${error.problems[0].message})`;
	}
}
