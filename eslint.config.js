// ESLint: TypeScript and Svelte rules, plus one boundary: src/lib domain code stays pure (no
// node:*, virtual:*, svelte, $app, state, persistence, app or components), so it runs in Node
// tests in milliseconds and in the browser unchanged.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } }
	},
	{
		// The domain: pure TypeScript that runs the same in Node tests, the build and the browser.
		// The browser glue (components render, state holds runes, app is the generated content and
		// compiled lessons, persistence is IndexedDB, parts are the app's parts loaded on demand; library, dom and ui are the review's target names
		// for the same) may import the domain, never the reverse. src/lib/layers.test.ts proves it bites.
		files: ['src/lib/**/*.ts'],
		ignores: [
			'src/lib/**/*.svelte.ts',
			// Tests and their helpers run only in Node, and may read fixtures from disk.
			'src/lib/**/*.test.ts',
			'src/lib/**/testing/**',
			'src/lib/**/testing.ts',
			'src/lib/{components,state,app,persistence,library,parts,dom,ui}/**'
		],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['node:*'], message: 'The domain runs in the browser too: read files in src/build and pass their text in.' },
						{ group: ['virtual:*'], message: 'Generated modules are browser glue (src/lib/app); pass the data in instead.' },
						{ group: ['$app/*', 'svelte', 'svelte/*', '*.svelte'], message: 'The domain stays free of SvelteKit and Svelte.' },
						{
							group: [
								'**/components/**',
								'**/state/**',
								'**/app/**',
								'**/persistence/**',
								'**/library/**',
								'**/dom/**',
								'**/ui/**',
								'**/parts/**'
							],
							message: 'The domain may not import the browser glue; the glue imports the domain.'
						}
					]
				}
			]
		}
	},
	{ rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }] } },
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/', 'lessons/**/*.md'] }
);
