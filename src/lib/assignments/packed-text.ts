// Ids in three-quarters of the space. Exercise, option and category ids are lower-case words,
// digits and hyphens (ID_PATTERN), 37 symbols, so three of them fit in 16 bits (37³ = 50,653 <
// 65,536), as DEC's RADIX-50 packed file names. Exercise ids make up most of a result code, and
// packing them is what keeps 10 exercises × 2 attempts under 1,000 characters without a
// compression library. Any other text is written as UTF-8; a flag in the length says which.
import { PayloadError, type ByteReader, type ByteWriter } from './bytes.js';

const SYMBOLS = '-0123456789abcdefghijklmnopqrstuvwxyz';
const PACKABLE = /^[-0-9a-z]*$/;
const BASE = SYMBOLS.length;
/** fatal: invalid UTF-8 is a damaged payload, not text to patch with U+FFFD. */
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Varint of length × 2 + 1 and the packed symbols, or length × 2 and UTF-8. */
export function writeText(writer: ByteWriter, text: string): void {
	if (!PACKABLE.test(text)) {
		const utf8 = new TextEncoder().encode(text);
		writer.uint(utf8.length * 2).raw(utf8);
		return;
	}
	writer.uint(text.length * 2 + 1);
	const digits = Array.from(text, (c) => SYMBOLS.indexOf(c));
	for (let i = 0; i < digits.length; i += 3) {
		const group = digits.slice(i, i + 3);
		const value = group.reduce((sum, d) => sum * BASE + d, 0);
		// A whole group takes 2 bytes; a last group of 1 symbol takes 1, of 2 symbols takes 2.
		if (group.length === 1) writer.byte(value);
		else writer.byte(value >> 8).byte(value & 0xff);
	}
}

export function readText(reader: ByteReader): string {
	const header = reader.uint();
	const length = Math.floor(header / 2);
	if (header % 2 === 0) {
		const utf8 = reader.raw(length);
		try {
			return decoder.decode(utf8);
		} catch {
			throw new PayloadError('a text is not valid UTF-8');
		}
	}
	if (length > reader.remaining * 2) throw new PayloadError('it ends in the middle of a value');
	let text = '';
	for (let i = 0; i < length; i += 3) {
		const size = Math.min(3, length - i);
		let value = size === 1 ? reader.byte() : reader.byte() * 256 + reader.byte();
		if (value >= BASE ** size) throw new PayloadError('an id holds a character Sidelight does not write');
		let group = '';
		for (let k = 0; k < size; k++) {
			group = SYMBOLS[value % BASE] + group;
			value = Math.floor(value / BASE);
		}
		text += group;
	}
	return text;
}
