// The layers, enforced: the domain (src/lib minus the browser glue) may not import Node, virtual
// modules, SvelteKit, Svelte, state, persistence, app or components (eslint.config.js says so, and
// this proves the rule bites on a probe), and no module imports itself back through others, not
// even for a type (a cycle hides what depends on what). The import graph comes from the
// TypeScript scanner (ts.preProcessFile), which reads imports without type-checking: well under a second.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

describe('the domain layer', () => {
	const eslint = new ESLint({ cwd: root });
	const lint = async (code: string, file = 'src/lib/exercises/probe.ts') => {
		const [result] = await eslint.lintText(code, { filePath: join(root, file) });
		return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
	};

	it.each([
		["import { readFileSync } from 'node:fs';", 'node:*'],
		["import content from 'virtual:sidelight/content';", 'virtual:*'],
		["import { findCase } from '../app/content.js';", 'app'],
		["import { progress } from '../state/progress.svelte.js';", 'state'],
		["import { open } from '../persistence/db.js';", 'persistence'],
		["import Exercise from '../components/Exercise.svelte';", 'components'],
		["import { browser } from '$app/environment';", '$app/*'],
		["import { onMount } from 'svelte';", 'svelte']
	])('refuses %s in domain code (%s)', async (code) => {
		expect(await lint(`${code}\nexport {};\n`)).toBeGreaterThan(0);
	});

	it('lets domain code import the domain and pure libraries', async () => {
		expect(
			await lint(
				"import { anchor } from '../anchoring/text-quote.js';\nimport { parseTree } from 'jsonc-parser';\nexport { anchor, parseTree };\n"
			)
		).toBe(0);
	});

	it('lets the browser glue import the generated content', async () => {
		expect(await lint("import content from 'virtual:sidelight/content';\nexport { content };\n", 'src/lib/app/probe.ts')).toBe(0);
	});
}, 30_000);

/** Every .ts module under src/lib and src/build, with the local modules it imports (types included). */
function importGraph(): Map<string, string[]> {
	const files: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts')) files.push(path);
		}
	};
	walk(join(root, 'src/lib'));
	walk(join(root, 'src/build'));
	const known = new Set(files);
	const graph = new Map<string, string[]>();
	for (const file of files) {
		const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
		const targets = importedFiles
			.map((i) => i.fileName)
			.filter((name) => name.startsWith('.'))
			.map((name) => resolve(dirname(file), name).replace(/\.js$/, '.ts'))
			.filter((target) => known.has(target));
		graph.set(relative(root, file), [...new Set(targets.map((t) => relative(root, t)))]);
	}
	return graph;
}

/** Tarjan's strongly connected components with more than one module: each one is a cycle. */
function cycles(graph: Map<string, string[]>): string[][] {
	let next = 0;
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const found: string[][] = [];
	const visit = (node: string) => {
		index.set(node, next);
		low.set(node, next++);
		stack.push(node);
		onStack.add(node);
		for (const to of graph.get(node) ?? []) {
			if (!index.has(to)) {
				visit(to);
				low.set(node, Math.min(low.get(node)!, low.get(to)!));
			} else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
		}
		if (low.get(node) === index.get(node)) {
			const component: string[] = [];
			let member: string;
			do {
				member = stack.pop()!;
				onStack.delete(member);
				component.push(member);
			} while (member !== node);
			if (component.length > 1) found.push(component.sort());
		}
	};
	for (const node of graph.keys()) if (!index.has(node)) visit(node);
	return found;
}

describe('the import graph', () => {
	it('sees the imports it should (a sanity check on the scanner)', () => {
		expect(importGraph().get('src/lib/content/read-case.ts')).toContain('src/lib/content/validate-case.ts');
	});

	it('has no cycles, type-only imports included', () => {
		expect(cycles(importGraph())).toEqual([]);
	});
});
