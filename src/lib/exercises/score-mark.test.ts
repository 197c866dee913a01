import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { splitIntoSentences } from '../text/split-into-sentences.js';
import { resolveKey } from './resolve-key.js';
import { scoreMark } from './score-mark.js';
import { falseMark, markKey, rawMark } from './testing/arbitraries.js';
import { CASE, EXERCISES, FAIL_TEXT, rangeOf } from './testing/fixtures.js';
import type { MarkExercise, MarkKey, TextRange } from './types.js';

const exercise = EXERCISES.mark as MarkExercise;
const key = resolveKey(exercise, [CASE]) as MarkKey;
const at = (quote: string) => rangeOf(FAIL_TEXT, quote);
/** The first `n` characters of a quote's range. */
const head = (quote: string, n: number) => ({ start: at(quote).start, end: at(quote).start + n });

const ACCURATE = 'But how accurate is it?'; // 23 characters
const BENEFITS = 'Who benefits from the silence?'; // 30 characters
const REPORTS = 'Reports have surfaced'; // 21 characters
const KEY_MARKS = [at(ACCURATE), at(BENEFITS), at(REPORTS)];

function run(marks: TextRange[]) {
	return scoreMark(exercise, key, { type: 'mark', marks });
}

describe('scoreMark', () => {
	test.each<[string, TextRange[], number]>([
		['the key scores 1', KEY_MARKS, 1],
		['an empty answer scores 0', [], 0],
		['a mark over just under half of the only target marked scores 0 (10 of 21 characters)', [head(REPORTS, 10)], 0],
		['a mark over just over half of a target finds it (11 of 21 characters)', [head(REPORTS, 11)], 1 / 3],
		['a mark over exactly half of a target finds it (15 of 30 characters)', [head(BENEFITS, 15)], 1 / 3],
		[
			'two marks that together cover half of a target find it',
			[head(REPORTS, 6), { start: at(REPORTS).start + 8, end: at(REPORTS).start + 13 }],
			1 / 3
		],
		['overlapping marks are merged, not counted twice, for coverage', [head(REPORTS, 8), head(REPORTS, 10)], 0],
		['one mark spanning two targets finds both', [at(`${ACCURATE} ${BENEFITS}`)], 2 / 3],
		[
			'a mark over the whole sentence around a short target finds it at no cost',
			[at('Reports have surfaced about his alleged corruption.')],
			1 / 3
		],
		['each mark that hits no target costs a point', [...KEY_MARKS, at('grim milestone')], 2 / 3],
		['a false mark costs a point however short', [...KEY_MARKS, at('Sunday')], 2 / 3],
		['an exact duplicate of a false mark costs once', [...KEY_MARKS, at('Sunday'), at('Sunday')], 2 / 3],
		['the score never drops below zero', [at(ACCURATE), at('grim'), at('Sunday'), at('Kyiv hails')], 0],
		['marking a borderline passage neither earns nor costs', [...KEY_MARKS, at('staggering')], 1],
		['marking only a borderline passage earns nothing', [at('The numbers are staggering.')], 0],
		[
			'a right mark that runs over less than half of a sentence with nothing to find costs nothing',
			[at(`killed. ${ACCURATE}`), at(BENEFITS), at(REPORTS)],
			1
		],
		['the same fragment marked on its own costs a point', [at('killed.'), ...KEY_MARKS], 2 / 3],
		[
			'a right mark that covers a whole sentence with nothing to find costs a point for it, as marking it apart would',
			[
				at(`President Volodymyr Zelensky told France 2 that 55,000 Ukrainian soldiers have been killed. ${ACCURATE}`),
				at(BENEFITS),
				at(REPORTS)
			],
			2 / 3
		],
		[
			'marking the whole paragraph around two targets scores 0',
			[{ start: at('The war in Ukraine').start, end: at(BENEFITS).end }],
			0
		],
		['marking the whole text scores 0', [{ start: 0, end: FAIL_TEXT.length }], 0],
		[
			'marks past the end of the text are clamped, and empty or reversed ones ignored',
			[
				{ start: at(REPORTS).start, end: 10_000 },
				{ start: 5, end: 5 },
				{ start: 9, end: 3 }
			],
			0
		]
	])('%s', (_, marks, expected) => {
		expect(run(marks).score).toBeCloseTo(expected, 10);
	});

	test('reports each target found or missed, with its annotation id and explanation', () => {
		const result = run([at(ACCURATE)]);
		expect(result.targets.map((t) => [t.annotation, t.found])).toEqual([
			['how-accurate', true],
			['who-benefits', false],
			['reports-surfaced', false]
		]);
		expect(result.targets[1].explanation).toMatch(/Who benefits/);
		expect(result).toMatchObject({ points: 1, maxPoints: 3, correct: false });
	});

	test('reports each false mark with its quote and cost', () => {
		const result = run([...KEY_MARKS, at('grim milestone')]);
		expect(result.falseMarks).toEqual([
			{ ...at('grim milestone'), quote: 'grim milestone', cost: 1, touchesTarget: false, spill: [] }
		]);
	});

	test('reports the sentences a mark spills over', () => {
		const sentence = 'President Volodymyr Zelensky told France 2 that 55,000 Ukrainian soldiers have been killed.';
		const [spilled] = run([at(`${sentence} ${ACCURATE}`)]).falseMarks;
		expect(spilled).toMatchObject({ cost: 1, touchesTarget: true, spill: [at(sentence)] });
	});

	test('charges one point per sentence with nothing to find when everything is marked', () => {
		const result = run([{ start: 0, end: FAIL_TEXT.length }]);
		// Headline, "The war…", "President…", "Kyiv hails…", "The talks resume…": five sentences.
		expect(result.falseMarks[0].cost).toBe(5);
		expect(result.targets.every((t) => t.found)).toBe(true);
		expect(result.points).toBe(0);
	});

	test('scores 0 for marking nearly everything even where targets are dense', () => {
		const text = 'Who pays for the war? Who gains from the war? Who counts the dead? The talks resume.';
		const passage = (quote: string, i: number) => ({
			...rangeOf(text, quote),
			annotation: `q${i}`,
			quote,
			category: 'loaded-question',
			explanation: 'Insinuates.'
		});
		const dense: MarkKey = {
			type: 'mark',
			text,
			targets: ['Who pays for the war?', 'Who gains from the war?', 'Who counts the dead?'].map(passage),
			borderline: [],
			sourced: []
		};
		const all = scoreMark(exercise, dense, { type: 'mark', marks: [{ start: 0, end: text.length }] });
		// Without the rule: 3 found − 1 sentence with nothing to find = 2/3.
		expect(all).toMatchObject({ score: 0, discernment: { flaggedNearlyEverything: true } });
		expect(all.falseMarks[0].cost).toBe(1);
		expect(scoreMark(exercise, dense, { type: 'mark', marks: dense.targets }).score).toBe(1);
	});

	test('reports borderline passages as marked or not', () => {
		expect(run([at('staggering')]).borderline).toMatchObject([{ annotation: 'staggering', marked: true }]);
		expect(run(KEY_MARKS).borderline).toMatchObject([{ annotation: 'staggering', marked: false }]);
	});
});

