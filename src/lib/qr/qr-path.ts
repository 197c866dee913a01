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
	const size = qr.getModuleCount();
	let path = '';
	for (let row = 0; row < size; row++) {
		for (let col = 0; col < size; col++) if (qr.isDark(row, col)) path += `M${col} ${row}h1v1h-1z`;
	}
	return { size, path };
}
