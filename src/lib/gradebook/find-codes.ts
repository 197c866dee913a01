// Teachers paste result codes from chat, e-mail and documents, with whatever the message has
// around them: "Here is mine: SLR1-….", quotes, brackets, backticks, "> " quoting, "[10:41] Zoë:"
// prefixes, commas between codes, lines wrapped by a mail program. A code starts at its prefix
// (SLR1-, or SLA…- for an assignment code pasted by mistake; the digit may be typed I, L or O)
// and a result code says its own length in its first characters, so exactly that many code
// characters are taken, across spaces and line breaks, and nothing after them: a trailing full
// stop or "thanks" is never glued on, and text without a prefix is not reported at all.
import { ALPHABET, base32Digit, fromBase32 } from '../assignments/base32.js';
import { ByteReader } from '../assignments/bytes.js';
import { CodeError, type CodeKind } from '../assignments/errors.js';
import { unwrapCode } from '../assignments/envelope.js';

export interface FoundCode {
	kind: CodeKind;
	/** The code as Sidelight writes it: canonical prefix, no separators. */
	code: string;
}

const PREFIX = /SL([AR])([0-9A-Z])[ \t]*[-\u2010-\u2015]/gi;
/** Inside a code: spaces, soft hyphens, zero-width characters (not line breaks: see below). */
const INNER = /[ \t\u00a0\u00ad\u200b-\u200d\u2060\ufeff-]/;
/** At the start of a wrapped line: e-mail quoting (">", "> >") and indentation. */
const QUOTING = /^[ \t]*(?:>[ \t]*)*/;
/** The checksum's length in bytes (envelope.ts). */
const CRC_BYTES = 4;

/** The codes in a pasted text, in order. */
export function findCodes(text: string): FoundCode[] {
	const found: FoundCode[] = [];
	let consumed = 0;
	for (const match of text.matchAll(PREFIX)) {
		if (match.index < consumed) continue;
		const version = base32Digit(match[2]);
		if (version === undefined) continue;
		const kind: CodeKind = match[1].toUpperCase() === 'A' ? 'assignment' : 'result';
		const prefix = `SL${match[1].toUpperCase()}${ALPHABET[version]}-`;
		const { body, end } = readBody(text, match.index + match[0].length, prefix, kind);
		consumed = end;
		found.push({ kind, code: prefix + body });
	}
	return found;
}

/**
 * The code characters after a prefix: as many as the code's length says (for codes of the byte
 * envelope), else the characters up to the first line break or punctuation.
 */
function readBody(text: string, from: number, prefix: string, kind: CodeKind): { body: string; end: number } {
	let body = '';
	/** The characters before the first space or line break, and where they end. */
	let firstRun: { body: string; end: number } | null = null;
	let needed: number | null = null;
	const enveloped = !(kind === 'assignment' && prefix !== 'SLA1-');
	let i = from;
	while (i < text.length && (needed === null || body.length < needed)) {
		const char = text[i];
		if (base32Digit(char) !== undefined) {
			body += char.toUpperCase();
			i++;
			if (enveloped && needed === null) needed = lengthOf(body);
			continue;
		}
		if (!firstRun && body) firstRun = { body, end: i };
		if (INNER.test(char)) {
			i++;
		} else if (char === '\n' || char === '\r') {
			if (!enveloped) break;
			i++;
			if (char === '\r' && text[i] === '\n') i++;
			i += QUOTING.exec(text.slice(i))![0].length;
		} else break;
	}
	const whole = { body, end: i };
	// Read across a break only when that makes an intact code; else the part before the break
	// (reported as cut short) is the honest reading: "SLR1-ABC thanks" must not eat "thanks".
	if (firstRun && firstRun.body !== body && !intact(prefix + body, kind)) return firstRun;
	return whole;
}

/** The characters a code of the byte envelope has after its prefix, once its length can be read. */
function lengthOf(body: string): number | null {
	// A varint of up to 3 bytes (a 200,000-byte payload) fits in the first 5 characters.
	const decoded = fromBase32(body.slice(0, 5));
	if ('invalid' in decoded) return null;
	const reader = new ByteReader(decoded.bytes);
	try {
		const start = reader.remaining;
		const length = reader.uint();
		const lengthBytes = start - reader.remaining;
		return Math.ceil(((lengthBytes + length + CRC_BYTES) * 8) / 5);
	} catch {
		return body.length >= 5 ? body.length : null;
	}
}

function intact(code: string, kind: CodeKind): boolean {
	if (kind === 'assignment') return false;
	try {
		unwrapCode(code, kind);
		return true;
	} catch (error) {
		if (error instanceof CodeError) return false;
		throw error;
	}
}
