import { describe, expect, it } from 'vitest';
import { hostModule, toClassicScript } from './parts-plugin.js';

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
