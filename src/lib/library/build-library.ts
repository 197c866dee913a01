// Splits the validated content into what the app carries (the index: categories, glossary, shelf,
// the course, one entry per case) and one bundle per case (its packed text and annotations, and
// the exercises of the lessons that use it), which the build writes as cases/<id>.js. Pure: the
// Vite plugin calls it, and tests check that nothing is lost or moved to the wrong case.
import { contentVersion } from '../assignments/content-version.js';
import { packCase } from '../content/shipped.js';
import type { Case } from '../content/types.js';
import type { Content } from '../course/bundle.js';
import type { KeyedExercise } from '../course/types.js';
import { resolveKey } from '../exercises/resolve-key.js';
import type { CaseBundle, CaseEntry, LibraryIndex } from './types.js';
import { caseFileName } from './case-data-file.js';

export { caseFileName, caseScript } from './case-data-file.js';

export interface BuiltLibrary {
	index: LibraryIndex;
	/** One per case, in the index's order. */
	bundles: { entry: CaseEntry; bundle: CaseBundle }[];
}

export function buildLibrary(content: Content): BuiltLibrary {
	const caseOfLesson = new Map(content.course.map((l) => [l.slug, l.case]));
	const keyed = (c: Case): KeyedExercise[] =>
		content.exercises.filter((e) => caseOfLesson.get(e.lesson) === c.id).map((e) => ({ ...e, key: resolveKey(e.exercise, [c]) }));
	const bundles = content.cases.map((c) => {
		const exercises = keyed(c);
		const entry: CaseEntry = {
			id: c.id,
			title: c.title,
			summary: c.summary,
			articles: c.articles.map((a) => ({ id: a.id, label: a.label, headline: a.headline })),
			annotationCount: c.annotations.length,
			version: contentVersion(exercises),
			source: 'built-in',
			file: caseFileName(c.id)
		};
		const bundle: CaseBundle = {
			case: packCase(c),
			exercises: exercises.map(({ lesson, exercise }) => ({ lesson, exercise })),
			lessons: content.course.filter((l) => l.case === c.id)
		};
		return { entry, bundle, exercises };
	});
	const index: LibraryIndex = {
		categories: content.categories,
		glossary: content.glossary,
		shelf: content.shelf,
		course: content.course,
		exercises: content.exercises.map(({ lesson, exercise }) => ({
			id: exercise.id,
			lesson,
			type: exercise.type,
			prompt: exercise.prompt,
			case: caseOfLesson.get(lesson) ?? ''
		})),
		cases: bundles.map((b) => b.entry),
		// The same value as before cases were split out (every exercise with its key): it names the
		// database, and existing databases and golden vectors depend on it.
		contentVersion: contentVersion(bundles.flatMap((b) => b.exercises))
	};
	return { index, bundles: bundles.map(({ entry, bundle }) => ({ entry, bundle })) };
}
