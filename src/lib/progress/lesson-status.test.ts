import { describe, expect, it } from 'vitest';
import type { ProgressState } from './progress.js';
import { lessonStatus } from './lesson-status.js';

const checkedWith = (...scores: number[]) => ({
	answer: null,
	attempts: scores.map((score) => ({ answer: { type: 'numeric' as const, value: 1 }, score })),
	checked: true,
	revealed: false
});

describe('what the course map says about a lesson', () => {
	it('a lesson nobody has touched says "Not started", with no score', () => {
		expect(lessonStatus({}, ['a', 'b'])).toMatchObject({ kind: 'not-started', summary: 'Not started' });
	});

	it('a lesson with every exercise checked but one still wrong is not done', () => {
		const state: ProgressState = { a: checkedWith(1), b: checkedWith(0.5), c: checkedWith(1), d: checkedWith(1) };
		expect(lessonStatus(state, ['a', 'b', 'c', 'd'])).toMatchObject({
			kind: 'started',
			checked: 4,
			right: 3,
			summary: '3 of 4 right · 4 checked'
		});
	});

	it('a lesson is done once every exercise has been right at least once', () => {
		const state: ProgressState = { a: checkedWith(0, 1), b: checkedWith(1) };
		expect(lessonStatus(state, ['a', 'b'])).toMatchObject({ kind: 'done', summary: 'Done: all 2 right' });
	});

	it('an empty lesson is never called done', () => {
		expect(lessonStatus({}, []).kind).toBe('not-started');
	});
});
