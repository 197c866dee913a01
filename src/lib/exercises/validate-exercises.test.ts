import { describe, expect, test } from 'vitest';
import { formatProblem, type Problem } from '../content/problems.js';
import { CASE, CATEGORIES, OTHER_CASE } from './testing/fixtures.js';
import { validateExercises } from './validate-exercises.js';

const FILE = 'lessons/exercises.json';

/** Exercises as an author writes them: defaults left out. */
const AUTHORED = {
	mark: {
		id: 'mark-questions',
		type: 'mark',
		prompt: 'Mark the questions that insinuate.',
		case: 'ukraine-55000',
		article: 'talks-fail',
		targets: ['how-accurate', 'who-benefits']
	},
	markAndLabel: {
		id: 'mark-and-name',
		type: 'mark-and-label',
		prompt: 'Mark and name each technique.',
		case: 'ukraine-55000',
		article: 'talks-fail',
		targets: ['how-accurate', 'reports-surfaced'],
		borderline: ['staggering'],
		labels: ['loaded-question', 'vague-attribution']
	},
	classify: {
		id: 'sort-passages',
		type: 'classify',
		prompt: 'Sort the passages.',
		categories: ['loaded-question', 'vague-attribution', 'sourced'],
		items: [
			{ id: 'q', annotation: 'how-accurate' },
			{ id: 's', annotation: 'zelensky-france-2' },
			{ id: 'o', annotation: 'staggering', category: 'vague-attribution' }
		]
	},
	match: {
		id: 'figure-to-article',
		type: 'match',
		prompt: 'Match each figure with the article that reports it.',
		left: [
			{ id: 'f55', text: '55,000 killed' },
			{ id: 'f46', text: '46,000 killed' }
		],
		right: [
			{ id: 'a', text: 'Article A' },
			{ id: 'b', text: 'Article B' }
		],
		pairs: { f55: 'a', f46: 'a' }
	},
	choice: {
		id: 'who-said',
		type: 'choice',
		prompt: 'Who gave the figure?',
		multiple: false,
		options: [
			{ id: 'zelensky', text: 'Zelensky', correct: true, feedback: 'Yes.' },
			{ id: 'umerov', text: 'Umerov', correct: false, feedback: 'No.' }
		]
	},
	rank: {
		id: 'rank-sourcing',
		type: 'rank',
		prompt: 'Order the articles from best to worst sourced.',
		case: 'ukraine-55000',
		items: ['talks-fail', 'talks-stall', 'tragic-toll'],
		order: ['talks-stall', 'tragic-toll', 'talks-fail']
	},
	numeric: { id: 'how-many', type: 'numeric', prompt: 'How many?', answer: 55000 }
};

function validate(data: unknown, cases = [CASE]) {
	const problems: Problem[] = [];
	const exercises = validateExercises({ file: FILE, data }, cases, CATEGORIES, problems);
	return { exercises, problems, messages: problems.map(formatProblem) };
}

