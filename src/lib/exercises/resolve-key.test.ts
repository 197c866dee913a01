import { describe, expect, test } from 'vitest';
import { resolveKey } from './resolve-key.js';
import { CASE, EXERCISES, FAIL_TEXT, OTHER_CASE } from './testing/fixtures.js';
import type { ClassifyExercise, Exercise, MarkExercise, MarkKey } from './types.js';

const mark = EXERCISES.mark as MarkExercise;

describe('resolveKey', () => {
	test('gives a mark exercise the article text and its targets’ ranges, categories and explanations', () => {
		const key = resolveKey(mark, [CASE]) as MarkKey;
		expect(key.text).toBe(FAIL_TEXT);
		expect(key.targets.map((t) => [t.annotation, t.category, FAIL_TEXT.slice(t.start, t.end)])).toEqual([
			['how-accurate', 'loaded-question', 'But how accurate is it?'],
			['who-benefits', 'loaded-question', 'Who benefits from the silence?'],
			['reports-surfaced', 'vague-attribution', 'Reports have surfaced']
		]);
		expect(key.targets[0].explanation).toBe('Why "But how accurate is it?" is loaded-question.');
		expect(key.borderline.map((b) => b.annotation)).toEqual(['staggering']);
	});

	test('gives the article’s sourced passages for discernment', () => {
		const key = resolveKey(mark, [CASE]) as MarkKey;
		expect(key.sourced.map((s) => s.annotation)).toEqual(['zelensky-france-2', 'umerov']);
	});

	test('leaves out of the sourced passages those the exercise names as targets or borderline', () => {
		const key = resolveKey({ ...mark, targets: ['zelensky-france-2'], borderline: ['umerov'] }, [CASE]) as MarkKey;
		expect(key.sourced).toEqual([]);
	});

	test('finds a classify item’s annotation in any case when the exercise names none', () => {
		const exercise: ClassifyExercise = { ...(EXERCISES.classify as ClassifyExercise), case: undefined };
		const key = resolveKey({ ...exercise, items: [{ id: 'q', annotation: 'how-accurate' }] }, [OTHER_CASE, CASE]);
		expect(key).toMatchObject({ type: 'classify', items: [{ id: 'q', article: 'talks-fail', expected: 'loaded-question' }] });
	});

	test('gives self-contained exercises a key of their type only', () => {
		expect(resolveKey(EXERCISES.rank as Exercise, [CASE])).toEqual({ type: 'rank' });
	});

	test('throws for an annotation the case does not have', () => {
		expect(() => resolveKey({ ...mark, targets: ['gone'] }, [CASE])).toThrow(
			/^exercise "mark-questions": annotation "gone" is not in article "talks-fail"$/
		);
	});

	test('throws for a case that is not loaded', () => {
		expect(() => resolveKey(mark, [])).toThrow(/^exercise "mark-questions": case "ukraine-55000" does not exist$/);
	});
});
