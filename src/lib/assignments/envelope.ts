// The outside of every code: `SL` + kind letter + format version, a dash, then in base 32 the
// payload's length, the payload and a CRC-32. The prefix is readable so a person (and the
// decoder) can tell an assignment (SLA) from a result (SLR) and an old format from a new one;
// the length tells a code cut short from one with a typo; the checksum catches typos and edits.
//
//   SLR1-<base32( varint length · payload · crc32 big-endian )>
//
// The CRC covers the four prefix characters too, so a result relabelled as an assignment fails.
// Pasted text may have spaces, line breaks, dashes and lower case anywhere, and may be a whole
// link: whatever follows the last "/" is read.
import { ALPHABET, base32Digit, fromBase32, toBase32 } from './base32.js';
import { ByteReader, ByteWriter, PayloadError } from './bytes.js';
import { crc32 } from './crc32.js';
import { altered, CodeError, malformed, notACode, otherVersion, truncated, wrongKind, type CodeKind } from './errors.js';

/** The format of the byte envelope below; bumped when its layout changes. */
export const FORMAT_VERSION = 1;

/**
 * The format versions this copy reads, per kind, newest last. Assignment codes of format 2 are
 * the short ones a person can type (short-assignment-code.ts); they share the prefix, not the envelope.
 * Format 3 (SLA3) is format 1's envelope and payload plus the added case it uses (assignment-code.ts).
 */
export const READ_VERSIONS: Record<CodeKind, readonly number[]> = { assignment: [1, 2, 3], result: [1] };

/**
 * A version digit this far beyond the newest is a typo, not a newer Sidelight: formats change
 * once in years, and "update this copy" would send the teacher the wrong way.
 */
const PLAUSIBLE_NEWER = 3;

const LETTERS: Record<CodeKind, string> = { assignment: 'A', result: 'R' };

/**
 * The longest hand-in an assignment allows (the whole course, unlimited attempts, the 500 checks
 * of each exercise that a code keeps, every one a key-sized answer) measures 329,834 characters;
 * far beyond that is not a code Sidelight made, and refusing it early bounds the work a pasted
 * blob can cause.
 */
export const MAX_CODE_LENGTH = 1_000_000;

/** Characters people and apps put into codes: spaces, line breaks, dashes, soft hyphens, zero-width spaces. */
const SEPARATORS = /[\s\-\u00ad\u2010-\u2015\u200b-\u200d\u2060\ufeff]/g;

/** The checksum's length in bytes. */
const CRC_BYTES = 4;

export function codePrefix(kind: CodeKind, version = FORMAT_VERSION): string {
	return `SL${LETTERS[kind]}${ALPHABET[version]}-`;
}

export interface CodeHead {
	/** The code's version digit, read as Crockford reads it (I and L are 1, O is 0). */
	version: number;
	/** The four prefix characters as the checksum covers them: SL, the kind, the digit as written by Sidelight. */
	head: string;
	/** Everything after the prefix, separators removed. */
	body: string;
}

/** The prefix of a code of the given kind, checked; throws CodeError for anything else. */
export function readHead(text: string, kind: CodeKind): CodeHead {
	const compact = text.slice(text.lastIndexOf('/') + 1).replace(SEPARATORS, '');
	const start = compact.slice(0, 4).toUpperCase();
	const letter = start[2];
	const known = Object.entries(LETTERS).find(([, l]) => l === letter)?.[0] as CodeKind | undefined;
	const version = base32Digit(start[3] ?? '');
	const versions = READ_VERSIONS[kind];
	if (!start.startsWith('SL') || !known || version === undefined) throw notACode(kind, codePrefix(kind), compact === '');
	if (known !== kind) throw wrongKind(kind, known);
	const newest = versions.at(-1)!;
	if (version > newest + PLAUSIBLE_NEWER) throw altered(`“${compact[3]}” after SL${letter} is not a format Sidelight has made`);
	if (!versions.includes(version)) throw otherVersion(version, newest);
	if (compact.length > MAX_CODE_LENGTH) throw malformed('it is far longer than any Sidelight code');
	return { version, head: codePrefix(kind, version).slice(0, 4), body: compact.slice(4) };
}

export function wrapCode(kind: CodeKind, payload: Uint8Array, version = FORMAT_VERSION): string {
	const head = codePrefix(kind, version).slice(0, 4);
	const body = new ByteWriter().uint(payload.length).raw(payload).toBytes();
	const sum = crc32(concat(ascii(head), body));
	const checksum = new Uint8Array(CRC_BYTES);
	new DataView(checksum.buffer).setUint32(0, sum);
	return `${codePrefix(kind, version)}${toBase32(concat(body, checksum))}`;
}

/** The payload of a code of the given kind in the byte envelope; throws CodeError for anything else. */
export function unwrapCode(text: string, kind: CodeKind, expected = FORMAT_VERSION): Uint8Array {
	const { version, head, body: rest } = readHead(text, kind);
	if (version !== expected) throw otherVersion(version, expected);
	const decoded = fromBase32(rest);
	if ('invalid' in decoded) throw altered(`it contains “${decoded.invalid}”, which is never part of a code`);
	const reader = new ByteReader(decoded.bytes);
	let length: number;
	try {
		length = reader.uint();
	} catch {
		throw truncated();
	}
	if (reader.remaining < length + CRC_BYTES) throw truncated();
	if (reader.remaining > length + CRC_BYTES) throw altered();
	const body = decoded.bytes.subarray(0, decoded.bytes.length - CRC_BYTES);
	const sum = new DataView(decoded.bytes.buffer).getUint32(decoded.bytes.length - CRC_BYTES);
	if (crc32(concat(ascii(head), body)) !== sum) throw altered();
	return reader.raw(length);
}

/** Runs a payload reader, turning what it finds impossible into a "malformed" CodeError. */
export function readPayload<T>(payload: Uint8Array, read: (reader: ByteReader) => T): T {
	const reader = new ByteReader(payload);
	try {
		const value = read(reader);
		reader.end();
		return value;
	} catch (error) {
		if (error instanceof CodeError) throw error;
		// Anything else a reader throws means the same: the payload does not say what it should.
		throw malformed(error instanceof PayloadError ? error.message : 'its contents do not hold together');
	}
}

function ascii(text: string): Uint8Array {
	return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
	const out = new Uint8Array(a.length + b.length);
	out.set(a);
	out.set(b, a.length);
	return out;
}
