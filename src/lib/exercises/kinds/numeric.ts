// Numeric: work out a number from the text; the exercise holds it and the tolerance.
import { scoreNumeric } from '../score-numeric.js';
import type { FeedbackLine } from '../feedback-lines.js';
import type { NumericExercise, NumericResult } from '../types.js';
import { readNumeric } from '../validate-self-contained.js';
import type { Kind, Part } from './kind.js';

export const numeric: Kind<'numeric'> = {
	type: 'numeric',
	name: 'Number',
	fields: ['answer', 'tolerance', 'unit'],
	read: readNumeric,
	resolveKey: () => ({ type: 'numeric' }),
	score: (exercise, _key, answer) => scoreNumeric(exercise, answer),
	emptyAnswer: () => ({ type: 'numeric', value: null }),
	startingAnswer: () => ({ type: 'numeric', value: null }),
	keyAnswer: (exercise) => ({ type: 'numeric', value: exercise.answer }),
	answerProblem: (_exercise, answer) =>
		answer.value === null || typeof answer.value === 'number' ? null : 'value should be a number or null',
	feedback: ({ exercise, result, over }) => numericPart(exercise, result, over),
	summary: (_exercise, _key, answer) => (answer.value === null ? 'no number' : answer.value.toLocaleString()),
	choices: () => ({ keys: [], values: [] }),
	encode: (answer, writer) => writer.number(answer.value),
	decode: (reader) => ({ type: 'numeric', value: reader.number() }),
	targets: () => [],
	targetOutcomes: () => [],
	wrongParts: () => [],
	techniques: () => [],
	keyInWords: (exercise) => ({
		strong: `${exercise.answer.toLocaleString('en')}${exercise.unit ? ` ${exercise.unit}` : ''}`,
		intro: exercise.tolerance ? `(give or take ${exercise.tolerance.toLocaleString('en')})` : '(exactly)',
		ordered: false,
		lines: [],
		borderline: []
	}),
	interaction: { scorm: 'numeric', xapi: 'numeric' },
	// Self-contained: names no annotation.
	withoutAnnotation: (exercise) => exercise,
	withArticleRenamed: (exercise) => exercise
};

function numericPart(exercise: NumericExercise, result: NumericResult, over: boolean): Part {
	const unit = exercise.unit ? ` ${exercise.unit}` : '';
	const answer = `${result.answer.toLocaleString('en')}${unit}${result.tolerance ? ` (give or take ${result.tolerance.toLocaleString('en')})` : ''}`;
	const line: FeedbackLine = result.correct
		? { ref: 'value', verdict: 'right', label: '✓ Right' }
		: result.value === null
			? { ref: 'value', verdict: 'unanswered', label: over ? `✗ No number given. The answer is ${answer}.` : '✗ No number given' }
			: { ref: 'value', verdict: 'wrong', label: over ? `✗ Not right. The answer is ${answer}.` : '✗ Not right' };
	return {
		scoring: null,
		summary: result.correct
			? 'Your number is right.'
			: result.value === null
				? 'You gave no number.'
				: 'Your number is not right.',
		hint: 'Find each figure you need in the text again, write down where it comes from, and redo the working one step at a time.',
		lines: [line]
	};
}
