import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { EXERCISE_TYPES, type Exercise } from '../types.js';
import { answerProblem, emptyAnswer, keyAnswer, startingAnswer } from '../answers.js';
import { answerFor, exerciseWithKey } from '../testing/arbitraries.js';
import { KINDS } from './index.js';
import type { Kind } from './kind.js';

// Listed as a record over the interface's keys, so a member added to Kind fails type-checking here
// until this test knows about it.
const MEMBERS = {
	type: true,
	name: true,
	fields: true,
	read: true,
	resolveKey: true,
	score: true,
	emptyAnswer: true,
	startingAnswer: true,
	keyAnswer: true,
	answerProblem: true,
	feedback: true,
	summary: true,
	choices: true,
	encode: true,
	decode: true,
	targets: true,
	targetOutcomes: true,
	wrongParts: true,
	techniques: true,
	keyInWords: true,
	interaction: true,
	withoutAnnotation: true,
	withArticleRenamed: true
} satisfies Record<keyof Kind, true>;

describe('the registry of exercise types', () => {
	test('has one kind for every exercise type, filed under its own type', () => {
		expect(Object.keys(KINDS).sort()).toEqual([...EXERCISE_TYPES].sort());
		for (const type of EXERCISE_TYPES) expect(KINDS[type].type).toBe(type);
	});

	test.each(EXERCISE_TYPES)('the %s kind implements every member', (type) => {
		const kind = KINDS[type];
		for (const member of Object.keys(MEMBERS) as (keyof Kind)[]) {
			expect(kind[member], `${type}.${member}`).toBeDefined();
			if (!['type', 'name', 'fields', 'interaction'].includes(member))
				expect(typeof kind[member], `${type}.${member}`).toBe('function');
		}
		expect(kind.name.length).toBeGreaterThan(0);
		expect(kind.fields.length).toBeGreaterThan(0);
	});

	test('names each interaction as SCORM 1.2 and xAPI do', () => {
		const scorm = Object.fromEntries(EXERCISE_TYPES.map((t) => [t, KINDS[t].interaction.scorm]));
		expect(scorm).toEqual({
			mark: 'performance',
			'mark-and-label': 'performance',
			classify: 'matching',
			match: 'matching',
			choice: 'choice',
			rank: 'sequencing',
			numeric: 'numeric'
		});
		for (const t of EXERCISE_TYPES) expect(KINDS[t].interaction.xapi).toBe(KINDS[t].interaction.scorm);
	});
});

describe('answerProblem', () => {
	const numeric = { id: 'how-many', type: 'numeric', prompt: '', attempts: 2, answer: 3, tolerance: 0 } satisfies Exercise;
	const choice = { id: 'who', type: 'choice', prompt: '', attempts: 2, multiple: false, options: [] } satisfies Exercise;

	test('accepts the empty answer of every type it is given', () => {
		expect(answerProblem(numeric, emptyAnswer(numeric))).toBeNull();
		expect(answerProblem(choice, emptyAnswer(choice))).toBeNull();
	});

	test('says when a stored answer is for another type of exercise', () => {
		expect(answerProblem(numeric, { type: 'choice', selected: [] })).toBe(
			'the answer is for a choice exercise, but "how-many" is a numeric exercise'
		);
	});

	test('says what is wrong with an answer of the right type but the wrong shape', () => {
		expect(answerProblem(numeric, { type: 'numeric', value: '3' })).toBe('value should be a number or null');
		expect(answerProblem(choice, { type: 'choice', selected: [1] })).toBe('selected should be a list of ids');
		expect(answerProblem(choice, null)).toBe('an answer should be an object');
	});
});

describe('every kind, on any exercise of its type', () => {
	test('takes its own empty, starting and key answers, and any answer a page could save, as answers', () => {
		fc.assert(
			fc.property(
				exerciseWithKey.chain(([exercise, key]) => fc.tuple(fc.constant(exercise), fc.constant(key), answerFor(exercise, key))),
				([exercise, key, answer]) => {
					for (const a of [emptyAnswer(exercise), startingAnswer(exercise), keyAnswer(exercise, key), answer])
						expect(answerProblem(exercise, a)).toBeNull();
				}
			)
		);
	});
});
