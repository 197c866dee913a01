// Everything the build validated, as one aggregate: categories, cases, the course and its
// exercises, the glossary and the shelf. Here, not in content/, so the case model does not know
// that lessons exist (content/types.ts no longer imports course/, which closed a type cycle).
import type { Case, Category, ShippedCase } from '../content/types.js';
import type { GlossaryEntry, ShelfNote } from '../reference/types.js';
import type { LessonExercise, LessonMeta } from './types.js';

export interface Content {
	categories: Category[];
	cases: Case[];
	/** Lessons in course order. */
	course: LessonMeta[];
	/** Every exercise of the course, in course order; keys are resolved in the browser (resolveKey). */
	exercises: LessonExercise[];
	/** Hard words and their definitions (lessons/glossary.json). */
	glossary: GlossaryEntry[];
	/** The reference shelf: notes on the sources and facts the case relies on (lessons/shelf/*.md). */
	shelf: ShelfNote[];
}

/** The content module's shape (virtual:sidelight/content); `unpackContent` turns it back into Content. */
export interface ShippedContent extends Omit<Content, 'cases'> {
	cases: ShippedCase[];
}
