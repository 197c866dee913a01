import { describe, expect, it } from 'vitest';
import { BOOTSTRAP, HELD_ID, SHELL_ID, cspHash, paintFirst, withoutPaintFirst } from './paint-first.js';

const BUNDLE = `
	{
		__sveltekit_x = { base: '' };
		const element = document.currentScript.parentElement;
		__sveltekit_x.app.start(element);
	}
`;

/** index.html as Kit 3.2 writes it with the inline bundle and a hashed meta CSP. */
const KIT_PAGE = `<!doctype html>
<html lang="en">
	<head>
		<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${cspHash(BUNDLE)}; style-src 'self' 'unsafe-inline'">
	</head>
	<body data-sveltekit-preload-data="hover">
		<div style="display: contents">
			<script>${BUNDLE}</script>
		</div>
	</body>
</html>
`;

describe('paintFirst', () => {
	const page = paintFirst(KIT_PAGE);

	it('keeps the app bundle character for character, held as text until the first frame', () => {
		expect(page).toContain(`<script type="text/plain" id="${HELD_ID}">${BUNDLE}</script>`);
		expect(page.match(/<script>/g)).toHaveLength(1);
	});

	it('lets the bundle and the bootstrap run under the meta CSP: both hashes are in script-src', () => {
		const csp = /script-src ([^;]*)/.exec(page)![1];
		expect(csp).toContain(cspHash(BUNDLE));
		expect(csp).toContain(cspHash(BOOTSTRAP));
		expect(page).toContain(`<script>${BOOTSTRAP}</script>`);
	});

	it('shows a loading shell outside the element the app mounts into, so the app never renders inside it', () => {
		const shell = page.indexOf(`id="${SHELL_ID}"`);
		expect(shell).toBeGreaterThan(page.indexOf('<body'));
		expect(shell).toBeLessThan(page.indexOf('<div style="display: contents">'));
		expect(page).toContain('Loading the course…');
	});

	it('refuses a page whose CSP does not hold the bundle, rather than shipping one that never starts', () => {
		expect(() => paintFirst(KIT_PAGE.replace(cspHash(BUNDLE), "'sha256-other'"), 'build/index.html')).toThrow(
			/build\/index.html: the meta CSP does not hold the bundle's hash/
		);
	});

	it('refuses a page without the inline bundle, and one already rewritten', () => {
		expect(() => paintFirst('<html><body><p>hi</p></body></html>')).toThrow(/no inline <script> in <body>/);
		expect(() => paintFirst(page)).toThrow(/already rewritten|not Kit's app bundle/);
	});

	it('can be undone for the bench, giving the page Kit wrote (with one unused hash more)', () => {
		const csp = /script-src [^;]*/;
		expect(withoutPaintFirst(page).replace(csp, '')).toBe(KIT_PAGE.replace(csp, ''));
	});
});
