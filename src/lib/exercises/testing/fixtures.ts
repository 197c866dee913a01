// Test fixtures: a small case in the shape validateCase returns, with annotations placed by
// quote, and exercises of every type over it. Used only by the tests beside these modules.
import type { AnchoredAnnotation, Article, Case, Category } from '../../content/types.js';
import type { Exercise } from '../types.js';

export const FAIL_TEXT = [
	'Ukraine War Hits Grim Milestone as Peace Talks Fail',
	'',
	'The war in Ukraine has reached a grim milestone. President Volodymyr Zelensky told France 2 that 55,000 Ukrainian soldiers have been killed. But how accurate is it? Who benefits from the silence?',
	'',
	'Reports have surfaced about his alleged corruption. The numbers are staggering. Kyiv hails the talks as ‘productive,’ according to Rustem Umerov. The talks resume on Sunday.',
	''
].join('\n');

export const STALL_TEXT = 'Many experts believe the figure undercounts the losses. The talks stall.\n';

function article(id: string, label: string, text: string): Article {
	return { id, label, file: `${id}.txt`, headline: null, outlet: null, description: `Article ${label}.`, text };
}

function annotate(on: Article, id: string, category: string, quote: string): AnchoredAnnotation {
	const start = on.text.indexOf(quote);
	if (start === -1 || on.text.indexOf(quote, start + 1) !== -1) throw new Error(`quote must occur once: ${quote}`);
	const explanation = `Why "${quote}" is ${category}.`;
	return { id, article: on.id, category, explanation, start, end: start + quote.length, quote, links: [], backlinks: [] };
}

const fail = article('talks-fail', 'A', FAIL_TEXT);
const stall = article('talks-stall', 'B', STALL_TEXT);
const tragic = article('tragic-toll', 'C', 'A short report.\n');

export const CASE: Case = {
	id: 'ukraine-55000',
	title: '55,000',
	summary: 'Five reports of one figure.',
	articles: [fail, stall, tragic],
	annotations: [
		annotate(fail, 'how-accurate', 'loaded-question', 'But how accurate is it?'),
		annotate(fail, 'who-benefits', 'loaded-question', 'Who benefits from the silence?'),
		annotate(
			fail,
			'zelensky-france-2',
			'sourced',
			'President Volodymyr Zelensky told France 2 that 55,000 Ukrainian soldiers have been killed.'
		),
		annotate(fail, 'reports-surfaced', 'vague-attribution', 'Reports have surfaced'),
		annotate(fail, 'alleged-corruption', 'unsupported-claim', 'Reports have surfaced about his alleged corruption.'),
		annotate(fail, 'staggering', 'emotive-language', 'staggering'),
		annotate(fail, 'umerov', 'sourced', 'according to Rustem Umerov'),
		annotate(stall, 'many-experts', 'vague-attribution', 'Many experts believe')
	],
	claims: []
};

/** A second case that reuses an annotation id, to test ambiguous references. */
export const OTHER_CASE: Case = {
	id: 'other-case',
	title: 'Other',
	summary: 'Another case.',
	articles: [article('other', 'A', 'Many experts believe it.\n')],
	annotations: [],
	claims: []
};
OTHER_CASE.annotations.push(annotate(OTHER_CASE.articles[0], 'many-experts', 'vague-attribution', 'Many experts believe'));

export const CATEGORIES: Category[] = [
	'loaded-question',
	'vague-attribution',
	'sourced',
	'emotive-language',
	'unsupported-claim'
].map((slug) => ({ slug, label: slug, definition: `${slug}.`, symbol: '*' }));

/** One valid exercise of each type, as validation returns them. */
export const EXERCISES = {
	mark: {
		id: 'mark-questions',
		type: 'mark',
		prompt: 'Mark the questions that insinuate.',
		attempts: 2,
		case: 'ukraine-55000',
		article: 'talks-fail',
		targets: ['how-accurate', 'who-benefits', 'reports-surfaced'],
		borderline: ['staggering']
	},
	'mark-and-label': {
		id: 'mark-and-name',
		type: 'mark-and-label',
		prompt: 'Mark and name each technique.',
		attempts: 2,
		case: 'ukraine-55000',
		article: 'talks-fail',
		targets: ['how-accurate', 'who-benefits', 'reports-surfaced'],
		borderline: ['staggering'],
		labels: ['loaded-question', 'vague-attribution', 'emotive-language']
	},
	classify: {
		id: 'sort-passages',
		type: 'classify',
		prompt: 'Sort the passages.',
		attempts: 2,
		categories: ['loaded-question', 'vague-attribution', 'sourced'],
		case: 'ukraine-55000',
		items: [
			{ id: 'q', annotation: 'how-accurate' },
			{ id: 'v', annotation: 'reports-surfaced' },
			{ id: 's', annotation: 'zelensky-france-2' },
			{ id: 'e', annotation: 'many-experts' }
		]
	},
	match: {
		id: 'figure-to-article',
		type: 'match',
		prompt: 'Match each figure with the article that reports it.',
		attempts: 2,
		left: [
			{ id: 'f55', text: '55,000 killed' },
			{ id: 'f46', text: '46,000 killed' },
			{ id: 'f600', text: '600,000 casualties' }
		],
		right: [
			{ id: 'a', text: 'Article A' },
			{ id: 'b', text: 'Article B' }
		],
		pairs: { f55: 'a', f46: 'a', f600: 'b' }
	},
	choice: {
		id: 'who-said',
		type: 'choice',
		prompt: 'Who gave the figure?',
		attempts: 1,
		multiple: false,
		options: [
			{ id: 'zelensky', text: 'Zelensky', correct: true, feedback: 'Yes: in a France 2 interview.' },
			{ id: 'umerov', text: 'Umerov', correct: false, feedback: 'He led the talks.' },
			{ id: 'csis', text: 'CSIS', correct: false, feedback: 'CSIS estimated casualties, not this figure.' }
		]
	},
	rank: {
		id: 'rank-sourcing',
		type: 'rank',
		prompt: 'Order the articles from best to worst sourced.',
		attempts: 0,
		case: 'ukraine-55000',
		items: ['talks-fail', 'talks-stall', 'tragic-toll'],
		order: ['talks-stall', 'tragic-toll', 'talks-fail']
	},
	numeric: {
		id: 'how-many',
		type: 'numeric',
		prompt: 'How many soldiers did Zelensky say were killed?',
		attempts: 2,
		answer: 55000,
		tolerance: 0,
		unit: 'soldiers'
	}
} satisfies Record<Exercise['type'], Exercise>;

/** The range of `quote` in `text`, which must occur once. */
export function rangeOf(text: string, quote: string, from = 0) {
	const start = text.indexOf(quote, from);
	if (start === -1) throw new Error(`not in text: ${quote}`);
	return { start, end: start + quote.length };
}
