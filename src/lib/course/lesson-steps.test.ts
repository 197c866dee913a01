import { describe, expect, it } from 'vitest';
import { placementsOf, standingOf, standingText, stepGroups, stepToShow, type LessonStep } from './lesson-steps.js';
import { emptyProgress, withCheck } from '../progress/progress.js';

const steps: LessonStep[] = [
	{ n: 1, title: 'The reading', exercises: [] },
	{ n: 2, title: 'Exercises', exercises: ['l1-a', 'l1-b'] },
	{ n: 3, title: 'Recap', exercises: [] }
];
const q = (s: string) => new URLSearchParams(s);
const answer = { type: 'choice' as const, selected: ['x'] };

describe('which step a student sees', () => {
	it('opens step 1 when the address names none, or one that does not exist', () => {
		expect(stepToShow(q(''), steps)).toBe(1);
		expect(stepToShow(q('step=9'), steps)).toBe(1);
		expect(stepToShow(q('step=two'), steps)).toBe(1);
	});
	it('opens the step the address names, so reload and Back keep the place', () => {
		expect(stepToShow(q('step=3'), steps)).toBe(3);
	});
	it('opens the step holding an exercise a link points at', () => {
		expect(stepToShow(q('exercise=l1-b'), steps)).toBe(2);
		expect(stepToShow(q('exercise=nowhere&step=3'), steps)).toBe(3);
	});
	it('shows the whole lesson on one page for step=all', () => {
		expect(stepToShow(q('step=all'), steps)).toBe(0);
	});
});

describe('how far a student is', () => {
	it('does not call a checked exercise finished while it is wrong and has attempts left', () => {
		const once = withCheck(emptyProgress(), answer, 0.5);
		expect(standingOf(undefined, 2)).toBe('not-started');
		expect(standingOf(once, 2)).toBe('to-improve');
		expect(standingOf(withCheck(once, answer, 0.5), 2)).toBe('finished');
		expect(standingOf(withCheck(emptyProgress(), answer, 1), 2)).toBe('finished');
		expect(standingOf({ ...once, revealed: true }, 0)).toBe('finished');
		expect(standingOf(once, 0)).toBe('to-improve');
	});
	it('says how many are finished and how many can still be improved', () => {
		expect(standingText(['finished', 'to-improve', 'not-started'])).toBe('1 of 3 exercises finished, 1 you can still improve');
		expect(standingText(['finished'])).toBe('1 of 1 exercise finished');
	});
});

describe('what a lesson places in each step', () => {
	it('reads articles and exercises with the step they are in, as the build splits them', () => {
		const body = [
			'Before any section.',
			'## The reading',
			"<Articles ids={['talks-fail', 'talks-stall']} highlights={false} />",
			'## Exercises',
			'<Exercise id="l1-a" />',
			'### A part, still step 2',
			'<Exercise id="l1-b" />',
			'## Recap',
			"<Articles show={['sourced']} />"
		].join('\n');
		expect(placementsOf(body)).toEqual([
			{ kind: 'articles', step: 1, ids: ['talks-fail', 'talks-stall'], show: null, highlights: false },
			{ kind: 'exercise', step: 2, id: 'l1-a' },
			{ kind: 'exercise', step: 2, id: 'l1-b' },
			{ kind: 'articles', step: 3, ids: null, show: ['sourced'], highlights: true }
		]);
	});
});

describe('stepGroups', () => {
	const heading = (part: string) => part.startsWith('#');
	it('starts a step at each heading and keeps what comes before the first in step 1', () => {
		expect(stepGroups(['intro', '# A', 'a', '# B', 'b'], heading)).toEqual([
			['intro', '# A', 'a'],
			['# B', 'b']
		]);
	});
	it('makes one step of a lesson without headings, and none of an empty one', () => {
		expect(stepGroups(['a', 'b'], heading)).toEqual([['a', 'b']]);
		expect(stepGroups([], heading)).toEqual([]);
	});
});
