// How a problem reads to an author: file and line, the id, the field once, then what is wrong.
import { describe, expect, it } from 'vitest';
import { ContentError, explainProblem, formatProblem } from './problems.js';

describe('explainProblem', () => {
	it('names the field once, even when the message starts with it', () => {
		const line = explainProblem({
			file: 'lessons/course/02-loaded-questions/exercises.json',
			line: 71,
			id: 'l2-question-or-claim',
			path: [2, 'items', 0, 'annotation'],
			message: 'items[0].annotation: annotation "a-how-many-missing" does not exist in any case'
		});
		expect(line).toBe(
			'lessons/course/02-loaded-questions/exercises.json:71: "l2-question-or-claim" ([2].items[0].annotation) annotation "a-how-many-missing" does not exist in any case'
		);
	});

	it('keeps a message whose opening words only look like a field', () => {
		const line = explainProblem({ file: 'a.json', path: ['title'], message: 'note: title should be short' });
		expect(line).toBe('a.json: (title) note: title should be short');
	});
});

describe('formatProblem', () => {
	it('marks a warning, and leaves errors plain', () => {
		expect(formatProblem({ file: 'a.json', path: [], severity: 'warning', message: 'is not read' })).toBe(
			'a.json: warning: is not read'
		);
		expect(formatProblem({ file: 'a.json', path: [], severity: 'error', message: 'is missing' })).toBe('a.json: is missing');
	});
});

describe('ContentError', () => {
	it('folds references to broken annotations into one closing line', () => {
		const error = new ContentError([{ file: 'a.json', path: [], message: 'is missing' }], 3);
		expect(error.message).toBe(
			'1 content problem:\n  a.json: is missing\n  3 references to annotations with problems above were not checked'
		);
	});
});
