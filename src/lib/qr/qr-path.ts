// QR codes as an SVG path, so a component can draw them without injecting markup. The encoding
// itself is qrcode-generator's; this only picks the mode and turns dark modules into a path.
import qrcode from 'qrcode-generator';

/** QR's alphanumeric mode packs upper-case codes into 5.5 bits a character instead of 8. */
const ALPHANUMERIC = /^[0-9A-Z $%*+\-./:]*$/;

export interface QrPath {
	/** Modules per side, without the quiet zone. */
	size: number;
	/** One square per dark module, in module units. */
	path: string;
}

/**
 * Error correction M (15%): enough for a phone reading a projector or a slightly smudged print,
 * without making codes as dense as Q or H would.
 */
export function qrPath(text: string): QrPath {
	const qr = qrcode(0, 'M');
	qr.addData(text, ALPHANUMERIC.test(text) ? 'Alphanumeric' : 'Byte');
	qr.make();
	return pathOf(qr);
}

/**
 * The QR code of the text, or null when it holds more than the largest QR code can (version 40
 * at level M: 3,391 alphanumeric characters, 2,331 bytes). A long hand-in (many attempts with
 * unlimited checks) gets there; the page then offers the text and the file instead (M1).
 */
export function qrPathIfFits(text: string): QrPath | null {
	const capacity = ALPHANUMERIC.test(text) ? MAX_ALPHANUMERIC : MAX_BYTES;
	if (new TextEncoder().encode(text).length > capacity) return null;
	try {
		return qrPath(text);
	} catch {
		// qrcode-generator throws "code length overflow" past its largest version.
		return null;
	}
}

/** Version 40, level M (ISO/IEC 18004 table 7). */
const MAX_ALPHANUMERIC = 3391;
const MAX_BYTES = 2331;

function pathOf(qr: ReturnType<typeof qrcode>): QrPath {
	const size = qr.getModuleCount();
	let path = '';
	for (let row = 0; row < size; row++) {
		for (let col = 0; col < size; col++) if (qr.isDark(row, col)) path += `M${col} ${row}h1v1h-1z`;
	}
	return { size, path };
}
