import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { snapToWords } from './snap-to-words.js';

const text =
	'Yet, as Kyiv hails the talks as ‘productive,’ the reality is far more complex. “How many more are missing?” ' +
	'Zelensky’s claim of 55,000 dead (up from 46,000) is “a jump”.\nReports have surfaced…';

/** The range of `part` in `text` (first occurrence), widened by the given characters on each side. */
function at(part: string, before = 0, after = 0) {
	const start = text.indexOf(part);
	if (start === -1) throw new Error(`not in text: ${part}`);
	return { start: start - before, end: start + part.length + after };
}

function snapped(range: { start: number; end: number }) {
	const result = snapToWords(text, range);
	return result && text.slice(result.start, result.end);
}

describe('snapToWords', () => {
	test.each([
		[
			'widens a selection that starts and ends mid-word to whole words',
			{ start: at('Kyiv').start + 2, end: at('talks').start + 3 },
			'Kyiv hails the talks'
		],
		['trims the space and comma a drag sweeps up', at(' as Kyiv hails the talks as ', 0, 0), 'as Kyiv hails the talks as'],
		['drops a comma after the last word', at('Yet,'), 'Yet'],
		[
			'keeps a question mark and a closing quote that close the passage',
			at('“How many more are missing?”'),
			'“How many more are missing?”'
		],
		['drops an opening quote whose closing quote was not selected', at('“How many more'), 'How many more'],
		['drops a closing quote whose opening quote was not selected', at('are missing?”'), 'are missing?'],
		[
			'keeps a word with a curly apostrophe whole',
			{ start: at('Zelensky’s').start + 9, end: at('Zelensky’s').end },
			'Zelensky’s'
		],
		['keeps a number with a thousands separator whole', { start: at('55,000').start + 4, end: at('55,000').end }, '55,000'],
		['keeps brackets that open and close inside the selection', at('(up from 46,000)'), '(up from 46,000)'],
		['drops a bracket that only opens', at('(up from', 0, 0), 'up from'],
		['keeps a curly quoted phrase with its quotes', at('“a jump”'), '“a jump”'],
		['keeps the full stop after a closing quote', at('“a jump”.'), '“a jump”.'],
		[
			'does not cross a line break it did not select',
			at('dead (up from 46,000) is “a jump”.\n', 0, 0),
			'dead (up from 46,000) is “a jump”.'
		],
		['keeps an ellipsis at the end', at('surfaced…'), 'surfaced…'],
		['accepts a selection made backwards', { start: at('the reality').end, end: at('the reality').start }, 'the reality']
	])('%s', (_, range, expected) => {
		expect(snapped(range)).toBe(expected);
	});

	test('selects the word under a tap', () => {
		expect(snapped({ start: at('reality').start + 3, end: at('reality').start + 3 })).toBe('reality');
	});

	test('selects the word a tap lands just after', () => {
		expect(snapped({ start: at('reality').end, end: at('reality').end })).toBe('reality');
	});

	test.each([
		['returns null for a selection of spaces and punctuation', at(', ')],
		['returns null for a tap on a space after a quote', { start: at('” Z').start + 1, end: at('” Z').start + 1 }]
	])('%s', (_, range) => {
		expect(snapToWords(text, range)).toBeNull();
	});

	test('clamps a selection that runs past the end of the text', () => {
		expect(snapped({ start: text.length - 9, end: text.length + 50 })).toBe('surfaced…');
	});

	test('is idempotent and stays inside the selection’s words', () => {
		const arbitraryRange = fc
			.tuple(fc.integer({ min: 0, max: text.length }), fc.integer({ min: 0, max: text.length }))
			.map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
		fc.assert(
			fc.property(arbitraryRange, (range) => {
				const once = snapToWords(text, range);
				if (!once) return;
				expect(once.start).toBeLessThan(once.end);
				expect(text[once.start]).not.toMatch(/\s/);
				expect(text[once.end - 1]).not.toMatch(/\s/);
				expect(snapToWords(text, once)).toEqual(once);
			})
		);
	});

	test('is idempotent on any mix of words, quotes, brackets and punctuation', () => {
		const char = fc.constantFrom(...'ab1 ,.?!…“”‘’"\'()-—\n');
		const input = fc
			.string({ unit: char, maxLength: 40 })
			.chain((t) => fc.tuple(fc.constant(t), fc.integer({ min: 0, max: t.length }), fc.integer({ min: 0, max: t.length })));
		fc.assert(
			fc.property(input, ([t, a, b]) => {
				const once = snapToWords(t, { start: a, end: b });
				if (once) expect(snapToWords(t, once)).toEqual(once);
			}),
			{ numRuns: 500 }
		);
	});
});
