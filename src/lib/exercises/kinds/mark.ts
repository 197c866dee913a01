// Mark: find the passages in one article that do what the prompt asks.
import { scoreMark } from '../score-mark.js';
import { readMark } from '../validate-annotated.js';
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

export const mark: Kind<'mark'> = {
	type: 'mark',
	name: 'Mark',
	fields: ['case', 'article', 'targets', 'borderline'],
	read: readMark,
	resolveKey: resolveMarkKey,
	score: scoreMark,
	emptyAnswer: () => ({ type: 'mark', marks: [] }),
	startingAnswer: () => ({ type: 'mark', marks: [] }),
	targets: markTargets,
	keyInWords: markKeyInWords,
	interaction: { scorm: 'performance', xapi: 'performance' },
	withoutAnnotation: withoutMarkTarget,
	withArticleRenamed: withMarkArticleRenamed,
	keyAnswer: (_exercise, key) => ({ type: 'mark', marks: key.targets.map(({ start, end }) => ({ start, end })) }),
	answerProblem: (_exercise, answer) => marksProblem(answer.marks, false),
	feedback: ({ key, answer, result, over, categoryLabel }) => markPart(key.text, answer.marks, result, over, categoryLabel),
	summary: (_exercise, key, answer, names) => marksSummary(key, answer.marks, names),
	choices: () => ({ keys: [], values: [] }),
	encode: (answer, writer) => writer.marks(answer.marks),
	decode: (reader) => ({ type: 'mark', marks: reader.marks() }),
	targetOutcomes: (exercise, key, answer) => outcomesOf(scoreMark(exercise, key, answer)),
	wrongParts: () => [],
	techniques: (_exercise, key) => key.targets.map((t) => t.category)
};
