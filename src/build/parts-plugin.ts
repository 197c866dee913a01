// A Vite plugin that builds the parts of the app loaded on demand (src/lib/parts/part-files.ts: the
// case editor, the teacher area) as classic scripts, _app/parts/<name>.js, so a student's first
// load carries neither. From file:// a module script or a dynamic import() does not load, and the
// app is one inline bundle (vite.config.ts), so Rolldown's code splitting cannot do this.
//
// A part runs inside the app, not beside it: its components render in the app's component tree,
// with the app's Svelte runtime, contexts and stores. So a part's build leaves out Svelte, SvelteKit's
// $app modules and the modules in SHARED_MODULES (the stores and loaders that hold state, and the
// error classes the app throws into a part, which `instanceof` must find as one class) and takes
// them from the global sidelightHost, which `virtual:sidelight/part-host` (imported by the root
// layout) fills with exactly the names the parts import. Everything else a part imports (its
// components, pure logic) is bundled into it; a store (src/lib/state, any .svelte.ts module) that is
// neither shared nor listed as the part's own stops the build, so no store is ever loaded twice.
//
// Each part is built as an ES module (so its imports can be read off), then rewritten into a classic
// script: imports become reads of sidelightHost, the exports the value of `var sidelightPart_<name>`.
// In `vite dev` the parts are plain dynamic imports (src/lib/app/parts.ts) and the host module is empty.
import { relative, resolve as resolvePath } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { lessonSteps } from './lesson-steps.js';
import { init, parse } from 'es-module-lexer';
import { minify as minifyScript } from 'rolldown/utils';
import { build, type Plugin, type Rollup } from 'vite';
import { HOST_GLOBAL, PARTS, partFile, partScript, type PartName } from '../lib/parts/part-files.js';

/** Packages the app provides to its parts (a part never carries a second Svelte runtime). */
const SHARED_PACKAGES = /^(svelte(\/.*)?|\$app\/.*)$/;

/**
 * The app's own modules that hold state or load files once, and those whose errors cross from the
 * app into a part (a part's `instanceof SaveError` must test the app's class): one copy, the app's.
 */
export const SHARED_MODULES = [
	'src/lib/persistence/save-error.ts',
	'src/lib/assignments/errors.ts',
	'src/lib/state/library.svelte.ts',
	'src/lib/state/storage.svelte.ts',
	'src/lib/state/progress.svelte.ts',
	'src/lib/state/added-cases.svelte.ts',
	'src/lib/state/ui-preferences.svelte.ts',
	'src/lib/state/assignment.svelte.ts',
	'src/lib/app/lms.svelte.ts',
	'src/lib/app/readers.ts',
	'src/lib/app/case-script.ts',
	'src/lib/app/built-in-index.ts',
	// The glossary and shelf's entries, read by the app's pages and the lessons' terms alike.
	'src/lib/app/reference.ts',
	// One loader and one record of what has loaded (the teacher area copies the student's parts into a package).
	'src/lib/app/parts.ts'
];

/** Stateful modules only a part uses: bundled into it, so the app does not load them for students. */
const OWN_MODULES: Record<PartName, string[]> = {
	author: ['src/lib/state/author.svelte.ts'],
	teacher: ['src/lib/state/teacher.svelte.ts'],
	// One LMS session per page: only the student's pages report to an LMS.
	student: ['src/lib/app/lms-session.svelte.ts'],
	exercises: []
};

/** Modules that hold state and so must be shared or own (see above): the stores, and any rune module. */
const GUARDED = /^src\/lib\/state\/|\.svelte\.ts$/;

const HOST_ID = 'virtual:sidelight/part-host';
const RESOLVED_HOST_ID = '\0' + HOST_ID;
const HOST_PREFIX = 'sidelight-host:';

export interface BuiltPart {
	name: PartName;
	code: string;
	/** The names the part imports from each shared module ('*' for the whole namespace). */
	imports: Map<string, Set<string>>;
}

