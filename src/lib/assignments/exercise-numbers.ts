// Permanent exercise numbers (lessons/exercise-numbers.txt), which short assignment codes use to
// name exercises in one bit each. Positions in the course would not do: adding an exercise to an
// early lesson would shift every later one and silently change the exercises of every handout
// already printed. The file is append-only, one "<number> <id>" a line; this module reads it and
// says, for an exercise the course has and the file lacks, exactly which line to add — the
// usual case after merging another author's new exercises.
import { ID_PATTERN } from '../content/fields.js';

export const EXERCISE_NUMBERS_FILE = 'lessons/exercise-numbers.txt';

/** Exercise ids by number: `ids[n - 1]` is exercise number n. */
export interface ExerciseNumbers {
	ids: readonly string[];
	numberOf: ReadonlyMap<string, number>;
}

/** The registry a file holds, or the problems of its lines (each naming the file and line). */
export function parseExerciseNumbers(text: string): { numbers: ExerciseNumbers; problems: string[] } {
	const ids: string[] = [];
	const problems: string[] = [];
	text.split(/\r?\n/).forEach((raw, index) => {
		const line = raw.trim();
		if (line === '' || line.startsWith('#')) return;
		const at = `${EXERCISE_NUMBERS_FILE}:${index + 1}`;
		const match = /^(\d+)\s+(\S+)$/.exec(line);
		if (!match) return problems.push(`${at}: “${line}” should be a number, a space and an exercise id`);
		const [, number, id] = match;
		if (!ID_PATTERN.test(id)) return problems.push(`${at}: “${id}” is not an exercise id`);
		if (Number(number) !== ids.length + 1) {
			return problems.push(`${at}: the number should be ${ids.length + 1} (numbers go up by one, in order)`);
		}
		if (ids.includes(id)) return problems.push(`${at}: “${id}” already has number ${ids.indexOf(id) + 1}`);
		ids.push(id);
	});
	return { numbers: { ids, numberOf: new Map(ids.map((id, i) => [id, i + 1])) }, problems };
}

/** The exercises of the course without a number, as the lines to append, in course order. */
export function missingNumbers(numbers: ExerciseNumbers, courseIds: readonly string[]): string[] {
	const missing = courseIds.filter((id) => !numbers.numberOf.has(id));
	return missing.map((id, i) => `${numbers.ids.length + i + 1} ${id}`);
}

/** The message for check:content and the tests, or null when every exercise has a number. */
export function exerciseNumbersProblem(text: string, courseIds: readonly string[]): string | null {
	const { numbers, problems } = parseExerciseNumbers(text);
	if (problems.length) return problems.join('\n');
	const lines = missingNumbers(numbers, courseIds);
	if (lines.length === 0) return null;
	return [
		`${EXERCISE_NUMBERS_FILE}: ${lines.length === 1 ? 'an exercise has' : `${lines.length} exercises have`} no permanent number, so short assignment codes cannot name ${lines.length === 1 ? 'it' : 'them'}. Add ${lines.length === 1 ? 'this line' : 'these lines'} at the end of the file (and change no other line):`,
		...lines.map((l) => `  ${l}`)
	].join('\n');
}
