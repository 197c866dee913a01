// The editor's one link to the cases and categories this build ships. Until engineer "library"
// replaces the content singletons with a library in Svelte context, they come from app/content.js
// and app/course.js here, and nowhere else in the editor: at merge, this module is the one to
// point at the library.
import { categories as shippedCategories, cases } from '../../app/content.js';
import { allExercises, lessons } from '../../app/course.js';
import { draftFromCase, type CaseDraft } from '../../authoring/files/draft.js';
import type { Category } from '../../content/types.js';

export const categories: readonly Category[] = shippedCategories;

export interface BuiltInCase {
	id: string;
	title: string;
	summary: string;
}

export function builtInCases(): BuiltInCase[] {
	return cases.map(({ id, title, summary }) => ({ id, title, summary }));
}

/** A draft of a built-in case, with its lesson's exercises, to edit as a copy. */
export function draftOfBuiltInCase(id: string): CaseDraft | undefined {
	const found = cases.find((c) => c.id === id);
	return found ? draftFromCase(found, allExercises, lessons) : undefined;
}
