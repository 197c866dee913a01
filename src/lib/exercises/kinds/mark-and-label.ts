// Mark and label: find the passages, then name the technique each one uses. A target's right
// label is its annotation's category; a found passage with another label earns half.
import { scoreMarkAndLabel } from '../score-mark-and-label.js';
import type { LabelledMark } from '../types.js';
import { readMarkAndLabel } from '../validate-annotated.js';
import type { Kind } from './kind.js';
import {
	markKeyInWords,
	markPart,
	marksProblem,
	marksSummary,
	markTargets,
	outcomesOf,
	resolveMarkKey,
	withMarkArticleRenamed,
	withoutMarkTarget
} from './marks.js';

export const markAndLabel: Kind<'mark-and-label'> = {
	type: 'mark-and-label',
	name: 'Mark and label',
	fields: ['case', 'article', 'targets', 'borderline', 'labels'],
	read: readMarkAndLabel,
	resolveKey: resolveMarkKey,
	score: scoreMarkAndLabel,
	emptyAnswer: () => ({ type: 'mark-and-label', marks: [] }),
	startingAnswer: () => ({ type: 'mark-and-label', marks: [] }),
	targets: markTargets,
	keyInWords: markKeyInWords,
	interaction: { scorm: 'performance', xapi: 'performance' },
	withoutAnnotation: withoutMarkTarget,
	withArticleRenamed: withMarkArticleRenamed,
	keyAnswer: (_exercise, key) => ({
		type: 'mark-and-label',
		marks: key.targets.map(({ start, end, category }) => ({ start, end, label: category }))
	}),
	answerProblem: (_exercise, answer) => marksProblem(answer.marks, true),
	feedback: ({ key, answer, result, over, categoryLabel }) => markPart(key.text, answer.marks, result, over, categoryLabel),
	summary: (_exercise, key, answer, names) => marksSummary(key, answer.marks, names),
	choices: (exercise) => ({ keys: [], values: exercise.labels }),
	encode: (answer, writer) => {
		writer.marks(answer.marks);
		// 0 for a mark not labelled yet, else the label's place + 1.
		for (const m of answer.marks) writer.uint(m.label === null ? 0 : writer.ref(m.label) + 1);
	},
	decode: (reader) => {
		const marks = reader.marks().map((m): LabelledMark => {
			const label = reader.uint();
			return { ...m, label: label === 0 ? null : reader.place(label - 1) };
		});
		return { type: 'mark-and-label', marks };
	},
	targetOutcomes: (exercise, key, answer) => outcomesOf(scoreMarkAndLabel(exercise, key, answer)),
	wrongParts: () => [],
	techniques: (exercise, key) => [...key.targets.map((t) => t.category), ...exercise.labels]
};
