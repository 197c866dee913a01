import { describe, expect, it } from 'vitest';
import { handIn } from './hand-in.js';
import { emptyProgress, withAnswer, withCheck } from './progress.js';
import type { Assignment } from '../assignments/types.js';
import type { Answer } from '../exercises/types.js';

const assignment: Assignment = {
	id: 'ABCDEFGH',
	title: 'Homework',
	exercises: ['a', 'b', 'c'],
	feedback: 'after',
	attempts: 1,
	counts: 'best',
	contentVersion: '0123abcd'
};
const answer = (value: number): Answer => ({ type: 'numeric', value });
const now = new Date('2026-02-05T10:00:00.000Z');

describe('handIn', () => {
	it('carries every checked attempt, with the score the page showed for display only', () => {
		const state = { a: withCheck(emptyProgress(), answer(1), 0.5) };
		expect(handIn(assignment, state, ' Ada ', now)).toEqual({
			assignmentId: 'ABCDEFGH',
			contentVersion: '0123abcd',
			student: 'Ada',
			handedInAt: '2026-02-05T10:00:00.000Z',
			answers: { a: [{ answer: answer(1), seen: 50 }] }
		});
	});

	it('adds an answer never checked while attempts remain, so work is not lost', () => {
		const state = { b: withAnswer(emptyProgress(), answer(2)) };
		expect(handIn(assignment, state, 'Ada', now).answers).toEqual({ b: [{ answer: answer(2) }] });
	});

	it('does not add an unchecked answer beyond the attempts allowed', () => {
		const state = { a: withAnswer(withCheck(emptyProgress(), answer(1), 0), answer(3)) };
		expect(handIn(assignment, state, 'Ada', now).answers.a).toHaveLength(1);
	});

	it('leaves out exercises not assigned or not tried', () => {
		const state = { x: withCheck(emptyProgress(), answer(1), 1), c: emptyProgress() };
		expect(handIn(assignment, state, 'Ada', now).answers).toEqual({});
	});
});

describe('handIn with unlimited attempts', () => {
	it('keeps the first 500 checks of an exercise, as many as a code carries', () => {
		let entry = emptyProgress();
		for (let i = 0; i < 510; i++) entry = withCheck(entry, answer(i), 0);
		const result = handIn({ ...assignment, attempts: 0 }, { a: entry }, 'Ada', now);
		expect(result.answers.a).toHaveLength(500);
		expect(result.answers.a[499].answer).toEqual(answer(499));
	});
});
