// The editor's one link to the cases this copy holds: the library in Svelte context (built-in
// cases load from their data files when the author asks for a copy of one).
import { draftFromCase, type CaseDraft } from '../../authoring/files/draft.js';
import type { Library } from '../../state/library.svelte.js';

export interface BuiltInCase {
	id: string;
	title: string;
	summary: string;
}

export function builtInCases(library: Library): BuiltInCase[] {
	return library.cases.filter((c) => c.source === 'built-in').map(({ id, title, summary }) => ({ id, title, summary }));
}

/** A draft of a built-in case, with its lessons' exercises, to edit as a copy. */
export async function draftOfBuiltInCase(library: Library, id: string): Promise<CaseDraft> {
	const loaded = await library.loadCase(id);
	return draftFromCase(loaded.case, loaded.exercises, loaded.lessons);
}
