// What every per-type exercise reader is given (the cases and categories to check references
// against), and the case lookup that several types share. Its own module so the readers depend
// down on it, not sideways on each other or back on validate-exercises.ts (a type cycle before).
import type { FieldReader, Obj } from '../content/fields.js';
import type { JsonPath } from '../content/problems.js';
import type { Case, Category } from '../content/types.js';

export interface ExerciseContext {
	cases: readonly Case[];
	categories: readonly Category[];
}

/** Reads the fields one type adds to the common ones, or returns undefined after reporting. */
export type TypeReader = (data: Obj, path: JsonPath, reader: FieldReader, context: ExerciseContext) => object | undefined;

/** The exercise's case, reported if it does not exist. */
export function readCaseRef(data: Obj, path: JsonPath, reader: FieldReader, context: ExerciseContext): Case | undefined {
	const caseId = reader.string(data, 'case', path) ?? undefined;
	if (caseId === undefined) return undefined;
	const found = context.cases.find((c) => c.id === caseId);
	if (!found) reportUnknownCase(reader, path, caseId, context.cases);
	return found;
}

export function reportUnknownCase(reader: FieldReader, path: JsonPath, caseId: string, cases: readonly Case[]) {
	reader.report([...path, 'case'], `case "${caseId}" does not exist; known: ${cases.map((c) => c.id).join(', ') || 'none'}`);
}
