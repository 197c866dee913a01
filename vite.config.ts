// Vite and SvelteKit 3 configuration (Kit 3 takes its config here and refuses a svelte.config.js).
// The build is one folder that works from file://, a static server in a sub-folder, and the web:
// hash router + inline bundle is the only combination that starts from file:// (see README).
import { sveltekit } from '@sveltejs/kit/vite';
import adapter from '@sveltejs/adapter-static';
import { mdsvex } from 'mdsvex';
import { defineConfig } from 'vitest/config';
import { sidelightContent } from './src/build/content-plugin.js';
import { sidelightReaders } from './src/build/readers-plugin.js';
import { sidelightParts } from './src/build/parts-plugin.js';
import { withoutStrayStylesheets } from './src/build/stray-files.js';
import { withPaintFirst } from './src/build/paint-first.js';
import { securityHeaders } from './src/build/security-headers.js';
import { lessonSteps } from './src/build/lesson-steps.js';
import { inlineScriptHashes } from './src/build/boot-script.js';
import { readFileSync } from 'node:fs';

export default defineConfig({
	plugins: [
		sidelightContent(),
		// The readers (case files, the editor) as a script loaded on demand, out of the first load.
		sidelightReaders(),
		// The case editor and the teacher area as scripts loaded on demand, out of a student's first load.
		sidelightParts(),
		// `npm start` serves the build with the headers a meta tag cannot set.
		securityHeaders(),
		sveltekit({
			extensions: ['.svelte', '.md'],
			// Lessons come out in steps, one `##` section each (src/build/lesson-steps.ts).
			preprocess: [mdsvex({ extensions: ['.md'], rehypePlugins: [lessonSteps] })],
			adapter: withPaintFirst(withoutStrayStylesheets(adapter({ pages: 'build', assets: 'build' }), 'build'), 'build'),
			router: { type: 'hash' },
			output: { bundleStrategy: 'inline' },
			serviceWorker: { register: false },
			// No outside origin may serve scripts, styles, fonts or connections. Kit hashes its inline bundle;
			// style-src keeps 'unsafe-inline' for Svelte's style attributes (styles cannot run code).
			csp: {
				mode: 'hash',
				directives: {
					'default-src': ['self'],
					// app.html's own boot script (display settings before the first paint) by its hash.
					'script-src': ['self', ...inlineScriptHashes(readFileSync('src/app.html', 'utf8'))],
					'style-src': ['self', 'unsafe-inline'],
					'img-src': ['self', 'data:'],
					'connect-src': ['self'],
					'font-src': ['self'],
					'object-src': ['none'],
					'base-uri': ['self'],
					'form-action': ['self']
				}
			},
			onwarn(warning, handler) {
				// mdsvex emits `<script context="module">`; the deprecation is mdsvex's, not ours.
				if (warning.code === 'script_context_deprecated' && warning.filename?.endsWith('.md')) return;
				handler(warning);
			}
		})
	],
	// The app is one inline bundle by design (the only build that starts from file://, see above), so
	// Vite's advice to split chunks over 500 kB does not apply; warn only if it passes 1 MB.
	build: { assetsInlineLimit: Infinity, chunkSizeWarningLimit: 1000 },
	test: {
		include: ['src/**/*.test.ts', 'tests/content/**/*.test.ts', 'scripts/**/*.test.ts']
	}
});