describe('validateExercises', () => {
	test('accepts valid exercises of every type and fills in the defaults', () => {
		const { exercises, messages } = validate(Object.values(AUTHORED));
		expect(messages).toEqual([]);
		expect(exercises.map((e) => e.type)).toEqual(['mark', 'mark-and-label', 'classify', 'match', 'choice', 'rank', 'numeric']);
		expect(exercises[0]).toEqual({ ...AUTHORED.mark, attempts: 2, borderline: [] });
		expect(exercises[6]).toEqual({ ...AUTHORED.numeric, attempts: 2, tolerance: 0 });
	});

	test('keeps attempts, explanation, unit and category overrides as written', () => {
		const { exercises } = validate([
			{ ...AUTHORED.numeric, attempts: 0, explanation: 'He said so on France 2.', tolerance: 500, unit: 'soldiers' },
			AUTHORED.classify
		]);
		expect(exercises[0]).toMatchObject({ attempts: 0, explanation: 'He said so on France 2.', tolerance: 500, unit: 'soldiers' });
		expect(exercises[1]).toMatchObject({ items: [{}, {}, { category: 'vague-attribution' }] });
	});

	test('reports a file that is not a list', () => {
		expect(validate({ exercises: [] }).messages).toEqual([`${FILE}: an exercise file should hold a list of exercises`]);
	});

	test('reports a duplicate id with where it was first used', () => {
		const { exercises, messages } = validate([AUTHORED.numeric, { ...AUTHORED.choice, id: 'how-many' }]);
		expect(messages).toEqual([`${FILE}: "how-many" ([1].id) id "how-many" is also used by the exercise at [0]`]);
		expect(exercises).toHaveLength(1);
	});

	const rows: [string, unknown, RegExp][] = [
		// Common fields
		[
			'an exercise that is not an object',
			'mark',
			/^lessons\/exercises\.json: \(\[0\]\) an exercise should be an object, got "mark"$/
		],
		['a missing id', { ...AUTHORED.numeric, id: undefined }, /\(\[0\]\.id\) id should be a non-empty string, got nothing$/],
		[
			'an id that is not kebab-case',
			{ ...AUTHORED.numeric, id: 'How_Many' },
			/"How_Many" \(\[0\]\.id\) id should be lower-case words joined by hyphens, got "How_Many"$/
		],
		[
			'an unknown type',
			{ ...AUTHORED.numeric, type: 'drag' },
			/"how-many" \(\[0\]\.type\) type should be one of "mark", "mark-and-label", "classify", "match", "choice", "rank", "numeric", got "drag"$/
		],
		[
			'a missing prompt',
			{ ...AUTHORED.numeric, prompt: '' },
			/"how-many" \(\[0\]\.prompt\) prompt should be a non-empty string, got an empty string$/
		],
		[
			'negative attempts',
			{ ...AUTHORED.numeric, attempts: -1 },
			/\(\[0\]\.attempts\) attempts should be a whole number of 0 or more, got -1$/
		],
		['fractional attempts', { ...AUTHORED.numeric, attempts: 1.5 }, /attempts should be a whole number of 0 or more, got 1\.5$/],
		[
			'an empty explanation',
			{ ...AUTHORED.numeric, explanation: ' ' },
			/\(\[0\]\.explanation\) explanation should be a non-empty string/
		],
		[
			'a misspelt field',
			{ ...AUTHORED.mark, borderlines: ['staggering'] },
			/"mark-questions" \(\[0\]\.borderlines\) unknown field "borderlines"; a mark exercise takes id, type, prompt, attempts, explanation, case, article, targets, borderline$/
		],
		// mark
		[
			'a case that does not exist',
			{ ...AUTHORED.mark, case: 'ukraine-9' },
			/\(\[0\]\.case\) case "ukraine-9" does not exist; known: ukraine-55000$/
		],
		[
			'an article not in the case',
			{ ...AUTHORED.mark, article: 'talks-fails' },
			/\(\[0\]\.article\) article "talks-fails" is not in case "ukraine-55000"; its articles: talks-fail, talks-stall, tragic-toll$/
		],
		['no targets', { ...AUTHORED.mark, targets: [] }, /\(\[0\]\.targets\) targets should list at least 1 annotation ids, got 0$/],
		[
			'targets that are not a list',
			{ ...AUTHORED.mark, targets: 'how-accurate' },
			/targets should be a list, got "how-accurate"$/
		],
		[
			'a target that does not exist',
			{ ...AUTHORED.mark, targets: ['how-accurate', 'who-benefits', 'x'] },
			/"mark-questions" \(\[0\]\.targets\[2\]\) targets\[2\]: annotation "x" does not exist in case "ukraine-55000"$/
		],
		[
			'a target in another article',
			{ ...AUTHORED.mark, targets: ['many-experts'] },
			/\(\[0\]\.targets\[0\]\) targets\[0\]: annotation "many-experts" is in article "talks-stall", not "talks-fail"$/
		],
		[
			'a target listed twice',
			{ ...AUTHORED.mark, targets: ['how-accurate', 'how-accurate'] },
			/\(\[0\]\.targets\[1\]\) targets\[1\]: "how-accurate" is listed twice$/
		],
		['a target that is not a string', { ...AUTHORED.mark, targets: [3] }, /targets\[0\] should be a non-empty string, got 3$/],
		[
			'a borderline passage that does not exist',
			{ ...AUTHORED.mark, borderline: ['gone'] },
			/\(\[0\]\.borderline\[0\]\) borderline\[0\]: annotation "gone" does not exist in case "ukraine-55000"$/
		],
		[
			'a borderline passage that is also a target',
			{ ...AUTHORED.mark, borderline: ['who-benefits'] },
			/\(\[0\]\.borderline\[0\]\) borderline\[0\]: "who-benefits" is also a target$/
		],
		// mark-and-label
		[
			'a label that is not a category',
			{ ...AUTHORED.markAndLabel, labels: ['loaded-question', 'vague-attribution', 'spin'] },
			/\(\[0\]\.labels\[2\]\) labels\[2\]: unknown category "spin"; known: loaded-question, vague-attribution, sourced/
		],
		[
			'a single label',
			{ ...AUTHORED.markAndLabel, labels: ['loaded-question'] },
			/labels should list at least 2 categories \(one would give the answer away\), got 1$/
		],
		[
			'a target whose category is not offered',
			{ ...AUTHORED.markAndLabel, labels: ['loaded-question', 'sourced'] },
			/\(\[0\]\.targets\[1\]\) targets\[1\]: annotation "reports-surfaced" is a "vague-attribution" passage, which labels does not offer$/
		],
		[
			'overlapping targets with different categories',
			{
				...AUTHORED.markAndLabel,
				targets: ['reports-surfaced', 'alleged-corruption'],
				labels: ['vague-attribution', 'unsupported-claim'],
				borderline: []
			},
			/\(\[0\]\.targets\[1\]\) targets\[1\]: annotation "alleged-corruption" \(unsupported-claim\) overlaps target "reports-surfaced" \(vague-attribution\); one passage cannot take two labels, so make one of them borderline$/
		],
		[
			'an unknown field in an option',
			{ ...AUTHORED.choice, options: [{ ...AUTHORED.choice.options[0], hint: 'x' }, AUTHORED.choice.options[1]] },
			/\(\[0\]\.options\[0\]\.hint\) unknown field "hint"; an option takes id, text, correct, feedback$/
		],
		// classify
		[
			'a classify category that does not exist',
			{ ...AUTHORED.classify, categories: ['loaded-question', 'spin'] },
			/\(\[0\]\.categories\[1\]\) categories\[1\]: unknown category "spin"/
		],
		[
			'a category override not offered',
			{ ...AUTHORED.classify, items: [{ id: 'q', annotation: 'how-accurate', category: 'emotive-language' }] },
			/\(\[0\]\.items\[0\]\.category\) items\[0\]\.category: "emotive-language" is not one of categories \(loaded-question, vague-attribution, sourced\)$/
		],
		[
			'an item whose category is not offered',
			{ ...AUTHORED.classify, items: [{ id: 'o', annotation: 'staggering' }] },
			/\(\[0\]\.items\[0\]\.annotation\) items\[0\]\.annotation: annotation "staggering" is a "emotive-language" passage, which categories does not offer; offer it, or give the item a category$/
		],
		[
			'an item annotation that does not exist',
			{ ...AUTHORED.classify, items: [{ id: 'q', annotation: 'gone' }] },
			/items\[0\]\.annotation: annotation "gone" does not exist in case "ukraine-55000"$/
		],
		[
			'a duplicate item id',
			{
				...AUTHORED.classify,
				items: [
					{ id: 'q', annotation: 'how-accurate' },
					{ id: 'q', annotation: 'who-benefits' }
				]
			},
			/\(\[0\]\.items\[1\]\.id\) items\[1\]\.id: duplicate item id "q"$/
		],
		['no items', { ...AUTHORED.classify, items: [] }, /items should list at least 1 passage, got 0$/],
		['an unknown case for classify', { ...AUTHORED.classify, case: 'nowhere' }, /\(\[0\]\.case\) case "nowhere" does not exist/],
		// match
		[
			'a pair from an unknown left item',
			{ ...AUTHORED.match, pairs: { f55: 'a', f46: 'a', f99: 'b' } },
			/\(\[0\]\.pairs\.f99\) pairs\.f99: "f99" is not a left item; left: "f55", "f46"$/
		],
		[
			'a pair to an unknown right item',
			{ ...AUTHORED.match, pairs: { f55: 'a', f46: 'c' } },
			/\(\[0\]\.pairs\.f46\) pairs\.f46: "c" is not a right item; right: "a", "b"$/
		],
		[
			'a left item without a pair',
			{ ...AUTHORED.match, pairs: { f55: 'a' } },
			/\(\[0\]\.pairs\) pairs: no pair for left item "f46"$/
		],
		[
			'a duplicate left id',
			{
				...AUTHORED.match,
				left: [
					{ id: 'f55', text: 'a' },
					{ id: 'f55', text: 'b' }
				]
			},
			/\(\[0\]\.left\[1\]\.id\) left\[1\]\.id: duplicate id "f55"$/
		],
		['an empty right side', { ...AUTHORED.match, right: [] }, /right should list at least 1 item, got 0$/],
		// choice
		[
			'duplicate option ids',
			{ ...AUTHORED.choice, options: [...AUTHORED.choice.options, { id: 'umerov', text: 'U', correct: false, feedback: 'No.' }] },
			/\(\[0\]\.options\[2\]\.id\) options\[2\]\.id: duplicate option id "umerov"$/
		],
		[
			'no correct option',
			{ ...AUTHORED.choice, options: AUTHORED.choice.options.map((o) => ({ ...o, correct: false })) },
			/\(\[0\]\.options\) options: no option is correct$/
		],
		[
			'a single-answer question with two correct options',
			{ ...AUTHORED.choice, options: AUTHORED.choice.options.map((o) => ({ ...o, correct: true })) },
			/options: 2 options are correct \("zelensky", "umerov"\), but multiple is false$/
		],
		[
			'a missing multiple',
			{ ...AUTHORED.choice, multiple: 'no' },
			/\(\[0\]\.multiple\) multiple should be true or false, got "no"$/
		],
		[
			'an option without feedback',
			{ ...AUTHORED.choice, options: [AUTHORED.choice.options[0], { id: 'x', text: 'X', correct: false }] },
			/\(\[0\]\.options\[1\]\.feedback\) feedback should be a non-empty string, got nothing$/
		],
		[
			'a single option',
			{ ...AUTHORED.choice, options: [AUTHORED.choice.options[0]] },
			/options should list at least 2 options, got 1$/
		],
		// rank
		[
			'an order that is not a permutation of the items',
			{ ...AUTHORED.rank, order: ['talks-stall', 'talks-fail', 'ceasefire-talks'] },
			/\(\[0\]\.order\) order should list the same articles as items, each once: missing "tragic-toll"; "ceasefire-talks" not in items$/
		],
		[
			'an article listed twice in the order',
			{ ...AUTHORED.rank, order: ['talks-stall', 'talks-stall', 'talks-fail', 'tragic-toll'] },
			/order\[1\]: "talks-stall" is listed twice$/
		],
		[
			'an item that is not an article of the case',
			{ ...AUTHORED.rank, items: ['talks-fail', 'nowhere'], order: ['nowhere', 'talks-fail'] },
			/\(\[0\]\.items\[1\]\) items\[1\]: article "nowhere" is not in case "ukraine-55000"$/
		],
		[
			'a single article to rank',
			{ ...AUTHORED.rank, items: ['talks-fail'], order: ['talks-fail'] },
			/items should list at least 2 article ids, got 1$/
		],
		// numeric
		['a missing answer', { ...AUTHORED.numeric, answer: undefined }, /\(\[0\]\.answer\) answer should be a number, got nothing$/],
		['an answer written as a string', { ...AUTHORED.numeric, answer: '55,000' }, /answer should be a number, got "55,000"$/],
		[
			'a negative tolerance',
			{ ...AUTHORED.numeric, tolerance: -1 },
			/\(\[0\]\.tolerance\) tolerance should be a number of 0 or more, got -1$/
		],
		[
			'an empty unit',
			{ ...AUTHORED.numeric, unit: '' },
			/\(\[0\]\.unit\) unit should be a non-empty string, got an empty string$/
		]
	];

	test('reports a classify annotation found in two cases when the exercise names no case', () => {
		const exercise = {
			...AUTHORED.classify,
			categories: ['vague-attribution', 'sourced'],
			items: [{ id: 'e', annotation: 'many-experts' }]
		};
		expect(validate([exercise], [CASE, OTHER_CASE]).messages).toEqual([
			`${FILE}: "sort-passages" ([0].items[0].annotation) items[0].annotation: annotation "many-experts" exists in cases "ukraine-55000", "other-case"; add "case" to the exercise to say which`
		]);
		expect(validate([{ ...exercise, case: 'other-case' }], [CASE, OTHER_CASE]).messages).toEqual([]);
	});

	test.each(rows)('reports %s', (_, exercise, expected) => {
		const { exercises, messages } = validate([exercise]);
		expect(messages).toContainEqual(expect.stringMatching(expected));
		expect(exercises).toEqual([]);
	});
});
