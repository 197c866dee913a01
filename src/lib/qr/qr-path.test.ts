import { expect, it } from 'vitest';
import { qrPath } from './qr-path.js';

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
