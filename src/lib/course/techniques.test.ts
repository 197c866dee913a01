import { expect, it } from 'vitest';
import { techniquesOf } from './techniques.js';
import type { KeyedExercise } from './types.js';

const passage = (category: string) => ({ annotation: 'x', quote: '', category, explanation: '', start: 0, end: 1 });

it('lists the categories of a mark exercise’s targets once each, sorted', () => {
	const entry = {
		lesson: 'l',
		exercise: { type: 'mark' },
		key: {
			type: 'mark',
			text: '',
			targets: [passage('vague-attribution'), passage('loaded-question'), passage('loaded-question')],
			borderline: [],
			sourced: []
		}
	} as unknown as KeyedExercise;
	expect(techniquesOf(entry)).toEqual(['loaded-question', 'vague-attribution']);
});

it('lists nothing for an exercise about numbers', () => {
	const entry = { lesson: 'l', exercise: { type: 'numeric' }, key: { type: 'numeric' } } as unknown as KeyedExercise;
	expect(techniquesOf(entry)).toEqual([]);
});
