// Resolves what scoring needs from the case an exercise refers to: the article text and the
// ranges, categories and explanations of the annotations it names. Done once, after validation,
// so scoring itself needs no content and runs the same in the gradebook.
import type { AnchoredAnnotation, Case } from '../content/types.js';
import type { ClassifyExercise, Exercise, Key, KeyPassage, MarkExercise, MarkAndLabelExercise, MarkKey } from './types.js';

/** The category of named, checkable sources (lessons/categories.json): what discernment must leave unflagged. */
export const SOURCED_CATEGORY = 'sourced';

/** Throws if the exercise refers to content that is not there: validateExercises reports that first. */
export function resolveKey(exercise: Exercise, cases: readonly Case[]): Key {
	switch (exercise.type) {
		case 'mark':
		case 'mark-and-label':
			return resolveMarkKey(exercise, cases);
		case 'classify':
			return resolveClassifyKey(exercise, cases);
		default:
			return { type: exercise.type };
	}
}

function resolveMarkKey(exercise: MarkExercise | MarkAndLabelExercise, cases: readonly Case[]): MarkKey {
	const found = findCase(cases, exercise.case, exercise.id);
	const article = found.articles.find((a) => a.id === exercise.article);
	if (!article) throw new Error(`exercise "${exercise.id}": article "${exercise.article}" is not in case "${found.id}"`);
	const inArticle = found.annotations.filter((a) => a.article === article.id);
	const passage = (id: string) => {
		const annotation = inArticle.find((a) => a.id === id);
		if (!annotation) throw new Error(`exercise "${exercise.id}": annotation "${id}" is not in article "${article.id}"`);
		return toPassage(annotation);
	};
	const named = new Set([...exercise.targets, ...exercise.borderline]);
	return {
		type: exercise.type,
		text: article.text,
		targets: exercise.targets.map(passage),
		borderline: exercise.borderline.map(passage),
		sourced: inArticle.filter((a) => a.category === SOURCED_CATEGORY && !named.has(a.id)).map(toPassage)
	};
}

function resolveClassifyKey(exercise: ClassifyExercise, cases: readonly Case[]): Key {
	const searched = exercise.case ? [findCase(cases, exercise.case, exercise.id)] : cases;
	return {
		type: 'classify',
		items: exercise.items.map((item) => {
			const annotation = searched.flatMap((c) => c.annotations).find((a) => a.id === item.annotation);
			if (!annotation) throw new Error(`exercise "${exercise.id}": annotation "${item.annotation}" does not exist`);
			return {
				...toPassage(annotation),
				id: item.id,
				article: annotation.article,
				expected: item.category ?? annotation.category
			};
		})
	};
}

function findCase(cases: readonly Case[], id: string, exercise: string): Case {
	const found = cases.find((c) => c.id === id);
	if (!found) throw new Error(`exercise "${exercise}": case "${id}" does not exist`);
	return found;
}

function toPassage(a: AnchoredAnnotation): KeyPassage {
	return { annotation: a.id, start: a.start, end: a.end, quote: a.quote, category: a.category, explanation: a.explanation };
}
