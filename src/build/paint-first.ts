// Paint before the app runs: rewrites the built index.html so the browser shows a page (a shell that
// says Sidelight is loading) before it evaluates Kit's inline bundle, then starts the bundle unchanged.
//
// Why: with `bundleStrategy: 'inline'` Kit writes the whole app as one classic <script> in <body>.
// The parser stops at it, and compiling and running it, mounting the view and laying it out is one
// task; nothing is painted until it ends. Measured at 4× CPU slowdown from file:// (bench, before
// this): first contentful paint 0.86 s (course map) to 1.5 s (longest lesson), the longest task
// before it 0.5–1.2 s. Held as `type="text/plain"` the bundle is only tokenised by the HTML parser;
// a small bootstrap waits for the first frame (requestAnimationFrame, then a task), and only then
// inserts the same text as a real script. Same text, same CSP hash: Kit's meta CSP stays right, and
// the bootstrap's own hash is added to it. Works from file:// and on any server (nothing is fetched).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Adapter } from '@sveltejs/kit';

/** The id of the held bundle and of the shell, named in the bootstrap. */
export const HELD_ID = 'sidelight-app';
export const SHELL_ID = 'sidelight-shell';

/**
 * Shown until the app has put its page into the DOM. Colours come from the theme's custom
 * properties (app.css is inlined above it), so it follows the light and dark themes.
 */
export const SHELL = `<div id="${SHELL_ID}" style="max-width: 60rem; margin: 0 auto; padding: 1rem 1.25rem"><p style="margin: 0 0 0.5rem; font-weight: 700; font-size: 1.25rem">Sidelight</p><p style="margin: 0; color: var(--muted)">Loading the course…</p><noscript><p>Sidelight needs JavaScript: please turn it on for this page.</p></noscript></div>`;

/**
 * Starts the held bundle after the first frame, and removes the shell once the app has rendered
 * into the bundle's parent (Kit mounts there: `document.currentScript.parentElement`).
 * The 500 ms fallback starts the app where no frame comes (a tab opened in the background does
 * not run requestAnimationFrame); at 4× a frame comes well before it.
 */
export const BOOTSTRAP = `(() => {
	const held = document.getElementById('${HELD_ID}');
	const shell = document.getElementById('${SHELL_ID}');
	const target = held.parentElement;
	let started = false;
	const start = () => {
		if (started) return;
		started = true;
		const script = document.createElement('script');
		script.text = held.text;
		held.replaceWith(script);
	};
	if (shell) {
		const observer = new MutationObserver(() => {
			if (![...target.children].some((child) => child.tagName !== 'SCRIPT')) return;
			observer.disconnect();
			shell.remove();
		});
		observer.observe(target, { childList: true });
	}
	requestAnimationFrame(() => setTimeout(start));
	setTimeout(start, 500);
})();`;

export function cspHash(script: string): string {
	return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/**
 * index.html with Kit's bundle held until after the first paint, the shell before it, and the
 * bootstrap's hash in the meta CSP. Throws, naming what is missing, if the page is not shaped as
 * Kit 3.2 writes it, rather than shipping a page that never starts.
 */
export function paintFirst(html: string, file = 'index.html'): string {
	const body = html.indexOf('<body');
	const open = html.indexOf('<script>', body);
	const close = html.indexOf('</script>', open);
	if (body < 0 || open < 0 || close < 0) throw new Error(`${file}: no inline <script> in <body> (is output.bundleStrategy still 'inline'?)`);
	const bundle = html.slice(open + '<script>'.length, close);
	if (!bundle.includes('.app.start(')) throw new Error(`${file}: the first <script> in <body> is not Kit's app bundle`);
	if (html.includes(`id="${HELD_ID}"`)) throw new Error(`${file}: already rewritten (it holds #${HELD_ID})`);
	const csp = /(<meta http-equiv="content-security-policy" content="[^"]*script-src [^;"]*)/.exec(html);
	if (!csp) throw new Error(`${file}: no meta Content-Security-Policy with script-src (vite.config.ts csp)`);
	if (!csp[1].includes(cspHash(bundle))) throw new Error(`${file}: the meta CSP does not hold the bundle's hash`);

	const container = html.lastIndexOf('<div', open);
	const withCsp = html.slice(0, csp.index) + `${csp[1]} ${cspHash(BOOTSTRAP)}` + html.slice(csp.index + csp[1].length);
	const shift = withCsp.length - html.length;
	return (
		withCsp.slice(0, container + shift) +
		SHELL +
		withCsp.slice(container + shift, open + shift) +
		`<script type="text/plain" id="${HELD_ID}">` +
		bundle +
		`</script><script>${BOOTSTRAP}</script>` +
		withCsp.slice(close + shift + '</script>'.length)
	);
}

/** Rewrites `file` in place, if it exists. */
export function paintFirstFile(file: string): boolean {
	if (!existsSync(file)) return false;
	writeFileSync(file, paintFirst(readFileSync(file, 'utf8'), file));
	return true;
}

/**
 * The adapter, then index.html rewritten in its output folder `dir` and in Kit's prerendered copy,
 * which `vite preview` serves (so a server and file:// get the same page).
 */
export function withPaintFirst(adapter: Adapter, dir: string): Adapter {
	return {
		...adapter,
		async adapt(builder) {
			await adapter.adapt(builder);
			paintFirstFile(join(dir, 'index.html'));
			paintFirstFile(join(builder.getBuildDirectory('output/prerendered/pages'), 'index.html'));
			builder.log.minor('index.html paints a shell before the app bundle runs (src/build/paint-first.ts).');
		}
	};
}

/**
 * The page as Kit wrote it, from a rewritten one (the bootstrap's hash stays in the CSP, unused):
 * the bench measures both in the same run, so "before" and "after" share the machine's load.
 */
export function withoutPaintFirst(html: string): string {
	const held = `<script type="text/plain" id="${HELD_ID}">`;
	if (!html.includes(held)) throw new Error(`not rewritten by paintFirst: no #${HELD_ID}`);
	return html.replace(SHELL, '').replace(held, '<script>').replace(`<script>${BOOTSTRAP}</script>`, '');
}
