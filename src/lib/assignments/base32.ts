// Crockford's base 32 (https://www.crockford.com/base32.html): digits and upper-case letters
// without I, L, O and U, so a code read aloud, copied by hand or typed from a projector has no
// look-alikes. Reading is forgiving as Crockford specifies: lower case is upper case, and I, L
// and O are read as 1, 1 and 0. Every character is also in the QR code's alphanumeric set, which
// stores 5.5 bits per character against 8 for base64, so a code makes a smaller QR code.

export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const VALUES = new Map<string, number>([
	...[...ALPHABET].map((c, i) => [c, i] as [string, number]),
	['I', 1],
	['L', 1],
	['O', 0]
]);

/** The value of one base-32 character, read as fromBase32 reads it, or undefined. */
export function base32Digit(char: string): number | undefined {
	return VALUES.get(char.toUpperCase());
}

/** Most significant bit first; the last character is padded with zero bits. */
export function toBase32(bytes: Uint8Array): string {
	let out = '';
	let buffer = 0;
	let bits = 0;
	for (const byte of bytes) {
		buffer = (buffer << 8) | byte;
		bits += 8;
		while (bits >= 5) {
			bits -= 5;
			out += ALPHABET[(buffer >>> bits) & 31];
		}
		buffer &= (1 << bits) - 1;
	}
	if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
	return out;
}

/**
 * The bytes a base-32 text holds (case-insensitive, I/L/O read as 1/1/0), or the first character
 * that cannot be in one. Trailing bits that do not make a whole byte are padding, and dropped.
 */
export function fromBase32(text: string): { bytes: Uint8Array } | { invalid: string } {
	const bytes = new Uint8Array(Math.floor((text.length * 5) / 8));
	let buffer = 0;
	let bits = 0;
	let at = 0;
	for (const char of text) {
		const value = VALUES.get(char.toUpperCase());
		if (value === undefined) return { invalid: char };
		buffer = (buffer << 5) | value;
		bits += 5;
		if (bits >= 8) {
			bits -= 8;
			bytes[at++] = (buffer >>> bits) & 0xff;
		}
		buffer &= (1 << bits) - 1;
	}
	return { bytes };
}