/** Builds one part; its imports from the app are named by package or by path from the project root. */
export async function buildPart(root: string, name: PartName, { minify = true } = {}): Promise<BuiltPart> {
	const entry = resolvePath(root, `src/lib/parts/${name}.ts`);
	const shared = new Set(SHARED_MODULES.map((path) => resolvePath(root, path)));
	const own = new Set(OWN_MODULES[name].map((path) => resolvePath(root, path)));
	const result = await build({
		configFile: false,
		root,
		mode: 'production',
		logLevel: 'warn',
		plugins: [
			{
				name: 'sidelight-part-externals',
				enforce: 'pre',
				async resolveId(source, importer) {
					if (SHARED_PACKAGES.test(source)) return { id: HOST_PREFIX + source, external: true };
					if (source.startsWith('virtual:'))
						this.error(`${source} is imported by ${importer}: a part cannot carry generated content; add the importing module to SHARED_MODULES`);
					const resolved = await this.resolve(source, importer, { skipSelf: true });
					if (!resolved || resolved.external) return resolved;
					const path = resolved.id.split('?')[0];
					if (shared.has(path)) return { id: HOST_PREFIX + relative(root, path), external: true };
					const fromRoot = relative(root, path);
					if (GUARDED.test(fromRoot) && !own.has(path))
						this.error(
							`${fromRoot} is imported by the ${name} part (through ${importer}): list it in SHARED_MODULES (one copy, the app's) or in OWN_MODULES.${name} (src/build/parts-plugin.ts)`
						);
					return resolved;
				}
			},
			// Same as Kit compiles the app's components; CSS goes into the script (no stylesheet to load).
			// The lessons are mdsvex, compiled as vite.config.ts compiles them, steps included.
			svelte({
				configFile: false,
				emitCss: false,
				compilerOptions: { css: 'injected' },
				extensions: ['.svelte', '.md'],
				preprocess: [mdsvex({ extensions: ['.md'], rehypePlugins: [lessonSteps] })],
				onwarn(warning, handler) {
					// mdsvex emits `<script context="module">`; the deprecation is mdsvex's, not ours.
					if (warning.code === 'script_context_deprecated' && warning.filename?.endsWith('.md')) return;
					handler?.(warning);
				}
			})
		],
		build: {
			write: false,
			// Minified after the rewrite below, which reads the imports and the names used on namespaces.
			minify: false,
			copyPublicDir: false,
			emptyOutDir: false,
			reportCompressedSize: false,
			lib: { entry, formats: ['es'], fileName: name },
			// No timing report from the part builds in `vite build`'s output: it reads as a warning.
			rolldownOptions: { output: { codeSplitting: false }, checks: { pluginTimings: false } }
		}
	});
	const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
	const chunks = outputs.flatMap((output) => output.output).filter((file) => file.type === 'chunk');
	if (chunks.length !== 1) throw new Error(`${partFile(name)}: expected one script, got ${chunks.length}`);
	const part = await toClassicScript(name, chunks[0].code);
	if (!minify) return part;
	const minified = await minifyScript(`${name}.js`, part.code, { compress: true, mangle: true });
	if (minified.errors.length) throw new Error(`${partFile(name)}: ${minified.errors.map((e) => e.message).join('; ')}`);
	return { ...part, code: minified.code };
}

/** Rewrites the part's ES module into a classic script that reads its imports off sidelightHost. */
export async function toClassicScript(name: PartName, code: string): Promise<BuiltPart> {
	await init;
	const [imports, exports] = parse(code);
	const names = new Map<string, Set<string>>();
	const lines: string[] = [];
	const statements: [string, string, Set<string>][] = [];
	let body = '';
	let at = 0;
	for (const entry of imports) {
		if (entry.d !== -1) throw new Error(`${partFile(name)}: a part may not use import() (it would not load from file://)`);
		const specifier = entry.n ?? '';
		if (!specifier.startsWith(HOST_PREFIX)) throw new Error(`${partFile(name)}: unexpected import of ${specifier}`);
		const module = specifier.slice(HOST_PREFIX.length);
		const wanted = names.get(module) ?? new Set<string>();
		names.set(module, wanted);
		const statement = code.slice(entry.ss, entry.se);
		body += code.slice(at, entry.ss);
		at = entry.se;
		statements.push([statement, module, wanted]);
	}
	body += code.slice(at);
	for (const [statement, module, wanted] of statements) lines.push(...bindingsOf(statement, module, wanted, body));
	// The one export statement Rolldown writes at the end: `export { a as AuthorPage, … };`
	const exportStatement = /export\s*\{([^}]*)\};?\s*$/.exec(body);
	if (!exportStatement && exports.length) throw new Error(`${partFile(name)}: exports not in one final statement`);
	const returned = (exportStatement?.[1] ?? '')
		.split(',')
		.map((part) => part.trim())
		.filter(Boolean)
		.map((part) => {
			const [local, exported = local] = part.split(/\s+as\s+/);
			return `${JSON.stringify(exported)}: ${local}`;
		});
	if (exportStatement) body = body.slice(0, exportStatement.index);
	const script = partScript(
		name,
		[
			`function () {`,
			`"use strict";`,
			`const host = globalThis.${HOST_GLOBAL};`,
			`if (!host) throw new Error("${partFile(name)} runs inside Sidelight's index.html, not alone");`,
			...lines,
			body,
			`return { ${returned.join(', ')} };`,
			`}`
		].join('\n')
	);
	return { name, code: script, imports: names };
}

