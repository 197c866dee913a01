// Rank: put a case's articles in order, best supported first; the exercise holds the order.
import { scoreRank } from '../score-rank.js';
import type { FeedbackLine } from '../feedback-lines.js';
import type { RankAnswer, RankExercise, RankResult } from '../types.js';
import { readRank } from '../validate-self-contained.js';
import type { Kind, Part } from './kind.js';
import { idListProblem } from './shared.js';

export const rank: Kind<'rank'> = {
	type: 'rank',
	name: 'Rank',
	fields: ['case', 'items', 'order'],
	read: readRank,
	resolveKey: () => ({ type: 'rank' }),
	score: (exercise, _key, answer) => scoreRank(exercise, answer),
	emptyAnswer: () => ({ type: 'rank', order: [] }),
	startingAnswer: (exercise) => ({ type: 'rank', order: [...exercise.items] }),
	keyAnswer: (exercise) => ({ type: 'rank', order: [...exercise.order] }),
	answerProblem: (_exercise, answer) => idListProblem(answer.order, 'order'),
	feedback: ({ exercise, answer, result, over, articleName }) => rankPart(exercise, answer, result, over, articleName),
	summary: (_exercise, _key, answer, names) => answer.order.map(names.article).join(' > ') || 'no order',
	choices: (exercise) => ({ keys: [], values: exercise.items }),
	encode: (answer, writer) => writer.refs(answer.order),
	decode: (reader) => ({ type: 'rank', order: reader.refs() }),
	targets: () => [],
	targetOutcomes: () => [],
	wrongParts: () => [],
	techniques: () => [],
	keyInWords: (exercise, _key, names) => ({
		intro: 'Best supported first (partial credit for each pair in the right order):',
		ordered: true,
		lines: exercise.order.map((id) => ({
			text: `${names.article(exercise.case, id)}: ${names.headline(exercise.case, id) ?? '(no headline)'}`
		})),
		borderline: []
	}),
	interaction: { scorm: 'sequencing', xapi: 'sequencing' },
	// Self-contained: names no annotation.
	withoutAnnotation: (exercise) => exercise,
	withArticleRenamed: (exercise, from, to) => ({
		...exercise,
		items: exercise.items.map((id) => (id === from ? to : id)),
		order: exercise.order.map((id) => (id === from ? to : id))
	})
};

function rankPart(
	exercise: RankExercise,
	answer: RankAnswer,
	result: RankResult,
	over: boolean,
	article: (id: string) => string
): Part {
	const order = answer.order.length === exercise.items.length ? answer.order : exercise.items;
	const lines = order.map((id, i): FeedbackLine => {
		const right = exercise.order[i] === id;
		if (right) return { ref: id, verdict: 'right', label: '✓ In the right place' };
		return {
			ref: id,
			verdict: 'wrong',
			label: over ? `✗ Not in the right place: it belongs in place ${exercise.order.indexOf(id) + 1}` : '✗ Not in the right place'
		};
	});
	const placed = lines.filter((l) => l.verdict === 'right').length;
	const pairsRight = result.pairs.filter((p) => p.right).length;
	return {
		scoring: `Your score counts pairs of articles: ${pairsRight} of ${result.pairs.length} pairs are in the right order, so an article one place out costs little.`,
		summary: over
			? `${placed} of ${lines.length} articles are in the right place. The answer, best supported first: ${exercise.order.map(article).join(', ')}.`
			: `${placed} of ${lines.length} articles are in the right place.`,
		hint: 'For each article marked ✗, compare it with its neighbours: which one names more sources you could check, and which makes more claims with none?',
		lines
	};
}
