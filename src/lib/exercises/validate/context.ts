// What an exercise's definition is checked against: the cases and categories it may refer to.
// In a file of its own so that the per-type readers (kinds/) and validate-exercises.ts can both
// use it without importing each other.
import type { FieldReader, Obj } from '../../content/fields.js';
import type { JsonPath } from '../../content/problems.js';
import type { Case, Category } from '../../content/types.js';

export interface ExerciseContext {
	cases: readonly Case[];
	categories: readonly Category[];
}

/** Reads the fields one type adds to the common ones, or returns undefined after reporting. */
export type TypeReader = (data: Obj, path: JsonPath, reader: FieldReader, context: ExerciseContext) => object | undefined;