describe('discernment', () => {
	test('counts targets found and sourced passages flagged', () => {
		const zelensky = at('President Volodymyr Zelensky told France 2 that 55,000 Ukrainian soldiers have been killed.');
		const { discernment } = run([at(ACCURATE), zelensky]);
		expect(discernment).toMatchObject({
			manipulativeFound: 1,
			manipulativeTotal: 3,
			sourcedTotal: 2,
			flaggedNearlyEverything: false
		});
		expect(discernment.sourcedFlagged.map((s) => s.annotation)).toEqual(['zelensky-france-2']);
	});

	test('does not count a sourced passage touched at its edge', () => {
		const { discernment } = run([at('Rustem')]);
		expect(discernment.sourcedFlagged).toEqual([]);
	});

	test('says when the student flagged nearly everything', () => {
		expect(run([{ start: 0, end: FAIL_TEXT.length }]).discernment.flaggedNearlyEverything).toBe(true);
		expect(run(KEY_MARKS).discernment.flaggedNearlyEverything).toBe(false);
	});

	test('does not call the key with a few extra marks flagging nearly everything', () => {
		expect(run([...KEY_MARKS, at('The war in Ukraine has reached a grim milestone.')]).discernment.flaggedNearlyEverything).toBe(
			false
		);
	});
});

