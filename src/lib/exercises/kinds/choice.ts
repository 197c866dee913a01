// Choice: one or several options; the exercise holds the key and each option's feedback.
import { scoreChoice } from '../score-choice.js';
import type { FeedbackLine } from '../feedback-lines.js';
import type { ChoiceExercise, ChoiceResult } from '../types.js';
import { readChoice } from '../validate-self-contained.js';
import type { Kind, Part } from './kind.js';
import { count, idListProblem } from './shared.js';

export const choice: Kind<'choice'> = {
	type: 'choice',
	name: 'Choice',
	fields: ['multiple', 'options'],
	read: readChoice,
	resolveKey: () => ({ type: 'choice' }),
	score: (exercise, _key, answer) => scoreChoice(exercise, answer),
	emptyAnswer: () => ({ type: 'choice', selected: [] }),
	startingAnswer: () => ({ type: 'choice', selected: [] }),
	keyAnswer: (exercise) => ({ type: 'choice', selected: exercise.options.filter((o) => o.correct).map((o) => o.id) }),
	answerProblem: (_exercise, answer) => idListProblem(answer.selected, 'selected'),
	feedback: ({ exercise, result, over }) => choicePart(exercise, result, over),
	summary: (exercise, _key, answer) =>
		answer.selected.length
			? answer.selected.map((id) => exercise.options.find((o) => o.id === id)?.text ?? id).join('; ')
			: 'nothing chosen',
	choices: (exercise) => ({ keys: [], values: exercise.options.map((o) => o.id) }),
	encode: (answer, writer) => writer.refs(answer.selected),
	decode: (reader) => ({ type: 'choice', selected: reader.refs() }),
	targets: () => [],
	targetOutcomes: () => [],
	wrongParts: (exercise, key, answer, names) =>
		scoreChoice(exercise, answer).score < 1 ? [{ part: '', answer: choice.summary(exercise, key, answer, names) }] : [],
	techniques: () => [],
	keyInWords: (exercise) => ({
		ordered: false,
		lines: exercise.options.map((o) => ({ lead: o.correct ? '✓ Right:' : '✗ Wrong:', text: o.text, why: o.feedback })),
		borderline: []
	}),
	interaction: { scorm: 'choice', xapi: 'choice' },
	// Self-contained: names no annotation.
	withoutAnnotation: (exercise) => exercise,
	withArticleRenamed: (exercise) => exercise
};

function choicePart(exercise: ChoiceExercise, result: ChoiceResult, over: boolean): Part {
	const lines: FeedbackLine[] = [];
	for (const option of result.options) {
		if (option.selected) {
			lines.push({
				ref: option.id,
				verdict: option.correct ? 'right' : 'wrong',
				label: option.correct ? '✓ Right' : '✗ Not right',
				...(over ? { detail: option.feedback } : {})
			});
		} else if (over && option.correct) {
			lines.push({
				ref: option.id,
				verdict: 'missed',
				label: exercise.multiple ? '✗ Missed: this one is also right' : '✓ This is the answer',
				detail: option.feedback
			});
		}
	}
	const right = result.options.filter((o) => o.selected && o.correct).length;
	const wrong = result.options.filter((o) => o.selected && !o.correct).length;
	const total = result.options.filter((o) => o.correct).length;
	const chosen = right + wrong;
	const summary =
		chosen === 0
			? 'You chose nothing.'
			: exercise.multiple
				? `You chose ${count(chosen, 'answer', 'answers')}: ${right} right, ${wrong} wrong.`
				: `Your answer is ${right && !wrong ? 'right' : 'not right'}.`;
	return {
		scoring: exercise.multiple ? choiceScoring(right, wrong, total) : chosen > 1 ? 'Only one answer may be chosen.' : null,
		summary,
		hint: exercise.multiple
			? 'Test each option against the words of the article: does the text really say it? Leave out any you cannot point to, because a wrong choice cancels a right one.'
			: 'Go back to the words the question is about and test each option against them, one at a time.',
		lines
	};
}

/** How a multiple choice was scored: each right choice earns a point, each wrong one takes one away. */
export function choiceScoring(right: number, wrong: number, total: number): string {
	const points = Math.max(0, right - wrong);
	const rule = `Each right choice earns a point and each wrong choice takes one away (never below 0), so you have ${count(points, 'point', 'points')} of ${total}.`;
	if (right === 1 && wrong === 1) return `One right, one wrong: these cancel out. ${rule}`;
	if (right > 0 && wrong > 0) return `${right} right, ${wrong} wrong: each wrong choice cancels a right one. ${rule}`;
	return rule;
}
