// The one loader for everything under lessons/: reads the files, hands them to the pure
// validators in src/lib, and turns their JSON paths into line numbers. Runs in Node only (Vite
// plugin, check:content script, tests); the browser receives its result, already validated.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findNodeAtLocation, parseTree, type ParseError, printParseErrorCode } from 'jsonc-parser';
import { validateCase, type SourceFile } from '../lib/content/validate-case.js';
import { ContentError, type JsonPath, type Problem } from '../lib/content/problems.js';
import { validateCategories } from '../lib/content/validate-categories.js';
import type { Content, Case } from '../lib/content/types.js';

export interface LoadOptions {
	/** The lessons folder; defaults to ./lessons of the working directory. */
	root?: string;
	/** Shown in messages instead of absolute paths. */
	cwd?: string;
}

/** Loads and validates all content, or throws a ContentError listing every problem found. */
export function loadContent(options: LoadOptions = {}): Content {
	const cwd = options.cwd ?? process.cwd();
	const root = options.root ?? join(cwd, 'lessons');
	const files = new JsonFiles(cwd);
	const problems: Problem[] = [];

	const categoriesFile = files.read(join(root, 'categories.json'), problems);
	const categories = categoriesFile ? validateCategories(categoriesFile, problems) : [];

	const cases: Case[] = [];
	const casesDir = join(root, 'cases');
	for (const dir of existsSync(casesDir) ? readdirSync(casesDir).sort() : []) {
		const caseDir = join(casesDir, dir);
		const caseFile = files.read(join(caseDir, 'case.json'), problems);
		if (!caseFile) continue;
		const articleTexts = new Map<string, string>();
		const articlesDir = join(caseDir, 'articles');
		for (const name of existsSync(articlesDir) ? readdirSync(articlesDir) : []) {
			if (name.endsWith('.txt')) articleTexts.set(name, readFileSync(join(articlesDir, name), 'utf8'));
		}
		const annotationsDir = join(caseDir, 'annotations');
		const annotationFiles = [];
		for (const name of existsSync(annotationsDir) ? readdirSync(annotationsDir).sort() : []) {
			if (!name.endsWith('.json')) continue;
			const file = files.read(join(annotationsDir, name), problems);
			if (file) annotationFiles.push({ ...file, article: name.replace(/\.json$/, '') });
		}
		const claimsPath = join(caseDir, 'claims.json');
		const claimsFile = existsSync(claimsPath) ? files.read(claimsPath, problems) : undefined;
		const result = validateCase({
			caseFile,
			articleTexts,
			articlePath: (name) => relative(cwd, join(articlesDir, name)),
			annotationFiles,
			claimsFile,
			categories
		});
		problems.push(...result.problems);
		if (result.value) {
			if (result.value.id !== dir) {
				problems.push({ file: caseFile.file, path: ['id'], message: `id "${result.value.id}" should match its folder name "${dir}"` });
			}
			cases.push(result.value);
		}
	}

	if (problems.length) throw new ContentError(problems.map((p) => files.locate(p)));
	return { categories, cases };
}

/** Reads JSON files and remembers their parse trees, so a problem's path can become a line. */
class JsonFiles {
	private trees = new Map<string, { source: string; tree: ReturnType<typeof parseTree> }>();
	constructor(private cwd: string) {}

	read(path: string, problems: Problem[]): SourceFile | undefined {
		const file = relative(this.cwd, path);
		if (!existsSync(path)) {
			problems.push({ file, path: [], message: 'file is missing' });
			return undefined;
		}
		const source = readFileSync(path, 'utf8');
		const errors: ParseError[] = [];
		const tree = parseTree(source, errors, { allowTrailingComma: false, disallowComments: true });
		if (errors.length || !tree) {
			const first = errors[0];
			problems.push({
				file,
				path: [],
				line: first ? lineAt(source, first.offset) : 1,
				message: `is not valid JSON: ${first ? printParseErrorCode(first.error) : 'empty file'}`
			});
			return undefined;
		}
		this.trees.set(file, { source, tree });
		return { file, data: JSON.parse(source) };
	}

	locate(problem: Problem): Problem {
		if (problem.line) return problem;
		const entry = this.trees.get(problem.file);
		if (!entry?.tree) return problem;
		// The deepest part of the path that exists: a missing field points at its object.
		for (let depth = problem.path.length; depth >= 0; depth--) {
			const node = findNodeAtLocation(entry.tree, problem.path.slice(0, depth) as JsonPath);
			if (node) {
				const offset = node.parent?.type === 'property' ? node.parent.offset : node.offset;
				return { ...problem, line: lineAt(entry.source, offset) };
			}
		}
		return problem;
	}
}

function lineAt(source: string, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
	return line;
}
