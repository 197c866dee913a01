// The case library's shapes: the index the app carries (small, no article text) and the bundle
// each case's data file holds (loaded when a view needs the case). Cases are data, not code, so
// the course map's first load does not grow with every case, and a case may come from a second
// source (a file a teacher opened: src/lib/state/added-cases.svelte.ts) as well as the build.
import type { Case, Category, ShippedCase } from '../content/types.js';
import type { KeyedExercise, LessonExercise, LessonMeta } from '../course/types.js';
import type { ExerciseType } from '../exercises/types.js';
import type { GlossaryEntry, ShelfNote } from '../reference/types.js';

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

/** Everything the app needs at start-up, in the inline bundle (virtual:sidelight/content). */
export interface LibraryIndex {
	categories: Category[];
	glossary: GlossaryEntry[];
	shelf: ShelfNote[];
	/** Lessons in course order. */
	course: LessonMeta[];
	/** Every built-in exercise, in course order. */
	exercises: ExerciseEntry[];
	cases: CaseEntry[];
	/** contentVersion() of every built-in exercise with its key: names this copy's database. */
	contentVersion: string;
}

/** A case ready to show and score: unpacked, with every exercise's key resolved in this case. */
export interface LoadedCase {
	entry: CaseEntry;
	case: Case;
	exercises: KeyedExercise[];
	lessons: LessonMeta[];
	lessonPages?: LessonPage[];
}

/** Why a case could not be opened; each has its own message for the person. */
export type CaseFailure =
	| { reason: 'unknown'; id: string }
	| { reason: 'missing'; id: string; file: string }
	| { reason: 'timeout'; id: string; file: string }
	| { reason: 'wrong-id'; id: string; file: string; found: string }
	| { reason: 'invalid'; id: string; message: string };

export type CaseState =
	{ status: 'loading' } | { status: 'loaded'; loaded: LoadedCase } | { status: 'failed'; failure: CaseFailure };
