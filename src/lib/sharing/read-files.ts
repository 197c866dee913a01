// Reads the files of one case folder and its lesson folder (as draftToFiles writes them, as a zip
// or a case file holds them) with the build's own readers, readCase and readCourse: the same model
// and the same messages, file, line, id and field, as `npm run check:content` gives.
import { isError, type Problem } from '../content/problems.js';
import { readCase, type TextFile } from '../content/read-case.js';
import { SourceIndex } from '../content/source.js';
import type { Category } from '../content/types.js';
import { readCourse, type LessonFiles } from '../course/read-course.js';
import type { ValidatedBundle } from './bundle.js';

export interface FilesReading {
	/** Only when there is no error (warnings may remain). */
	bundle?: ValidatedBundle;
	problems: Problem[];
}

export function readCaseFiles(files: readonly TextFile[], categories: readonly Category[]): FilesReading {
	const caseFiles = files.filter((f) => /(^|\/)cases\//.test(f.path) || !/(^|\/)course\//.test(f.path));
	const reading = readCase(caseFiles, categories);
	const problems = [...reading.problems];
	const lessons = new Map<string, LessonFiles>();
	for (const file of files) {
		const match = /^(.*(?:^|\/)course\/([^/]+))\/(lesson\.md|exercises\.json)$/.exec(file.path);
		if (!match) continue;
		const [, dir, folder] = match;
		const entry = lessons.get(folder) ?? {
			folder,
			lesson: { path: `${dir}/lesson.md` },
			exercises: { path: `${dir}/exercises.json` }
		};
		if (file.path.endsWith('lesson.md')) entry.lesson = { path: file.path, text: file.text };
		else entry.exercises = { path: file.path, text: file.text };
		lessons.set(folder, entry);
	}
	const cases = reading.case ? [reading.case] : [];
	const course = readCourse(
		[...lessons.values()],
		{ cases, categories: [...categories], unavailable: reading.unavailable },
		new SourceIndex()
	);
	problems.push(...course.problems);
	for (const lesson of course.course) {
		if (reading.case && lesson.case !== reading.case.id)
			problems.push({
				file: [...lessons.values()][0].lesson.path,
				path: ['caseId'],
				severity: 'error',
				message: `the lesson should use this case, "${reading.case.id}"`
			});
	}
	if (!reading.case || problems.some(isError)) return { problems };
	const lessonPages = course.course.flatMap((meta) => {
		const files = [...lessons.values()].find((l) => l.folder.endsWith(`-${meta.slug}`));
		return files?.lesson.text !== undefined ? [{ slug: meta.slug, markdown: files.lesson.text }] : [];
	});
	return { bundle: { case: reading.case, exercises: course.exercises, lessons: course.course, lessonPages }, problems };
}
