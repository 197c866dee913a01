// SCORM 1.2 responses in the formats the data model and Kolibri's shim accept (CMIFeedback):
// single characters for choice, matching and sequencing, at most 255 characters for anything.
import { describe, expect, it } from 'vitest';
import { keyAnswer } from '../exercises/answers.js';
import { courseExercises } from '../scorm/testing.js';
import { MAX_FEEDBACK, rangesResponse, scormInteraction } from './interaction-kinds.js';

const FORMATS = {
	choice: /^([0-9a-z](,[0-9a-z])*)?$/,
	sequencing: /^([0-9a-z](,[0-9a-z])*)?$/,
	matching: /^([0-9a-z]\.[0-9a-z](,[0-9a-z]\.[0-9a-z])*)?$/,
	numeric: /^-?\d+(\.\d+)?$/,
	performance: /^[^]{0,255}$/
};

describe('SCORM 1.2 interaction responses', () => {
	for (const { exercise, key } of courseExercises()) {
		it(`writes ${exercise.id}'s answer in its type's format`, () => {
			const { type, response } = scormInteraction(exercise, keyAnswer(exercise, key));
			expect(response).toMatch(FORMATS[type]);
			expect(response.length).toBeLessThanOrEqual(MAX_FEEDBACK);
		});
	}

	it('cuts a long list of marks at a whole mark and says how many more there were', () => {
		const parts = Array.from({ length: 40 }, (_, i) => `${i * 1000}-${i * 1000 + 999}`);
		const text = rangesResponse(parts);
		expect(text.length).toBeLessThanOrEqual(MAX_FEEDBACK);
		const kept = text.split(';');
		expect(kept.at(-1)).toBe(`+${40 - (kept.length - 1)}`);
		expect(parts.slice(0, kept.length - 1)).toEqual(kept.slice(0, -1));
	});
});
