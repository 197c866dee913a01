// What a case is as data, outside the build: the entry a list of cases shows without loading it,
// and the bundle a case's data file holds (a built-in case's cases/<id>.js, an added case's file).
// Defined once, here in the domain, so sharing (case files) and the library (src/lib/library,
// browser glue, which re-exports these) use the same shapes; the domain may not import the glue.
import type { ShippedCase } from '../content/types.js';
import type { LessonExercise, LessonMeta } from './types.js';
import type { ExerciseType } from '../exercises/types.js';

/** What the index says about an article: enough to name it without its text. */
export interface ArticleEntry {
	id: string;
	/** A–E. */
	label: string;
	headline: string | null;
}

/** One case in the library's list: what the course map and the views show before it is loaded. */
export interface CaseEntry {
	id: string;
	title: string;
	summary: string;
	articles: ArticleEntry[];
	annotationCount: number;
	/** contentVersion() of the case's exercises with their keys: changes when anything scored changes. */
	version: string;
	/** Built in (its data file is in the build) or added by the person using this copy. */
	source: 'built-in' | 'added';
	/** The data file, relative to the site's folder ("cases/ukraine-55000.js"); built-in cases only. */
	file?: string;
	/** Added cases only: caseContentHash (8 hex), the version SLA3 assignment codes name. */
	contentHash?: string;
	/**
	 * Added cases only: the case's own lessons and exercises. The built-in course lists only its
	 * lessons (LibraryIndex.course); an added case's lessons are reached from its entry.
	 */
	lessons?: LessonMeta[];
	exercises?: ExerciseEntry[];
}

/** An added case's lesson page source (its lesson.md), rendered in the browser without mdsvex. */
export interface LessonPage {
	slug: string;
	markdown: string;
}

/**
 * What a case's data file holds (and an added case's file): the case and the lessons that use it.
 * The case is packed (src/lib/content/shipped.ts: without quotes and backlinks, which unpacking
 * derives) as a data file carries it; CaseBundle<Case> is the same bundle validated and unpacked,
 * as the readers of a case file give it (src/lib/sharing).
 */
export interface CaseBundle<C extends ShippedCase = ShippedCase> {
	case: C;
	/** The exercises of the lessons whose caseId is this case, in course order, without keys. */
	exercises: LessonExercise[];
	/** Those lessons' metadata, in course order. */
	lessons: LessonMeta[];
	/** Added cases only: each lesson's mdsvex source, by lesson slug. */
	lessonPages?: LessonPage[];
}

/** An exercise as the index lists it: what the course map and the teacher's lists show. */
export interface ExerciseEntry {
	id: string;
	lesson: string;
	type: ExerciseType;
	prompt: string;
	/** The case whose data file holds the exercise (its lesson's caseId). */
	case: string;
}
