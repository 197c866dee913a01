import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fromBase32, toBase32 } from './base32.js';

describe('base32', () => {
	test('reads back any bytes it wrote', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
				expect(fromBase32(toBase32(bytes))).toEqual({ bytes });
			})
		);
	});

	test('writes five bytes as eight characters, the way Crockford spells them', () => {
		expect(toBase32(Uint8Array.from([0, 0, 0, 0, 0]))).toBe('00000000');
		expect(toBase32(Uint8Array.from([255, 255, 255, 255, 255]))).toBe('ZZZZZZZZ');
		expect(toBase32(new TextEncoder().encode('hello'))).toBe('D1JPRV3F');
	});

	test.each([
		['lower case as upper case', 'd1jprv3f'],
		['I and L as 1, O as 0', 'D1JPRV3F'.replace('1', 'l')]
	])('reads %s', (_, text) => {
		expect(fromBase32(text)).toEqual({ bytes: new TextEncoder().encode('hello') });
	});

	test('names the first character that cannot be in a code', () => {
		expect(fromBase32('D1JU!')).toEqual({ invalid: 'U' });
	});
});
