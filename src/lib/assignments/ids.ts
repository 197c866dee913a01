// The two fixed-size fields both codes carry: the assignment id (written as 8 base-32
// characters, stored as its 5 bytes) and the content version (8 hex digits, stored as 4 bytes).
import { fromBase32, toBase32 } from './base32.js';
import type { ByteReader, ByteWriter } from './bytes.js';

/** 40 bits: two assignments of one teacher share an id about once in a trillion; it is no secret. */
const ID_BYTES = 5;
const VERSION_BYTES = 4;

/** Canonical form: the 8 upper-case characters toBase32 writes for 5 bytes. */
export const ASSIGNMENT_ID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{8}$/;
export const CONTENT_VERSION_PATTERN = /^[0-9a-f]{8}$/;

/** Fills a Uint8Array of the given length with random bytes; tests pass a fixed one. */
export type RandomBytes = (length: number) => Uint8Array;

export const cryptoRandomBytes: RandomBytes = (length) => crypto.getRandomValues(new Uint8Array(length));

export function createAssignmentId(random: RandomBytes = cryptoRandomBytes): string {
	const bytes = random(ID_BYTES);
	if (bytes.length !== ID_BYTES) throw new RangeError(`the random source gave ${bytes.length} bytes, not ${ID_BYTES}`);
	return toBase32(bytes);
}

/** Writers expect fields already checked against the patterns above. */
export function writeAssignmentId(writer: ByteWriter, id: string): void {
	const decoded = fromBase32(id);
	if ('invalid' in decoded || !ASSIGNMENT_ID_PATTERN.test(id)) throw new TypeError(`not an assignment id: ${id}`);
	writer.raw(decoded.bytes);
}

export function readAssignmentId(reader: ByteReader): string {
	return toBase32(reader.raw(ID_BYTES));
}

export function writeContentVersion(writer: ByteWriter, version: string): void {
	if (!CONTENT_VERSION_PATTERN.test(version)) throw new TypeError(`not a content version: ${version}`);
	writer.raw(Uint8Array.from(version.match(/../g)!, (pair) => parseInt(pair, 16)));
}

export function readContentVersion(reader: ByteReader): string {
	return Array.from(reader.raw(VERSION_BYTES), (b) => b.toString(16).padStart(2, '0')).join('');
}
