import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostModule, SHARED_MODULES, toClassicScript } from './parts-plugin.js';

const esPart = [
	'import "sidelight-host:svelte/internal/disclose-version";',
	'import * as $ from "sidelight-host:svelte/internal/client";',
	'import { onMount as mounted, tick } from "sidelight-host:svelte";',
	'import library from "sidelight-host:src/lib/state/library.svelte.ts";',
	'function Page() { return [$.template("x"), $.push(), mounted, tick, library]; }',
	'export { Page as AuthorPage };'
].join('\n');

describe('a part as a classic script', () => {
	it('reads its imports off the app and returns its exports', async () => {
		const part = await toClassicScript('author', esPart);
		const host = {
			'svelte/internal/client': { template: (s: string) => `t:${s}`, push: () => 'pushed' },
			svelte: { onMount: 'onMount', tick: 'tick' },
			'src/lib/state/library.svelte.ts': { default: 'library' }
		};
		const run = new Function('globalThis', `${part.code}\nreturn sidelightPart_author;`);
		const exports = run({ sidelightHost: host }) as { AuthorPage: () => unknown[] };
		expect(exports.AuthorPage()).toEqual(['t:x', 'pushed', 'onMount', 'tick', 'library']);
	});

	it('asks the app for exactly the names it uses, even through a namespace', async () => {
		const part = await toClassicScript('author', esPart);
		expect(Object.fromEntries([...part.imports].map(([module, names]) => [module, [...names].sort()]))).toEqual({
			'svelte/internal/disclose-version': [],
			'svelte/internal/client': ['push', 'template'],
			svelte: ['onMount', 'tick'],
			'src/lib/state/library.svelte.ts': ['default']
		});
	});

	it('keeps the whole namespace when the part passes it on as a value', async () => {
		const part = await toClassicScript('teacher', 'import * as $ from "sidelight-host:svelte";\nconst keep = $;\nexport { keep };');
		expect(part.imports.get('svelte')).toEqual(new Set(['*']));
	});

	it('refuses a dynamic import, which would not load from file://', async () => {
		await expect(toClassicScript('author', 'const later = () => import("./x.js");\nexport { later };')).rejects.toThrow(/import\(\)/);
	});

	it('refuses an import the app does not provide', async () => {
		await expect(toClassicScript('author', 'import x from "lodash";\nexport { x };')).rejects.toThrow(/lodash/);
	});
});

describe('the app side', () => {
	it('imports the union of what the parts want, and the whole namespace only where asked', async () => {
		const author = await toClassicScript('author', esPart);
		const teacher = await toClassicScript('teacher', 'import * as s from "sidelight-host:svelte";\nconst all = s;\nexport { all };');
		const code = hostModule('/project', [author, teacher]);
		expect(code).toContain('import { push as m1_0, template as m1_1 } from "svelte/internal/client";');
		expect(code).toContain('import * as m2 from "svelte";');
		expect(code).toContain('import { default as m3_0 } from "/project/src/lib/state/library.svelte.ts";');
		expect(code).toMatch(/globalThis\.sidelightHost = \{ .*"svelte\/internal\/client": \{ "push": m1_0, "template": m1_1 \}/);
	});
});

describe('error classes across the app and its parts', () => {
	// A part's `instanceof` tests its own copy of a class it bundles: an error the app throws into a
	// part must come from a module the app shares. Every error class is either shared or stays on one side.
	const ONE_SIDE: Record<string, string> = {
		'src/lib/gradebook/backup.ts': 'BackupError: thrown and caught inside the teacher part',
		'src/lib/library/open-case.ts': 'CaseOpenError: thrown and caught inside the library',
		'src/lib/library/case-cache.ts': 'CaseLoadError: kept as a case’s state, which parts read as data',
		'src/lib/app/parts.ts': 'PartLoadError: the app’s own loader',
		'src/lib/app/classic-script.ts': 'ScriptLoadError: caught by the loaders, which are the app’s',
		'src/lib/content/problems.ts': 'ContentError: the build and the readers script',
		'src/lib/assignments/bytes.ts': 'PayloadError: caught inside the code readers, which turn it into a CodeError'
	};
	const sources = readdirSync('src/lib', { recursive: true, encoding: 'utf8' })
		.filter((path) => path.endsWith('.ts') && !path.endsWith('.test.ts'))
		.map((path) => join('src/lib', path).replaceAll('\\', '/'));

	it('is shared with the parts, or named as staying on one side', () => {
		const defining = sources.filter((path) => /class \w+ extends \w*Error\b/.test(readFileSync(path, 'utf8')));
		expect(defining.length).toBeGreaterThan(5);
		for (const path of defining) expect(SHARED_MODULES.includes(path) || path in ONE_SIDE, path).toBe(true);
	});
});
