import { describe, expect, test } from 'vitest';
import { scoreChoice } from './score-choice.js';
import { EXERCISES } from './testing/fixtures.js';
import type { ChoiceExercise } from './types.js';

const single = EXERCISES.choice as ChoiceExercise;
const multiple: ChoiceExercise = {
	...single,
	id: 'named-sources',
	multiple: true,
	options: [
		{ id: 'zelensky', text: 'Zelensky', correct: true, feedback: 'Named, on France 2.' },
		{ id: 'csis', text: 'CSIS', correct: true, feedback: 'A named report.' },
		{ id: 'umerov', text: 'Umerov', correct: true, feedback: 'Named negotiator.' },
		{ id: 'experts', text: 'Many experts', correct: false, feedback: 'Which experts?' },
		{ id: 'reports', text: 'Reports', correct: false, feedback: 'Whose reports?' }
	]
};

describe('scoreChoice', () => {
	test.each<[string, ChoiceExercise, string[], number]>([
		['a single answer scores 1 when right', single, ['zelensky'], 1],
		['a single answer scores 0 when wrong', single, ['umerov'], 0],
		['a single-answer question answered with two options scores 0', single, ['zelensky', 'umerov'], 0],
		['an empty answer scores 0', single, [], 0],
		['all right options and no wrong one score 1', multiple, ['zelensky', 'csis', 'umerov'], 1],
		['two of three right options score 2/3', multiple, ['zelensky', 'csis'], 2 / 3],
		['a wrong option cancels a right one', multiple, ['zelensky', 'csis', 'experts'], 1 / 3],
		[
			'choosing every option scores 1/3 (3 right − 2 wrong)',
			multiple,
			['zelensky', 'csis', 'umerov', 'experts', 'reports'],
			1 / 3
		],
		['more wrong than right floors at 0', multiple, ['zelensky', 'experts', 'reports'], 0],
		['an option chosen twice counts once', multiple, ['zelensky', 'zelensky'], 1 / 3],
		['unknown option ids are ignored', multiple, ['zelensky', 'gone'], 1 / 3],
		['an empty multiple answer scores 0', multiple, [], 0]
	])('%s', (_, exercise, selected, expected) => {
		expect(scoreChoice(exercise, { type: 'choice', selected }).score).toBeCloseTo(expected, 10);
	});

	test('gives the feedback of every option with whether it was chosen and is correct', () => {
		const result = scoreChoice(single, { type: 'choice', selected: ['umerov'] });
		expect(result.options).toEqual([
			{ id: 'zelensky', selected: false, correct: true, feedback: 'Yes: in a France 2 interview.' },
			{ id: 'umerov', selected: true, correct: false, feedback: 'He led the talks.' },
			{ id: 'csis', selected: false, correct: false, feedback: 'CSIS estimated casualties, not this figure.' }
		]);
	});

	test('counts points out of the number of right options', () => {
		expect(scoreChoice(multiple, { type: 'choice', selected: ['csis'] })).toMatchObject({
			points: 1,
			maxPoints: 3,
			correct: false
		});
	});
});
