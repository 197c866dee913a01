import { describe, expect, test } from 'vitest';
import { studentKey } from './student-name.js';

describe('studentKey', () => {
	test.each([
		['ignores case', 'Zoë Martin', 'ZOË MARTIN'],
		['trims and collapses spaces, tabs and line breaks', 'Zoë Martin', '  Zoë \t\n Martin '],
		['composes accents typed as two code points', 'Zoë Martin', 'Zoe\u0308 Martin']
	])('%s', (_, a, b) => {
		expect(studentKey(a)).toBe(studentKey(b));
	});

	test('keeps different names apart', () => {
		expect(studentKey('Zoë Martin')).not.toBe(studentKey('Zoe Martin'));
		expect(studentKey('Zoë Martin')).not.toBe(studentKey('Zoë M.'));
	});
});
