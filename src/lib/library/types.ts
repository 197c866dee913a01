// The case library's shapes: the index the app carries (small, no article text) and the bundle
// each case's data file holds (loaded when a view needs the case). Cases are data, not code, so
// the course map's first load does not grow with every case, and a case may come from a second
// source (a file a teacher opened: src/lib/state/added-cases.svelte.ts) as well as the build.
import type { Case, Category } from '../content/types.js';
import type { CaseEntry, ExerciseEntry, LessonPage } from '../course/case-bundle.js';
import type { KeyedExercise, LessonMeta } from '../course/types.js';
import type { GlossaryEntry, ShelfNote } from '../reference/types.js';

// The shapes of a case as data are the domain's (sharing uses them too); the library's names for them.
export type { ArticleEntry, CaseBundle, CaseEntry, ExerciseEntry, LessonPage } from '../course/case-bundle.js';

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
