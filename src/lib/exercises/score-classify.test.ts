import { describe, expect, test } from 'vitest';
import { resolveKey } from './resolve-key.js';
import { scoreClassify } from './score-classify.js';
import { CASE, EXERCISES } from './testing/fixtures.js';
import type { ClassifyExercise, ClassifyKey } from './types.js';

const exercise = EXERCISES.classify as ClassifyExercise;
const key = resolveKey(exercise, [CASE]) as ClassifyKey;
const right = { q: 'loaded-question', v: 'vague-attribution', s: 'sourced', e: 'vague-attribution' };

describe('scoreClassify', () => {
	test.each<[string, Record<string, string>, number]>([
		['all items right scores 1', right, 1],
		['an empty answer scores 0', {}, 0],
		['three of four right scores 3/4', { ...right, s: 'loaded-question' }, 0.75],
		['an unanswered item counts as wrong', { q: right.q, v: right.v }, 0.5],
		['answers for unknown items are ignored', { ...right, extra: 'sourced' }, 1],
		['inherited object keys are not answers', JSON.parse('{"__proto__": "sourced", "constructor": "sourced"}'), 0]
	])('%s', (_, choices, expected) => {
		expect(scoreClassify(exercise, key, { type: 'classify', choices }).score).toBe(expected);
	});

	test('reports each item with the category chosen and the right one', () => {
		const result = scoreClassify(exercise, key, { type: 'classify', choices: { ...right, s: 'loaded-question' } });
		expect(result.items[2]).toEqual({
			id: 's',
			annotation: 'zelensky-france-2',
			chosen: 'loaded-question',
			expected: 'sourced',
			right: false
		});
		expect(result).toMatchObject({ points: 3, maxPoints: 4 });
	});

	test('uses an item’s category override as the right answer', () => {
		const overridden: ClassifyExercise = { ...exercise, items: [{ id: 'q', annotation: 'how-accurate', category: 'sourced' }] };
		const overriddenKey = resolveKey(overridden, [CASE]) as ClassifyKey;
		expect(scoreClassify(overridden, overriddenKey, { type: 'classify', choices: { q: 'sourced' } }).score).toBe(1);
	});
});
