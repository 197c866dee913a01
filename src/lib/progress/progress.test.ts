import { describe, expect, it } from 'vitest';
import {
	attemptsLeft,
	emptyProgress,
	lessonProgress,
	parseStoredProgress,
	serializeProgress,
	withAnswer,
	withCheck,
	withoutExercises
} from './progress.js';
import type { Answer } from '../exercises/types.js';

const answer: Answer = { type: 'numeric', value: 55000 };

describe('progress', () => {
	it('records each check as an attempt and shows feedback until the answer changes', () => {
		const checked = withCheck(emptyProgress(), answer, 1);
		expect(checked.attempts).toEqual([{ answer, score: 1 }]);
		expect(checked.checked).toBe(true);
		expect(withAnswer(checked, { type: 'numeric', value: 1 }).checked).toBe(false);
	});

	it('counts attempts left, with 0 meaning unlimited', () => {
		const once = withCheck(emptyProgress(), answer, 0);
		expect(attemptsLeft(once, 2)).toBe(1);
		expect(attemptsLeft(withCheck(once, answer, 0), 2)).toBe(0);
		expect(attemptsLeft(once, 0)).toBe(Infinity);
	});

	it('sums a lesson by best scores, counting unchecked exercises as zero', () => {
		const state = { a: withCheck(withCheck(emptyProgress(), answer, 0.5), answer, 0.25), b: emptyProgress() };
		expect(lessonProgress(state, ['a', 'b', 'c'])).toEqual({ done: 1, total: 3, score: 0.5 / 3 });
	});

	it('resets only the given exercises', () => {
		const state = { a: emptyProgress(), b: emptyProgress() };
		expect(Object.keys(withoutExercises(state, ['a']))).toEqual(['b']);
	});

	it('round-trips through storage', () => {
		const state = { a: withCheck(emptyProgress(), answer, 1) };
		expect(parseStoredProgress(serializeProgress(state))).toEqual(state);
	});

	it.each([
		['nothing stored yet', null, {}],
		['text that is not JSON', '{oops', null],
		['another version', '{"version":99,"exercises":{}}', null]
	])('reads %s safely', (_name, raw, expected) => {
		expect(parseStoredProgress(raw)).toEqual(expected);
	});

	it('drops a damaged entry but keeps the others', () => {
		const raw = JSON.stringify({ version: 1, exercises: { good: emptyProgress(), bad: { attempts: 'x' } } });
		expect(Object.keys(parseStoredProgress(raw)!)).toEqual(['good']);
	});
});
