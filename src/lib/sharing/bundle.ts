// A case as the browser uses it once validated: what a built-in case's data file holds (the case,
// the exercises of its lessons and the lessons' metas), plus, for an added case, the lesson pages'
// source (the browser renders them from blocks, without mdsvex). Engineer "library" defines the
// same shape as CaseBundle in src/lib/library/types.ts; at merge this becomes a re-export of it.
import type { Case } from '../content/types.js';
import type { LessonExercise, LessonMeta } from '../course/types.js';

export interface LessonPage {
	slug: string;
	markdown: string;
}

export interface CaseBundle {
	case: Case;
	/** The exercises of the lessons whose caseId is this case, in course order. */
	exercises: LessonExercise[];
	lessons: LessonMeta[];
	lessonPages?: LessonPage[];
}

/** What the course map lists for a case: enough to show it without loading it. */
export interface CaseEntry {
	id: string;
	title: string;
	summary: string;
	articles: { id: string; label: string; headline: string | null }[];
	annotationCount: number;
	/** caseContentHash of the bundle (8 hex). */
	contentVersion: string;
	/** true for a case opened from a case file and kept in this browser. */
	added?: boolean;
}
