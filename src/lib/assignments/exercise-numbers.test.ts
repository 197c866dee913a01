import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../build/load-content.js';
import { exerciseNumbersProblem, parseExerciseNumbers } from './exercise-numbers.js';

describe('exercise numbers', () => {
	test('reads numbers and ids, skipping comments and blank lines', () => {
		const { numbers, problems } = parseExerciseNumbers('# comment\n1 l1-a\n\n2 l2-b\n');
		expect(problems).toEqual([]);
		expect(numbers.ids).toEqual(['l1-a', 'l2-b']);
		expect(numbers.numberOf.get('l2-b')).toBe(2);
	});

	test.each([
		['a gap in the numbers', '1 a\n3 b', /:2: the number should be 2/],
		['an id listed twice', '1 a\n2 a', /:2: “a” already has number 1/],
		['a line without a number', 'a', /:1: “a” should be a number, a space and an exercise id/],
		['an id that is not one', '1 A_B', /:1: “A_B” is not an exercise id/]
	])('names the file and line of %s', (_, text, message) => {
		expect(parseExerciseNumbers(text).problems.join('\n')).toMatch(message);
	});

	test('says exactly which lines to add for exercises another author added', () => {
		expect(exerciseNumbersProblem('1 a\n2 b\n', ['a', 'new-one', 'b', 'new-two'])).toBe(
			[
				'lessons/exercise-numbers.txt: 2 exercises have no permanent number, so short assignment codes cannot name them. Add these lines at the end of the file (and change no other line):',
				'  3 new-one',
				'  4 new-two'
			].join('\n')
		);
		expect(exerciseNumbersProblem('1 a\n2 b\n', ['b', 'a'])).toBeNull();
	});

	test('the shipped course has a number for every exercise', () => {
		const text = readFileSync('lessons/exercise-numbers.txt', 'utf8');
		const ids = loadContent().exercises.map((e) => e.exercise.id);
		expect(exerciseNumbersProblem(text, ids)).toBeNull();
	});
});