/** `import { a as b, c } from "x"` → `const { a: b, c } = host["x"];`, recording a and c as wanted. */
function bindingsOf(statement: string, module: string, wanted: Set<string>, body: string): string[] {
	const from = `host[${JSON.stringify(module)}]`;
	const clause = /^import\s*([\s\S]*?)\s*from\s*["'][^"']+["']\s*;?$/.exec(statement.trim())?.[1];
	if (clause === undefined) return []; // `import "x"`: run for its effects, which the app's copy already had
	const lines: string[] = [];
	const namespace = /\*\s*as\s+([\w$]+)/.exec(clause);
	if (namespace) {
		// Svelte's compiled components use its runtime as `$.name`: the app need only keep those names.
		const local = namespace[1].replace(/\$/g, '\\$');
		for (const match of body.matchAll(new RegExp(`(?<![\\w$.])${local}\\.([A-Za-z_$][\\w$]*)`, 'g'))) wanted.add(match[1]);
		// Used as a value (passed on, indexed): keep the whole namespace.
		if (new RegExp(`(?<![\\w$.])${local}(?![\\w$.])`).test(body)) wanted.add('*');
		lines.push(`const ${namespace[1]} = ${from};`);
	}
	const defaultName = /^([\w$]+)\s*(,|$)/.exec(clause);
	if (defaultName) {
		wanted.add('default');
		lines.push(`const ${defaultName[1]} = ${from}.default;`);
	}
	const named = /\{([^}]*)\}/.exec(clause);
	if (named) {
		const pairs = named[1]
			.split(',')
			.map((part) => part.trim())
			.filter(Boolean)
			.map((part) => {
				const [imported, local = imported] = part.split(/\s+as\s+/);
				wanted.add(imported);
				return imported === local ? imported : `${imported}: ${local}`;
			});
		lines.push(`const { ${pairs.join(', ')} } = ${from};`);
	}
	return lines;
}

/** The host module: imports exactly what the parts want and puts it on sidelightHost. */
export function hostModule(root: string, parts: BuiltPart[]): string {
	const wanted = new Map<string, Set<string>>();
	for (const part of parts)
		for (const [module, names] of part.imports) {
			const all = wanted.get(module) ?? new Set<string>();
			for (const name of names) all.add(name);
			wanted.set(module, all);
		}
	const imports: string[] = [];
	const entries: string[] = [];
	[...wanted].forEach(([module, names], index) => {
		const from = JSON.stringify(module.startsWith('src/') ? resolvePath(root, module) : module);
		if (names.has('*')) {
			imports.push(`import * as m${index} from ${from};`);
			entries.push(`${JSON.stringify(module)}: m${index}`);
			return;
		}
		const list = [...names].sort();
		imports.push(`import { ${list.map((name, i) => `${name} as m${index}_${i}`).join(', ')} } from ${from};`);
		entries.push(`${JSON.stringify(module)}: { ${list.map((name, i) => `${JSON.stringify(name)}: m${index}_${i}`).join(', ')} }`);
	});
	return [...imports, `globalThis.${HOST_GLOBAL} = { ${entries.join(', ')} };`].join('\n');
}

export function sidelightParts(): Plugin {
	let root = process.cwd();
	let command: 'build' | 'serve' = 'build';
	let built: Promise<BuiltPart[]> | undefined;
	// One after another: each is a whole Vite build, and the machines this runs on have 2 cores.
	const buildAll = async () => {
		const done: BuiltPart[] = [];
		for (const name of PARTS) done.push(await buildPart(root, name));
		return done;
	};
	const parts = () => (built ??= buildAll());
	return {
		name: 'sidelight-parts',
		configResolved(config) {
			root = config.root;
			command = config.command;
		},
		resolveId(id) {
			return id === HOST_ID ? RESOLVED_HOST_ID : undefined;
		},
		async load(id) {
			if (id !== RESOLVED_HOST_ID) return;
			// Only the browser's build shares modules with parts; dev imports them, the server renders none.
			if (command === 'serve' || this.environment?.name !== 'client') return 'export {};';
			return hostModule(root, await parts());
		},
		async generateBundle() {
			if (this.environment?.name !== 'client') return;
			for (const part of await parts()) this.emitFile({ type: 'asset', fileName: partFile(part.name), source: part.code });
		}
	};
}
