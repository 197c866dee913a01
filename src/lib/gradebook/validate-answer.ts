// Is this stored value an answer? For gradebook backups, which are files a teacher can pick by
// mistake or edit: every field of every answer type is checked, as the scorer relies on them.
import { isObject } from '../content/fields.js';
import { EXERCISE_TYPES, type Answer, type ExerciseType } from '../exercises/types.js';

/** What is wrong with the value as an answer, naming the field, or null. */
export function answerProblem(value: unknown): string | null {
	if (!isObject(value)) return 'should be an answer object';
	const type = value.type as ExerciseType;
	if (!EXERCISE_TYPES.includes(type)) return `.type should be one of ${EXERCISE_TYPES.join(', ')}`;
	const a = value as unknown as Answer;
	switch (a.type) {
		case 'mark':
			return marksProblem(a.marks, false);
		case 'mark-and-label':
			return marksProblem(a.marks, true);
		case 'classify':
			return recordProblem(a.choices, 'choices');
		case 'match':
			return recordProblem(a.pairs, 'pairs');
		case 'choice':
			return stringsProblem(a.selected, 'selected');
		case 'rank':
			return stringsProblem(a.order, 'order');
		case 'numeric':
			return a.value === null || Number.isFinite(a.value) ? null : '.value should be a number or null';
	}
}

function marksProblem(marks: unknown, labelled: boolean): string | null {
	if (!Array.isArray(marks)) return '.marks should be a list';
	const i = marks.findIndex(
		(m) =>
			!isObject(m) ||
			!Number.isInteger(m.start) ||
			!Number.isInteger(m.end) ||
			(labelled && m.label !== null && typeof m.label !== 'string')
	);
	return i === -1 ? null : `.marks[${i}] should be {start, end${labelled ? ', label' : ''}}`;
}

function recordProblem(record: unknown, field: string): string | null {
	if (!isObject(record)) return `.${field} should be an object`;
	const bad = Object.entries(record).find(([, v]) => typeof v !== 'string');
	return bad ? `.${field}.${bad[0]} should be a string` : null;
}

function stringsProblem(list: unknown, field: string): string | null {
	if (!Array.isArray(list)) return `.${field} should be a list`;
	const i = list.findIndex((v) => typeof v !== 'string');
	return i === -1 ? null : `.${field}[${i}] should be a string`;
}
