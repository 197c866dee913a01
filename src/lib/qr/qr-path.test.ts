import { expect, it } from 'vitest';
import { qrPath, qrPathIfFits } from './qr-path.js';

it('draws a version-1 code (21 modules a side) for a short text', () => {
	const { size, path } = qrPath('HELLO');
	expect(size).toBe(21);
	expect(path).toMatch(/^M0 0h1v1h-1z/); // the top-left finder pattern is dark
});

it('grows with the text, and packs upper-case codes more densely than mixed case', () => {
	const upper = 'SLR1-' + 'ABCDEFGHJKMNPQRSTVWXYZ0123456789'.repeat(10);
	expect(qrPath(upper).size).toBeLessThan(qrPath(upper.toLowerCase()).size);
	expect(qrPath(upper).size).toBeGreaterThan(21);
});

it('gives no QR code, instead of throwing, for a text longer than the largest QR code holds', () => {
	expect(qrPathIfFits('A'.repeat(3391))).not.toBeNull();
	expect(qrPathIfFits('A'.repeat(3392))).toBeNull();
	expect(qrPathIfFits('a'.repeat(2332))).toBeNull();
	expect(qrPathIfFits('HELLO')).toEqual(qrPath('HELLO'));
});
