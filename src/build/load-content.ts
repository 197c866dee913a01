// The one loader for everything under lessons/: reads the files, hands them to the pure
// validators in src/lib, and turns their JSON paths into line numbers. Runs in Node only (Vite
// plugin, check:content script, tests); the browser receives its result, already validated.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findNodeAtLocation, parseTree, type ParseError, printParseErrorCode } from 'jsonc-parser';
import { validateCase, type SourceFile } from '../lib/content/validate-case.js';
import { ContentError, type JsonPath, type Problem } from '../lib/content/problems.js';
import { validateCategories } from '../lib/content/validate-categories.js';
import type { Content, Case, Category } from '../lib/content/types.js';
import { parse as parseYaml } from 'yaml';
import { validateExercises } from '../lib/exercises/validate-exercises.js';
import { resolveKey } from '../lib/exercises/resolve-key.js';
import { validateLesson } from '../lib/course/validate-lesson.js';
import type { LessonExercise, LessonMeta } from '../lib/course/types.js';
import { checkTerms, usedTerms, validateGlossary } from '../lib/reference/validate-glossary.js';
import { validateShelfNote } from '../lib/reference/validate-shelf-note.js';
import type { GlossaryEntry, ShelfNote } from '../lib/reference/types.js';

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

	const { course, exercises, bodies } = loadCourse(join(root, 'course'), files, cases, categories, problems);
	const { glossary, shelf } = loadReference(root, files, course, bodies, problems);

	if (problems.length) throw new ContentError(problems.map((p) => files.locate(p)));
	return { categories, cases, course, exercises, glossary, shelf };
}

/**
 * The glossary (lessons/glossary.json) and the reference shelf (lessons/shelf/*.md), both optional
 * for a new case. Checks every <Term id="…"> in lessons and notes, and records the first lesson
 * that marks each word, so the glossary page can send a student back to where it was taught.
 */
function loadReference(root: string, files: JsonFiles, course: LessonMeta[], bodies: Map<string, { file: string; body: string }>, problems: Problem[]) {
	const glossaryPath = join(root, 'glossary.json');
	const glossaryFile = existsSync(glossaryPath) ? files.read(glossaryPath, problems) : undefined;
	const glossary: GlossaryEntry[] = glossaryFile ? validateGlossary(glossaryFile, problems) : [];
	for (const lesson of course) {
		const lessonBody = bodies.get(lesson.slug);
		if (!lessonBody) continue;
		checkTerms(lessonBody.file, lessonBody.body, glossary, problems);
		for (const id of usedTerms(lessonBody.body)) {
			const entry = glossary.find((g) => g.id === id);
			if (entry && !entry.firstLesson) entry.firstLesson = lesson.slug;
		}
	}
	const shelf: ShelfNote[] = [];
	const shelfDir = join(root, 'shelf');
	for (const name of existsSync(shelfDir) ? readdirSync(shelfDir).sort() : []) {
		if (!name.endsWith('.md')) continue;
		const markdown = files.readMarkdown(join(shelfDir, name), problems);
		if (!markdown) continue;
		checkTerms(markdown.file, markdown.body, glossary, problems);
		const note = validateShelfNote({ slug: name.replace(/\.md$/, ''), file: markdown.file, frontmatter: markdown.frontmatter, body: markdown.body }, problems);
		if (note) shelf.push(note);
	}
	return { glossary, shelf };
}

/** Reads lessons/course/NN-slug/{lesson.md, exercises.json}, in folder order. */
function loadCourse(dir: string, files: JsonFiles, cases: Case[], categories: Category[], problems: Problem[]) {
	const course: LessonMeta[] = [];
	const exercises: LessonExercise[] = [];
	const seen = new Map<string, string>();
	const bodies = new Map<string, { file: string; body: string }>();
	for (const folder of existsSync(dir) ? readdirSync(dir).sort() : []) {
		const lessonPath = join(dir, folder, 'lesson.md');
		const exercisesPath = join(dir, folder, 'exercises.json');
		const source = existsSync(exercisesPath) ? files.read(exercisesPath, problems) : undefined;
		const defined = source ? validateExercises(source, cases, categories, problems) : [];
		const markdown = files.readMarkdown(lessonPath, problems);
		if (!markdown) continue;
		const lesson = validateLesson(
			{
				folder,
				file: markdown.file,
				frontmatter: markdown.frontmatter,
				body: markdown.body,
				defined: defined.map((e) => e.id),
				exercisesFile: source?.file ?? relative(files.cwd, exercisesPath),
				caseIds: cases.map((c) => c.id)
			},
			problems
		);
		for (const exercise of defined) {
			const other = seen.get(exercise.id);
			if (other) {
				problems.push({ file: source!.file, path: [], id: exercise.id, message: `exercise id is also used in ${other}` });
				continue;
			}
			seen.set(exercise.id, source!.file);
			// Resolving the key here proves it resolves; the browser resolves it again rather than
			// download a copy of the article text per mark exercise.
			resolveKey(exercise, cases);
			if (lesson) exercises.push({ lesson: lesson.slug, exercise });
		}
		if (lesson) {
			course.push(lesson);
			bodies.set(lesson.slug, { file: markdown.file, body: markdown.body });
		}
	}
	// Order exercises as the lessons place them, so the course reads top to bottom.
	const order = course.flatMap((l) => l.exercises);
	exercises.sort((a, b) => order.indexOf(a.exercise.id) - order.indexOf(b.exercise.id));
	return { course, exercises, bodies };
}

/** Reads JSON files and remembers their parse trees, so a problem's path can become a line. */
class JsonFiles {
	private trees = new Map<string, { source: string; tree: ReturnType<typeof parseTree> }>();
	private markdown = new Map<string, string>();
	constructor(readonly cwd: string) {}

	/** Reads a lesson: its YAML frontmatter (between --- lines) and the text after it. */
	readMarkdown(path: string, problems: Problem[]) {
		const file = relative(this.cwd, path);
		if (!existsSync(path)) {
			problems.push({ file, path: [], message: 'file is missing' });
			return undefined;
		}
		const source = readFileSync(path, 'utf8');
		this.markdown.set(file, source);
		const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
		if (!match) return { file, frontmatter: undefined, body: source };
		try {
			return { file, frontmatter: parseYaml(match[1]) as unknown, body: source.slice(match[0].length) };
		} catch (error) {
			const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
			problems.push({ file, path: [], line: line ? line + 1 : 1, message: `frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
			return undefined;
		}
	}

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
		const markdown = this.markdown.get(problem.file);
		if (markdown !== undefined) {
			// Frontmatter fields sit one per line: point at the field's line, or the top of the file.
			const key = problem.path[0];
			const at = typeof key === 'string' ? markdown.split('\n').findIndex((l) => l.startsWith(`${key}:`)) : -1;
			return { ...problem, line: at + 1 || 1 };
		}
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
