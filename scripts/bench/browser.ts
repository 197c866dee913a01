// The browser and the server the bench measures with: Debian's Chromium through Playwright (its
// own browser download does not work on these machines), and `vite preview` over build/ on a port
// of its own (4174), so it never collides with the e2e tests' server on 4173.
import { spawn, type ChildProcess } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { BUILD, ROOT } from './project.js';

export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** As in playwright.config.ts: root has no sandbox, and the network is closed, so background traffic is off. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
/** The e2e tests' desktop viewport: wide enough for the five columns side by side. */
export const VIEWPORT = { width: 1440, height: 900 };
export const PREVIEW_PORT = 4174;

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * A fresh context (empty cache and storage: a first visit) with the desktop viewport. tsx compiles
 * these scripts with esbuild's keepNames, which wraps inner functions in `__name(...)`; functions
 * handed to the page are serialised with those calls, so the page gets a do-nothing `__name`.
 */
export async function newContext(browser: Browser): Promise<BrowserContext> {
	const context = await browser.newContext({ viewport: VIEWPORT });
	await context.addInitScript('globalThis.__name ??= (fn) => fn;');
	return context;
}

/** file:// URL of a build's index.html with a hash route, e.g. `#/cases/ukraine-55000`. */
export function fileUrl(buildDir: string, hash: string): string {
	return `${pathToFileURL(join(buildDir, 'index.html')).href}${hash}`;
}

export interface PreviewServer {
	url: string;
	/** What serves build/: `vite preview`, or the plain fallback (see startServer). */
	kind: string;
	stop: () => Promise<void>;
}

/**
 * Starts `vite preview --port 4174 --strictPort` and waits until it answers. Kit's preview serves
 * the build from .svelte-kit/output, which `vite build` writes together with build/.
 */
export async function startPreview(): Promise<PreviewServer> {
	const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
	const child: ChildProcess = spawn(process.execPath, [vite, 'preview', '--port', String(PREVIEW_PORT), '--strictPort'], {
		cwd: ROOT,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout?.on('data', (chunk) => (output += chunk));
	child.stderr?.on('data', (chunk) => (output += chunk));
	const url = `http://localhost:${PREVIEW_PORT}/`;
	const stop = () =>
		new Promise<void>((resolve) => {
			if (child.exitCode !== null) return resolve();
			child.once('exit', () => resolve());
			child.kill('SIGTERM');
		});
	// 15 s: vite preview starts in well under a second; anything longer means it failed (e.g. the port is taken).
	const deadline = Date.now() + 15_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode}):\n${output}`);
		try {
			if ((await fetch(url)).ok) return { url, kind: 'vite preview', stop };
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	await stop();
	throw new Error(`vite preview did not answer on ${url} within 15 s:\n${output}`);
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webmanifest': 'application/manifest+json'
};

/** A plain static server over a folder, on the same port. */
function serveFolder(dir: string, port: number): Promise<PreviewServer> {
	const root = resolve(dir);
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		let file = resolve(root, `.${path}`);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if ((file !== root && !file.startsWith(root + sep)) || !existsSync(file)) {
			response.writeHead(404).end('not found');
			return;
		}
		response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(response);
	});
	return new Promise((resolvePromise, reject) => {
		server.once('error', reject);
		server.listen(port, () =>
			resolvePromise({
				url: `http://localhost:${port}/`,
				kind: 'plain Node static server (vite preview could not start)',
				stop: () => new Promise((done) => server.close(() => done()))
			})
		);
	});
}

/**
 * `vite preview` as the issue asks; if it cannot start (it needs .svelte-kit/output, which a failed
 * build leaves empty while build/ is still there), a plain static server over build/ instead.
 */
export async function startServer(log: (line: string) => void): Promise<PreviewServer> {
	try {
		return await startPreview();
	} catch (error) {
		log(
			`  vite preview could not start (${String(error).split('\n').slice(0, 3).join(' ')}); serving build/ with a plain server`
		);
		return serveFolder(BUILD, PREVIEW_PORT);
	}
}
