// What the per-type field components of an exercise's edit form share with ExerciseItem: the
// session, the exercise as it is now, and the helpers that key each field's undo step, input id
// and validation messages the same way, so each type's component holds only its own fields.
import type { CaseDraft, ExerciseJson } from '../../../authoring/files/draft.js';
import type { Category } from '../../../content/types.js';
import type { AuthorSession } from '../../../state/author.svelte.js';

export interface FieldHelpers {
	readonly session: AuthorSession;
	/** The exercise as the draft holds it now. */
	readonly exercise: ExerciseJson;
	/** Unique to this exercise's form, for input ids and radio group names. */
	readonly uid: string;
	/** The draft field a problem names: exercise.<id>.<field>. */
	key(field: string): string;
	fieldId(field: string): string;
	/** Whether the validator has an error (not a warning) for the field. */
	invalid(field: string): boolean;
	/** Applies a change; with a field, typing in it is one undo step. */
	apply(next: CaseDraft, field?: string): void;
	/** A number field while typing: an empty or half-typed number changes nothing until it is one. */
	number(event: Event & { currentTarget: HTMLInputElement }, set: (n: number) => CaseDraft, field: string): void;
	/** Says something to a screen reader (a polite live region). */
	announce(message: string): void;
	/** Focuses an element once it is rendered (a field just added). */
	focusLater(id: string): void;
}

export interface FieldsProps {
	helpers: FieldHelpers;
	categories: readonly Category[];
}
