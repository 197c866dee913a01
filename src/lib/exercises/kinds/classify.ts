// Classify: put each of a set of annotated passages in the right category. The key comes from
// the case: each item's passage, and its annotation's category unless the item names another.
import type { Case } from '../../content/types.js';
import type { FeedbackLine } from '../feedback-lines.js';
import type { ClassifyExercise, ClassifyKey, ClassifyResult } from '../types.js';
import { scoreClassify } from '../score-classify.js';
import { readClassify } from '../validate-annotated.js';
import type { Kind, Names, Part } from './kind.js';
import { answersSummary, findCase, ITEM_QUOTE_LENGTH, recordProblem, shortQuote, toPassage } from './shared.js';

export const classify: Kind<'classify'> = {
	type: 'classify',
	name: 'Classify',
	fields: ['case', 'categories', 'items'],
	read: readClassify,
	resolveKey: resolveClassifyKey,
	score: scoreClassify,
	emptyAnswer: () => ({ type: 'classify', choices: {} }),
	startingAnswer: () => ({ type: 'classify', choices: {} }),
	keyAnswer: (_exercise, key) => ({ type: 'classify', choices: Object.fromEntries(key.items.map((i) => [i.id, i.expected])) }),
	answerProblem: (_exercise, answer) => recordProblem(answer.choices, 'choices'),
	feedback: ({ key, result, over, categoryLabel }) => classifyPart(key, result, over, categoryLabel),
	summary: (_exercise, key, answer, names) =>
		Object.entries(answer.choices)
			.map(([item, category]) => `${itemName(key, item, names)} as ${names.category(category)}`)
			.join('; ') || 'nothing classified',
	choices: (exercise) => ({ keys: exercise.items.map((i) => i.id), values: exercise.categories }),
	encode: (answer, writer) => writer.record(answer.choices),
	decode: (reader) => ({ type: 'classify', choices: reader.record() }),
	targets: () => [],
	targetOutcomes: () => [],
	wrongParts: (_exercise, key, answer, names) =>
		key.items.flatMap((item) => {
			const given = answer.choices[item.id];
			return given !== undefined && given !== item.expected
				? [{ part: itemName(key, item.id, names), answer: names.category(given) }]
				: [];
		}),
	techniques: (_exercise, key) => key.items.map((i) => i.expected),
	keyInWords: (_exercise, key, names) => ({
		ordered: true,
		lines: key.items.map((item) => ({ quote: item.quote, to: names.category(item.expected), why: item.explanation })),
		borderline: []
	}),
	interaction: { scorm: 'matching', xapi: 'matching' },
	withoutAnnotation: (exercise, id) => ({ ...exercise, items: exercise.items.filter((item) => item.annotation !== id) }),
	withArticleRenamed: (exercise) => exercise
};

function resolveClassifyKey(exercise: ClassifyExercise, cases: readonly Case[]): ClassifyKey {
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

/** A classify item as "Article A: “its passage…”". */
export function itemName(key: ClassifyKey, item: string, names: Names): string {
	const found = key.items.find((i) => i.id === item);
	return found ? `${names.article(found.article)}: “${shortQuote(found.quote, ITEM_QUOTE_LENGTH)}”` : item;
}

function classifyPart(key: ClassifyKey, result: ClassifyResult, over: boolean, label: (slug: string) => string): Part {
	const lines = result.items.map((item): FeedbackLine => {
		const explanation = key.items.find((k) => k.id === item.id)?.explanation;
		const detail = over && explanation ? { detail: explanation } : {};
		if (item.right) return { ref: item.id, verdict: 'right', label: '✓ Right', ...detail };
		if (!over)
			return item.chosen === null
				? { ref: item.id, verdict: 'unanswered', label: '✗ Not answered' }
				: { ref: item.id, verdict: 'wrong', label: '✗ Not right' };
		return {
			ref: item.id,
			verdict: item.chosen === null ? 'unanswered' : 'wrong',
			label: `${item.chosen === null ? '✗ Not answered' : '✗ Not right'}: the category is “${label(item.expected)}”`,
			...detail
		};
	});
	return {
		scoring: null,
		summary: answersSummary(lines, ['answer', 'answers']),
		hint: 'For each passage marked ✗, read the definition of the category you chose and ask whether every part of it fits. Is the passage a question or a statement? Does it name a source you could check?',
		lines
	};
}
