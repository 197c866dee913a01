import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ByteReader, ByteWriter } from './bytes.js';
import { readText, writeText } from './packed-text.js';

function written(text: string): Uint8Array {
	const writer = new ByteWriter();
	writeText(writer, text);
	return writer.toBytes();
}

describe('packed text', () => {
	test('reads back any text, ids and otherwise', () => {
		fc.assert(
			fc.property(fc.oneof(fc.stringMatching(/^[-a-z0-9]*$/), fc.string({ unit: 'grapheme' })), (text) => {
				const reader = new ByteReader(written(text));
				expect(readText(reader)).toBe(text);
				expect(reader.remaining).toBe(0);
			}),
			{ numRuns: 500 }
		);
	});

	test.each([
		['an id of 3n characters in 2n bytes and a length byte', 'mark-questions-ab', 1 + 12],
		['an id of 3n + 1 characters with one byte for the last', 'who-said', 1 + 6],
		['the empty text in one byte', '', 1],
		['a name with capitals as UTF-8', 'Zoë', 1 + 4]
	])('writes %s', (_, text, size) => {
		expect(written(text).length).toBe(size);
	});
});
