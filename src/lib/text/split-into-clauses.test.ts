import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isWordAt } from './characters.js';
import { splitIntoClauses } from './split-into-clauses.js';

function clauses(text: string) {
	return splitIntoClauses(text).map((c) => text.slice(c.start, c.end));
}

describe('splitIntoClauses', () => {
	test.each([
		[
			'keeps a short sentence whole even when it has commas',
			'Who is counting, and who benefits?',
			['Who is counting, and who benefits?']
		],
		[
			'splits a long sentence after commas, keeping each comma with its clause',
			'The war in Ukraine has reached a grim milestone, with President Volodymyr Zelensky recently disclosing that 55,000 soldiers have been killed.',
			[
				'The war in Ukraine has reached a grim milestone,',
				'with President Volodymyr Zelensky recently disclosing that 55,000 soldiers have been killed.'
			]
		],
		[
			'cuts after a curly closing quote that follows a comma, and joins a one-word opener to the next clause',
			'Yet, as Kyiv hails the talks as ‘productive,’ the reality on the ground is far more complex.',
			['Yet, as Kyiv hails the talks as ‘productive,’', 'the reality on the ground is far more complex.']
		],
		[
			'splits at em dashes and semicolons',
			'But Trump’s foreign policy—marked by tariffs and sanctions—has left many questioning his motives; few say so openly in Kyiv.',
			[
				'But Trump’s foreign policy—',
				'marked by tariffs and sanctions—',
				'has left many questioning his motives;',
				'few say so openly in Kyiv.'
			]
		],
		[
			'does not split numbers, times or ranges',
			'Between 500,000 and 600,000 soldiers were wounded at 10:30 in the 2025–2026 winter offensive near the eastern front line.',
			[
				'Between 500,000 and 600,000 soldiers were wounded at 10:30 in the 2025–2026 winter offensive near the eastern front line.'
			]
		],
		[
			'joins a short last clause to the one before it',
			'Moscow demands that Kyiv withdraw its troops from the whole of the Donbas region, as before.',
			['Moscow demands that Kyiv withdraw its troops from the whole of the Donbas region, as before.']
		],
		[
			'treats a paragraph break as a boundary between clauses',
			'Members of the US delegation\nattend the talks in Abu Dhabi',
			['Members of the US delegation', 'attend the talks in Abu Dhabi']
		]
	])('%s', (_, text, expected) => {
		expect(clauses(text)).toEqual(expected);
	});

	test('numbers each clause with the sentence it belongs to', () => {
		const text =
			'Short one. The discussions, mediated by the United States, have so far avoided a breakthrough but have brought all three parties together.';
		expect(splitIntoClauses(text).map((c) => c.sentence)).toEqual([0, 1, 1]);
	});

	test('puts every word in exactly one clause, in order, with no empty or padded clause', () => {
		const char = fc.constantFrom(...'abc 1,.;:?!—–-“”‘’"\n');
		fc.assert(
			fc.property(fc.string({ unit: char, maxLength: 200 }), (text) => {
				const found = splitIntoClauses(text);
				let previousEnd = 0;
				for (const clause of found) {
					expect(clause.start).toBeGreaterThanOrEqual(previousEnd);
					expect(clause.end).toBeGreaterThan(clause.start);
					expect(text[clause.start]).not.toMatch(/\s/);
					expect(text[clause.end - 1]).not.toMatch(/\s/);
					previousEnd = clause.end;
				}
				for (let i = 0; i < text.length; i++) {
					if (isWordAt(text, i)) expect(found.filter((c) => c.start <= i && i < c.end)).toHaveLength(1);
				}
			}),
			{ numRuns: 300 }
		);
	});
});
