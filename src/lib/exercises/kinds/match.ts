// Match: pair each left item with a right one; the exercise holds the key.
import { scoreMatch } from '../score-match.js';
import type { FeedbackLine } from '../feedback-lines.js';
import type { MatchExercise, MatchResult } from '../types.js';
import { readMatch } from '../validate-self-contained.js';
import type { Kind, Part } from './kind.js';
import { answersSummary, recordProblem } from './shared.js';

export const match: Kind<'match'> = {
	type: 'match',
	name: 'Match',
	fields: ['left', 'right', 'pairs'],
	read: readMatch,
	resolveKey: () => ({ type: 'match' }),
	score: (exercise, _key, answer) => scoreMatch(exercise, answer),
	emptyAnswer: () => ({ type: 'match', pairs: {} }),
	startingAnswer: () => ({ type: 'match', pairs: {} }),
	keyAnswer: (exercise) => ({ type: 'match', pairs: { ...exercise.pairs } }),
	answerProblem: (_exercise, answer) => recordProblem(answer.pairs, 'pairs'),
	feedback: ({ exercise, result, over }) => matchPart(exercise, result, over),
	summary: (exercise, _key, answer) =>
		Object.entries(answer.pairs)
			.map(
				([left, right]) =>
					`${exercise.left.find((l) => l.id === left)?.text ?? left} → ${exercise.right.find((r) => r.id === right)?.text ?? right}`
			)
			.join('; ') || 'nothing matched',
	choices: (exercise) => ({ keys: exercise.left.map((l) => l.id), values: exercise.right.map((r) => r.id) }),
	encode: (answer, writer) => writer.record(answer.pairs),
	decode: (reader) => ({ type: 'match', pairs: reader.record() }),
	targets: () => [],
	targetOutcomes: () => [],
	wrongParts: (exercise, _key, answer) =>
		exercise.left.flatMap((left) => {
			const given = answer.pairs[left.id];
			return given !== undefined && given !== exercise.pairs[left.id]
				? [{ part: left.text, answer: exercise.right.find((r) => r.id === given)?.text ?? given }]
				: [];
		}),
	techniques: () => [],
	keyInWords: (exercise) => ({
		ordered: false,
		lines: exercise.left.map((left) => ({
			text: left.text,
			to: exercise.right.find((r) => r.id === exercise.pairs[left.id])?.text
		})),
		borderline: []
	}),
	interaction: { scorm: 'matching', xapi: 'matching' },
	// Self-contained: names no annotation.
	withoutAnnotation: (exercise) => exercise,
	withArticleRenamed: (exercise) => exercise
};

function matchPart(exercise: MatchExercise, result: MatchResult, over: boolean): Part {
	const text = (id: string | null) => exercise.right.find((r) => r.id === id)?.text ?? '';
	const lines = result.pairs.map((pair): FeedbackLine => {
		if (pair.right) return { ref: pair.left, verdict: 'right', label: '✓ Right' };
		const verdict = pair.chosen === null ? 'unanswered' : 'wrong';
		if (over) return { ref: pair.left, verdict, label: `✗ Should be: ${text(pair.expected)}` };
		return { ref: pair.left, verdict, label: verdict === 'unanswered' ? '✗ Not answered' : '✗ Not right' };
	});
	return {
		scoring: null,
		summary: answersSummary(lines, ['pair', 'pairs']),
		hint: 'For each pair marked ✗, find the exact words in the articles again: who or what does each item come from?',
		lines
	};
}
