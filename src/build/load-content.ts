// The one loader for everything under lessons/: reads the files and hands them, as path and text,
// to the pure readers in src/lib (readCase, readCourse), which validate them and give each problem
// its line. Runs in Node only (Vite plugin, check:content script, tests); the browser receives its
// result, already validated, and can run the same readers on files it holds in memory.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError, explainProblem, isError, type Problem } from '../lib/content/problems.js';
import { SourceIndex } from '../lib/content/source.js';
import { readCase, type TextFile } from '../lib/content/read-case.js';
import { validateCategories } from '../lib/content/validate-categories.js';
import type { Case } from '../lib/content/types.js';
import type { Content } from '../lib/course/bundle.js';
import { parseMarkdownSource } from '../lib/course/markdown-source.js';
import { readCourse } from '../lib/course/read-course.js';
import type { LessonMeta } from '../lib/course/types.js';
import { checkTerms, usedTerms, validateGlossary } from '../lib/reference/validate-glossary.js';
import { validateShelfNote } from '../lib/reference/validate-shelf-note.js';
import type { GlossaryEntry, ShelfNote } from '../lib/reference/types.js';

export interface LoadOptions {
	/** The lessons folder; defaults to ./lessons of the working directory. */
	root?: string;
	/** Shown in messages instead of absolute paths. */
	cwd?: string;
	/** Where warnings go (problems that do not stop the build); defaults to console.warn. */
	onWarning?: (problem: Problem) => void;
}

/** Loads and validates all content, or throws a ContentError listing every error found. */
export function loadContent(options: LoadOptions = {}): Content {
	const cwd = options.cwd ?? process.cwd();
	const root = options.root ?? join(cwd, 'lessons');
	const files = new ContentFiles(cwd);
	const problems: Problem[] = [];
	let suppressed = 0;

	const categoriesFile = files.json(join(root, 'categories.json'), problems);
	const categories = categoriesFile ? validateCategories(categoriesFile, problems) : [];

	const cases: Case[] = [];
	const unavailable = new Set<string>();
	const casesDir = join(root, 'cases');
	for (const dir of existsSync(casesDir) ? readdirSync(casesDir).sort() : []) {
		const reading = readCase(files.folder(join(casesDir, dir)), categories);
		problems.push(...reading.problems);
		suppressed += reading.suppressed;
		for (const id of reading.unavailable) unavailable.add(id);
		if (reading.case) cases.push(reading.case);
	}

	const courseDir = join(root, 'course');
	const lessons = (existsSync(courseDir) ? readdirSync(courseDir).sort() : []).map((folder) => ({
		folder,
		lesson: files.optional(join(courseDir, folder, 'lesson.md')),
		exercises: files.optional(join(courseDir, folder, 'exercises.json'))
	}));
	const reading = readCourse(lessons, { cases, categories, unavailable }, files.index);
	problems.push(...reading.problems);
	suppressed += reading.suppressed;
	const { course, exercises, bodies } = reading;
	const { glossary, shelf } = loadReference(root, files, course, bodies, problems);

	const located = problems.map((p) => files.index.locate(p));
	const errors = located.filter(isError);
	for (const warning of located.filter((p) => !isError(p))) (options.onWarning ?? ((p) => console.warn(explainProblem(p))))(warning);
	if (errors.length) throw new ContentError(errors, suppressed);
	return { categories, cases, course, exercises, glossary, shelf };
}

/**
 * The glossary (lessons/glossary.json) and the reference shelf (lessons/shelf/*.md), both optional
 * for a new case. Checks every <Term id="…"> in lessons and notes, and records the first lesson
 * that marks each word, so the glossary page can send a student back to where it was taught.
 */
function loadReference(root: string, files: ContentFiles, course: LessonMeta[], bodies: Map<string, { file: string; body: string }>, problems: Problem[]) {
	const glossaryPath = join(root, 'glossary.json');
	const glossaryFile = existsSync(glossaryPath) ? files.json(glossaryPath, problems) : undefined;
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

/** Reads files as path (relative to cwd, for messages) and text, and parses them through one SourceIndex. */
class ContentFiles {
	readonly index = new SourceIndex();
	constructor(readonly cwd: string) {}

	/** Every file under a case folder, for readCase to sort out. */
	folder(dir: string): TextFile[] {
		const found: TextFile[] = [];
		const walk = (at: string) => {
			for (const name of readdirSync(at).sort()) {
				const path = join(at, name);
				if (statSync(path).isDirectory()) walk(path);
				else found.push({ path: relative(this.cwd, path), text: readFileSync(path, 'utf8') });
			}
		};
		walk(dir);
		return found;
	}

	optional(path: string): { path: string; text?: string } {
		return { path: relative(this.cwd, path), text: existsSync(path) ? readFileSync(path, 'utf8') : undefined };
	}

	json(path: string, problems: Problem[]) {
		const file = this.optional(path);
		if (file.text === undefined) {
			problems.push({ file: file.path, path: [], message: 'file is missing' });
			return undefined;
		}
		const result = this.index.json(file.path, file.text);
		if ('problem' in result) problems.push(result.problem);
		return 'source' in result ? result.source : undefined;
	}

	readMarkdown(path: string, problems: Problem[]) {
		const file = this.optional(path);
		if (file.text === undefined) {
			problems.push({ file: file.path, path: [], message: 'file is missing' });
			return undefined;
		}
		const result = parseMarkdownSource(file.path, file.text);
		if ('source' in result) this.index.add(file.path, result.source);
		if ('problem' in result) problems.push(result.problem);
		return 'source' in result ? result.source : undefined;
	}
}