describe('scoreMark properties', () => {
	const withMarks = markKey('mark').chain((k) => fc.tuple(fc.constant(k), fc.array(rawMark(k.text.length), { maxLength: 8 })));
	const markExercise = (k: MarkKey): MarkExercise => ({
		...exercise,
		targets: k.targets.map((t) => t.annotation),
		borderline: []
	});

	test('scores stay in [0, 1]', () => {
		fc.assert(
			fc.property(withMarks, ([k, marks]) => {
				const { score } = scoreMark(markExercise(k), k, { type: 'mark', marks });
				expect(score).toBeGreaterThanOrEqual(0);
				expect(score).toBeLessThanOrEqual(1);
			})
		);
	});

	test('adding a false mark never raises the score', () => {
		const input = withMarks.chain(([k, marks]) => fc.tuple(fc.constant(k), fc.constant(marks), falseMark(k)));
		fc.assert(
			fc.property(input, ([k, marks, extra]) => {
				if (!extra) return;
				const before = scoreMark(markExercise(k), k, { type: 'mark', marks }).score;
				const after = scoreMark(markExercise(k), k, { type: 'mark', marks: [...marks, extra] }).score;
				expect(after).toBeLessThanOrEqual(before);
			})
		);
	});

	test('one mark over the whole text costs what the targets and every sentence with nothing to find marked apart cost', () => {
		fc.assert(
			fc.property(markKey('mark'), (k) => {
				const passages = [...k.targets, ...k.borderline];
				const empty = splitIntoSentences(k.text).filter((s) => !passages.some((p) => p.start < s.end && s.start < p.end));
				const apart = [...k.targets.map(({ start, end }) => ({ start, end })), ...empty];
				const cost = (marks: TextRange[]) =>
					scoreMark(markExercise(k), k, { type: 'mark', marks }).falseMarks.reduce((sum, m) => sum + m.cost, 0);
				expect(cost([{ start: 0, end: k.text.length }])).toBe(cost(apart));
			})
		);
	});

	/** The sentences of a key's text that hold no target or borderline passage. */
	const emptySentences = (k: MarkKey) =>
		splitIntoSentences(k.text).filter((s) => ![...k.targets, ...k.borderline].some((p) => p.start < s.end && s.start < p.end));
	const costOf = (k: MarkKey, marks: TextRange[]) =>
		scoreMark(markExercise(k), k, { type: 'mark', marks }).falseMarks.reduce((sum, m) => sum + m.cost, 0);

	test('a mark joining a target to sentences with nothing to find costs what marking those sentences apart costs', () => {
		const input = markKey('mark').chain((k) =>
			fc.tuple(fc.constant(k), fc.constantFrom(...k.targets), fc.integer({ min: 0, max: k.text.length }))
		);
		fc.assert(
			fc.property(input, ([k, target, to]) => {
				const joined = { start: Math.min(target.start, to), end: Math.max(target.end, to) };
				const covered = emptySentences(k).filter(
					(s) => 2 * (Math.min(s.end, joined.end) - Math.max(s.start, joined.start)) >= s.end - s.start
				);
				expect(costOf(k, [joined])).toBe(costOf(k, covered));
			})
		);
	});

	test('less than half of a sentence with nothing to find costs nothing joined to a right mark, and a point marked apart', () => {
		const input = markKey('mark').chain((k) => fc.tuple(fc.constant(k), fc.constantFrom(...k.targets), fc.nat()));
		fc.assert(
			fc.property(input, ([k, target, n]) => {
				// The first sentence with nothing to find after the target: nothing between them can cost.
				const next = emptySentences(k).find((s) => s.start >= target.end);
				if (!next || next.end - next.start < 3) return;
				const fragment = { start: next.start, end: next.start + 1 + (n % Math.floor((next.end - next.start - 1) / 2)) };
				expect(costOf(k, [{ start: target.start, end: fragment.end }])).toBe(0);
				expect(costOf(k, [fragment])).toBe(1);
			})
		);
	});

	test('marking the whole text never scores above 0 when there is text with nothing to find', () => {
		fc.assert(
			fc.property(markKey('mark'), (k) => {
				const result = scoreMark(markExercise(k), k, { type: 'mark', marks: [{ start: 0, end: k.text.length }] });
				const passages = [...k.targets, ...k.borderline];
				const free = k.text.split('').some((char, i) => !/\s/.test(char) && !passages.some((p) => p.start <= i && i < p.end));
				if (free) expect(result.score).toBe(0);
			})
		);
	});
});
