// Reads the course (lessons/course/NN-slug/{lesson.md, exercises.json}) against the cases that
// validated: each lesson's frontmatter and placements, each exercise file, exercise ids unique
// across lessons, and every key resolving in its case. Pure, like readCase: the Node loader reads
// the files; this decides what is wrong. A problem that only points at a case, article or
// annotation that already had problems of its own is counted as suppressed, not reported again.
import { isObject } from '../content/fields.js';
import type { JsonPath, Problem } from '../content/problems.js';
import type { SourceIndex } from '../content/source.js';
import { parseMarkdownSource } from './markdown-source.js';
import type { Case, Category } from '../content/types.js';
import { resolveKey } from '../exercises/resolve-key.js';
import { validateExercises } from '../exercises/validate-exercises.js';
import type { LessonExercise, LessonMeta } from './types.js';
import { validateLesson } from './validate-lesson.js';

/** A file of the course by the path messages show; text undefined when the file does not exist. */
export interface CourseFile {
	path: string;
	text?: string;
}

export interface LessonFiles {
	folder: string;
	lesson: CourseFile;
	exercises: CourseFile;
}

export interface CourseReading {
	course: LessonMeta[];
	/** In course order, as the lessons place them. */
	exercises: LessonExercise[];
	/** Each lesson's text after its frontmatter, by slug (for glossary terms). */
	bodies: Map<string, { file: string; body: string }>;
	problems: Problem[];
	suppressed: number;
}

export function readCourse(
	lessons: readonly LessonFiles[],
	context: { cases: Case[]; categories: Category[]; unavailable: ReadonlySet<string> },
	index: SourceIndex
): CourseReading {
	const { cases, categories, unavailable } = context;
	const problems: Problem[] = [];
	let suppressed = 0;
	/** Reports a validator's problems, except those about a reference to something that already failed. */
	const keep = (found: Problem[], data: unknown) => {
		for (const problem of found) {
			const value = valueAt(data, problem.path);
			if (typeof value === 'string' && unavailable.has(value)) suppressed++;
			else problems.push(problem);
		}
	};
	const course: LessonMeta[] = [];
	const exercises: LessonExercise[] = [];
	const seen = new Map<string, string>();
	const bodies = new Map<string, { file: string; body: string }>();
	for (const { folder, lesson: lessonFile, exercises: exercisesFile } of lessons) {
		const parsed = lessonFile.text === undefined ? undefined : parseMarkdownSource(lessonFile.path, lessonFile.text);
		// An exercise's ids resolve in its lesson's case only (the case's data file carries the
		// lesson's exercises), so two cases may use the same annotation ids.
		const frontmatter = parsed && 'source' in parsed ? parsed.source.frontmatter : undefined;
		const caseId = isObject(frontmatter) ? frontmatter.caseId : undefined;
		const lessonCases = cases.filter((c) => c.id === caseId);
		const searched = lessonCases.length ? lessonCases : cases;
		let data: unknown;
		const defined = [];
		if (exercisesFile.text !== undefined) {
			const parsedExercises = index.json(exercisesFile.path, exercisesFile.text);
			if ('problem' in parsedExercises) problems.push(parsedExercises.problem);
			else {
				data = parsedExercises.source.data;
				const found: Problem[] = [];
				defined.push(...validateExercises(parsedExercises.source, searched, categories, found));
				keep(found, data);
			}
		}
		if (parsed === undefined) {
			problems.push({ file: lessonFile.path, path: [], message: 'file is missing' });
			continue;
		}
		if ('source' in parsed) index.add(lessonFile.path, parsed.source);
		if ('problem' in parsed) {
			problems.push(parsed.problem);
			continue;
		}
		const markdown = parsed.source;
		const found: Problem[] = [];
		const lesson = validateLesson(
			{
				folder,
				file: markdown.file,
				frontmatter: markdown.frontmatter,
				body: markdown.body,
				// Every id the file names, valid or not: an exercise with a problem is still placed rightly.
				defined: Array.isArray(data) ? data.flatMap((e) => (isObject(e) && typeof e.id === 'string' ? [e.id] : [])) : [],
				exercisesFile: exercisesFile.path,
				caseIds: cases.map((c) => c.id)
			},
			found
		);
		keep(found, markdown.frontmatter);
		for (const exercise of defined) {
			const at = Array.isArray(data) ? data.findIndex((e) => isObject(e) && e.id === exercise.id) : -1;
			const other = seen.get(exercise.id);
			if (other) {
				problems.push({
					file: exercisesFile.path,
					path: [at, 'id'],
					id: exercise.id,
					message: `exercise id is also used in ${other}`
				});
				continue;
			}
			seen.set(exercise.id, exercisesFile.path);
			// Resolving the key here proves it resolves; the browser resolves it again rather than
			// download a copy of the article text per mark exercise.
			try {
				resolveKey(exercise, searched);
			} catch (error) {
				problems.push({
					file: exercisesFile.path,
					path: [at],
					id: exercise.id,
					message: `its answer key does not resolve: ${(error as Error).message}`
				});
				continue;
			}
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
	return { course, exercises, bodies, problems: problems.map((p) => index.locate(p)), suppressed };
}

function valueAt(data: unknown, path: JsonPath): unknown {
	let value = data;
	for (const key of path) {
		if (Array.isArray(value) && typeof key === 'number') value = value[key];
		else if (isObject(value) && typeof key === 'string') value = value[key];
		else return undefined;
	}
	return value;
}
