// Validates an exercise file (a list of exercises in JSON) against the cases and categories it
// refers to, and returns the exercises with their defaults filled in. Pure, like validateCase:
// every problem names the exercise and the exact field, so the build can fail with what to fix.
import { FieldReader, ID_PATTERN, type Obj } from '../content/fields.js';
import type { JsonPath, Problem } from '../content/problems.js';
import type { Case, Category } from '../content/types.js';
import type { SourceFile } from '../content/validate-case.js';
import type { ExerciseContext } from './exercise-context.js';
import { reportUnknownFields } from './read-fields.js';
import { kindOf } from './kinds/index.js';
import { DEFAULT_ATTEMPTS, EXERCISE_TYPES, type Exercise } from './types.js';

export type { ExerciseContext, TypeReader } from './exercise-context.js';

const COMMON_FIELDS = ['id', 'type', 'prompt', 'attempts', 'explanation'];

export function validateExercises(source: SourceFile, cases: Case[], categories: Category[], problems: Problem[]): Exercise[] {
	const reader = new FieldReader(source.file, problems);
	if (!Array.isArray(source.data)) {
		reader.report([], 'an exercise file should hold a list of exercises');
		return [];
	}
	const exercises: Exercise[] = [];
	const firstAt = new Map<string, number>();
	for (const [index, raw] of source.data.entries()) {
		const exercise = readExercise(raw, [index], reader, { cases, categories });
		const id = exercise?.id ?? (typeof (raw as Obj)?.id === 'string' ? ((raw as Obj).id as string) : undefined);
		if (id === undefined) continue;
		const earlier = firstAt.get(id);
		if (earlier !== undefined) {
			reader.forId(id).report([index, 'id'], `id "${id}" is also used by the exercise at [${earlier}]`);
			continue;
		}
		firstAt.set(id, index);
		if (exercise) exercises.push(exercise);
	}
	return exercises;
}

function readExercise(raw: unknown, path: JsonPath, fileReader: FieldReader, context: ExerciseContext): Exercise | undefined {
	const data = fileReader.object(raw, path, 'an exercise');
	if (!data) return undefined;
	const id = fileReader.string(data, 'id', path) ?? undefined;
	const reader = fileReader.forId(id);
	if (id && !ID_PATTERN.test(id)) reader.report([...path, 'id'], `id should be lower-case words joined by hyphens, got "${id}"`);
	const type = reader.oneOf(data, 'type', path, EXERCISE_TYPES);
	const prompt = reader.string(data, 'prompt', path) ?? undefined;
	const attempts = data.attempts === undefined ? DEFAULT_ATTEMPTS : reader.integer(data, 'attempts', path);
	const explanation = reader.string(data, 'explanation', path, { optional: true }) ?? undefined;
	if (!type) return undefined;

	const { fields, read } = kindOf(type);
	const known = reportUnknownFields(reader, data, path, [...COMMON_FIELDS, ...fields], `a ${type} exercise`);
	const specific = read(data, path, reader, context);
	const explanationOk = data.explanation === undefined || explanation !== undefined;
	if (!known || !id || !ID_PATTERN.test(id) || !prompt || attempts === undefined || !explanationOk || !specific) return undefined;
	const exercise = { id, type, prompt, attempts, ...specific };
	return (explanation === undefined ? exercise : { ...exercise, explanation }) as Exercise;
}
