import { describe, expect, test } from 'vitest';
import { crc32 } from './crc32.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('crc32', () => {
	test.each([
		['the empty input', '', 0x00000000],
		['the standard check string "123456789"', '123456789', 0xcbf43926],
		['"The quick brown fox jumps over the lazy dog"', 'The quick brown fox jumps over the lazy dog', 0x414fa339]
	])('gives the published value for %s', (_, text, expected) => {
		expect(crc32(bytes(text))).toBe(expected);
	});
});
