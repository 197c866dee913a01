// Validates a lesson's frontmatter and checks that the exercises its text places and the ones
// its exercises.json defines are the same set, so no exercise is lost or dangling.
import { FieldReader, ID_PATTERN, describe, isObject } from '../content/fields.js';
import type { Problem } from '../content/problems.js';
import type { LessonMeta } from './types.js';

/** `01-meeting-the-articles` → number 1, slug `meeting-the-articles`. */
export const LESSON_FOLDER = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** Finds `<Exercise id="…" />` in a lesson's text, in order. */
export function placedExercises(body: string): string[] {
	return [...body.matchAll(/<Exercise\s+id=["']([^"']+)["']/g)].map((m) => m[1]);
}

export interface LessonInput {
	folder: string;
	file: string;
	frontmatter: unknown;
	body: string;
	/** Ids defined in the lesson's exercises.json. */
	defined: string[];
	exercisesFile: string;
	caseIds: string[];
}

export function validateLesson(input: LessonInput, problems: Problem[]): LessonMeta | undefined {
	const reader = new FieldReader(input.file, problems);
	const folder = LESSON_FOLDER.exec(input.folder);
	if (!folder)
		reader.report([], `the lesson folder "${input.folder}" should be named NN-words-with-hyphens, e.g. 01-meeting-the-articles`);
	if (!isObject(input.frontmatter)) {
		reader.report([], 'needs frontmatter between --- lines with title, objectives, minutes and caseId');
		return undefined;
	}
	const data = input.frontmatter;
	const title = reader.string(data, 'title', []);
	const objectivesRaw = reader.array(data, 'objectives', []);
	const objectives = (objectivesRaw ?? []).filter((o, i) => {
		if (typeof o === 'string' && o.trim()) return true;
		reader.report(['objectives', i], `objectives should be a list of sentences, got ${describe(o)}`);
		return false;
	}) as string[];
	if (objectivesRaw && objectivesRaw.length === 0)
		reader.report(['objectives'], 'objectives should list at least one learning objective');
	const minutes = data.minutes;
	if (typeof minutes !== 'number' || !(minutes > 0))
		reader.report(['minutes'], `minutes should be a positive number, got ${describe(minutes)}`);
	// mdsvex turns each frontmatter key into a variable, and `case` is a reserved word in JavaScript.
	if ('case' in data)
		reader.report(['case'], 'write caseId instead of case (mdsvex makes each key a variable, and case is a reserved word)');
	const caseId = reader.string(data, 'caseId', []);
	if (caseId && !input.caseIds.includes(caseId))
		reader.report(['caseId'], `case "${caseId}" does not exist; known: ${input.caseIds.join(', ') || 'none'}`);

	const placed = placedExercises(input.body);
	for (const id of placed) {
		if (!input.defined.includes(id))
			reader.report([], `places <Exercise id="${id}" />, but ${input.exercisesFile} defines no exercise "${id}"`);
	}
	for (const id of new Set(placed)) {
		if (placed.indexOf(id) !== placed.lastIndexOf(id)) reader.report([], `places exercise "${id}" twice`);
	}
	for (const id of input.defined) {
		if (!placed.includes(id)) {
			problems.push({
				file: input.exercisesFile,
				path: [],
				id,
				message: `is defined but ${input.file} never places it (<Exercise id="${id}" />)`
			});
		}
	}
	if (!folder || !title || !objectivesRaw || typeof minutes !== 'number' || !caseId) return undefined;
	if (!ID_PATTERN.test(folder[2])) return undefined;
	return { slug: folder[2], number: Number(folder[1]), title, objectives, minutes, case: caseId, exercises: placed };
}
