import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS, htaccess } from './security-headers.js';

describe('htaccess', () => {
	it('sets every header, inside an IfModule guard so a server without mod_headers still serves the folder', () => {
		const text = htaccess();
		const lines = text.trim().split('\n');
		expect(lines.at(1)).toBe('<IfModule mod_headers.c>');
		expect(lines.at(-1)).toBe('</IfModule>');
		for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
			expect(text).toContain(`Header always set ${name} "${value}"`);
		}
	});

	it('forbids framing by other sites', () => {
		expect(htaccess()).toContain(`Header always set Content-Security-Policy "frame-ancestors 'none'"`);
	});
});
