// CRC-32 (the IEEE polynomial of zip and PNG), written out because it is a dozen lines. It guards
// codes against typos and truncation, and gives content versions a short stable fingerprint. It
// is not security: anyone can recompute it for an edited code. What a forged code cannot do is
// earn points, because the gradebook re-scores every answer against its own keys.

/** The reversed IEEE 802.3 polynomial, as zlib, PNG and zip use it. */
const POLYNOMIAL = 0xedb88320;

const TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? POLYNOMIAL ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
	let crc = 0xffffffff;
	for (const byte of bytes) crc = TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}
