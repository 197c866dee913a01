import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { resolveKey } from './resolve-key.js';
import { scoreMarkAndLabel } from './score-mark-and-label.js';
import { falseMark, markKey } from './testing/arbitraries.js';
import { CASE, EXERCISES, FAIL_TEXT, rangeOf } from './testing/fixtures.js';
import type { LabelledMark, MarkAndLabelExercise, MarkKey } from './types.js';

const exercise = EXERCISES['mark-and-label'] as MarkAndLabelExercise;
const key = resolveKey(exercise, [CASE]) as MarkKey;
const mark = (quote: string, label: string | null): LabelledMark => ({ ...rangeOf(FAIL_TEXT, quote), label });

const ACCURATE = 'But how accurate is it?';
const BENEFITS = 'Who benefits from the silence?';
const REPORTS = 'Reports have surfaced';
const KEY_MARKS = [mark(ACCURATE, 'loaded-question'), mark(BENEFITS, 'loaded-question'), mark(REPORTS, 'vague-attribution')];

function run(marks: LabelledMark[]) {
	return scoreMarkAndLabel(exercise, key, { type: 'mark-and-label', marks });
}

describe('scoreMarkAndLabel', () => {
	test.each<[string, LabelledMark[], number]>([
		['the key scores 1', KEY_MARKS, 1],
		['an empty answer scores 0', [], 0],
		[
			'a found target with the wrong label earns half a point',
			[...KEY_MARKS.slice(0, 2), mark(REPORTS, 'loaded-question')],
			2.5 / 3
		],
		['a found target with no label yet earns half a point', KEY_MARKS.map((m) => ({ ...m, label: null })), 0.5],
		[
			'a target marked once under each of two labels earns half a point',
			[...KEY_MARKS, mark(REPORTS, 'emotive-language')],
			2.5 / 3
		],
		[
			'the label that covers most of the target decides',
			[...KEY_MARKS.slice(0, 2), mark(REPORTS, 'emotive-language'), mark('Reports', 'vague-attribution')],
			2.5 / 3
		],
		['a false mark costs a point whatever its label', [...KEY_MARKS, mark('Sunday', 'vague-attribution')], 2 / 3],
		['the score never drops below zero', [mark(REPORTS, 'loaded-question'), mark('grim', null), mark('Sunday', 'sourced')], 0],
		['marking a borderline passage under any label neither earns nor costs', [...KEY_MARKS, mark('staggering', 'sourced')], 1],
		['marking the whole text scores 0', [{ start: 0, end: FAIL_TEXT.length, label: 'loaded-question' }], 0]
	])('%s', (_, marks, expected) => {
		expect(run(marks).score).toBeCloseTo(expected, 10);
	});

	test('reports the label given and the credit for each target', () => {
		const result = run([mark(ACCURATE, 'loaded-question'), mark(REPORTS, 'emotive-language')]);
		expect(result.targets.map((t) => [t.annotation, t.labelGiven, t.labelRight, t.credit])).toEqual([
			['how-accurate', 'loaded-question', true, 1],
			['who-benefits', null, false, 0],
			['reports-surfaced', 'emotive-language', false, 0.5]
		]);
		expect(result).toMatchObject({ points: 1.5, maxPoints: 3 });
	});
});

describe('scoreMarkAndLabel properties', () => {
	const labelExercise = (k: MarkKey): MarkAndLabelExercise => ({
		...exercise,
		targets: k.targets.map((t) => t.annotation),
		borderline: []
	});
	const keyMarks = (k: MarkKey) => k.targets.map(({ start, end, category }) => ({ start, end, label: category }));

	test('the key scores 1', () => {
		fc.assert(
			fc.property(markKey('mark-and-label'), (k) => {
				expect(scoreMarkAndLabel(labelExercise(k), k, { type: 'mark-and-label', marks: keyMarks(k) }).score).toBe(1);
			})
		);
	});

	test('adding a false mark never raises the score', () => {
		const input = markKey('mark-and-label').chain((k) =>
			fc.tuple(fc.constant(k), falseMark(k), fc.constantFrom(null, 'sourced'))
		);
		fc.assert(
			fc.property(input, ([k, extra, label]) => {
				if (!extra) return;
				const marks = keyMarks(k).slice(1);
				const before = scoreMarkAndLabel(labelExercise(k), k, { type: 'mark-and-label', marks }).score;
				const after = scoreMarkAndLabel(labelExercise(k), k, {
					type: 'mark-and-label',
					marks: [...marks, { ...extra, label }]
				}).score;
				expect(after).toBeLessThanOrEqual(before);
			})
		);
	});
});
