// ESLint: TypeScript and Svelte rules, plus one boundary: src/lib domain code stays pure
// (no svelte, no $app, no components), so it runs in Node tests in milliseconds.
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
		files: ['src/lib/**/*.ts'],
		// components render, state holds runes, app is the browser glue (generated content, compiled lessons).
		ignores: ['src/lib/**/*.svelte.ts', 'src/lib/components/**', 'src/lib/state/**', 'src/lib/app/**'],
		rules: {
			'no-restricted-imports': ['error', { patterns: ['svelte', 'svelte/*', '$app/*', '*.svelte', '**/components/**'] }]
		}
	},
	{ rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }] } },
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/', 'lessons/**/*.md'] }
);
