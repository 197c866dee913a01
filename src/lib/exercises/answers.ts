// Answers made from an exercise: the empty one a student starts from, and the key's own answer
// (the one that scores 1), which the page can show as the solution and tests use as a fixed point.
import type { Answer, ClassifyKey, Exercise, Key, MarkKey } from './types.js';

export function emptyAnswer(exercise: Exercise): Answer {
	switch (exercise.type) {
		case 'mark':
			return { type: 'mark', marks: [] };
		case 'mark-and-label':
			return { type: 'mark-and-label', marks: [] };
		case 'classify':
			return { type: 'classify', choices: {} };
		case 'match':
			return { type: 'match', pairs: {} };
		case 'choice':
			return { type: 'choice', selected: [] };
		case 'rank':
			return { type: 'rank', order: [] };
		case 'numeric':
			return { type: 'numeric', value: null };
	}
}

export function keyAnswer(exercise: Exercise, key: Key): Answer {
	switch (exercise.type) {
		case 'mark':
			return { type: 'mark', marks: keyOf(key, 'mark').targets.map(({ start, end }) => ({ start, end })) };
		case 'mark-and-label':
			return {
				type: 'mark-and-label',
				marks: keyOf(key, 'mark-and-label').targets.map(({ start, end, category }) => ({ start, end, label: category }))
			};
		case 'classify':
			return { type: 'classify', choices: Object.fromEntries(keyOf(key, 'classify').items.map((i) => [i.id, i.expected])) };
		case 'match':
			return { type: 'match', pairs: { ...exercise.pairs } };
		case 'choice':
			return { type: 'choice', selected: exercise.options.filter((o) => o.correct).map((o) => o.id) };
		case 'rank':
			return { type: 'rank', order: [...exercise.order] };
		case 'numeric':
			return { type: 'numeric', value: exercise.answer };
	}
}

function keyOf(key: Key, type: 'mark' | 'mark-and-label'): MarkKey;
function keyOf(key: Key, type: 'classify'): ClassifyKey;
function keyOf(key: Key, type: Key['type']): Key {
	if (key.type !== type) throw new TypeError(`key is for a ${key.type} exercise, not ${type}`);
	return key;
}
