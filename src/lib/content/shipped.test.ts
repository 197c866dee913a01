import { describe, expect, it } from 'vitest';
import { loadContent } from '../../build/load-content.js';
import { packContent, unpackContent } from './shipped.js';

describe('shipped content', () => {
	const content = loadContent({ cwd: process.cwd() });

	it('gives the browser back exactly what the build validated: quotes, backlinks and all', () => {
		expect(unpackContent(JSON.parse(JSON.stringify(packContent(content))))).toEqual(content);
	});

	it('leaves quotes and backlinks out of what is shipped', () => {
		const shipped = JSON.stringify(packContent(content));
		expect(shipped).not.toContain('"quote"');
		expect(shipped).not.toContain('"backlinks"');
		// Quotes alone repeat every annotated passage: dropping them should save well over a tenth.
		expect(shipped.length).toBeLessThan(JSON.stringify(content).length * 0.9);
	});
});
