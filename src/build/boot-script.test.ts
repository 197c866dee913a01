import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from './boot-script.js';

describe('hashes of app.html inline scripts', () => {
	it('hashes exactly the text between the tags, as the browser does', () => {
		const body = '\n\tvar x = 1;\n';
		const expected = `sha256-${createHash('sha256').update(body).digest('base64')}`;
		expect(inlineScriptHashes(`<head><script>${body}</script><script src="./a.js"></script></head>`)).toEqual([expected]);
	});

	it('finds the display settings boot script in the real template', () => {
		expect(inlineScriptHashes(readFileSync('src/app.html', 'utf8'))).toHaveLength(1);
	});
});
