// The readers script is what a teacher's browser runs to check a case file: bundled as one classic
// script that hands its API to a global, it must open the golden case file exactly as the readers
// imported in Node do, with nothing left for the browser to fetch.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { Category } from '../lib/content/types.js';
import { readCaseFile } from '../lib/sharing/case-file.js';
import { READERS_MARKER, type Readers } from '../lib/sharing/readers-entry.js';
import { bundleReaders } from './readers-plugin.js';

const root = join(import.meta.dirname, '../..');
const categories = JSON.parse(readFileSync(join(root, 'lessons/categories.json'), 'utf8')) as Category[];
const caseFile = readFileSync(join(root, 'src/lib/golden/flood-reports.sidelight-case.json'), 'utf8');

describe('the readers script', async () => {
	const code = await bundleReaders();
	// What a browser has that the readers use; a script with an import in it would not even run here.
	const global: { sidelightReaders?: Readers; TextEncoder: typeof TextEncoder } = { TextEncoder };
	runInNewContext(code, global);
	const readers = global.sidelightReaders!;

	it('is one classic script with no imports, that sets sidelightReaders', () => {
		expect(code).toMatch(/^var sidelightReaders\s*=\s*\(function/);
		expect(code).not.toContain('import(');
		expect(readers.READERS_MARKER).toBe(READERS_MARKER);
	});

	it('opens the golden case file as the readers do in Node, contentHash included', () => {
		const inScript = readers.readCaseFile(caseFile, categories, 'flood-reports.sidelight-case.json');
		const inNode = readCaseFile(caseFile, categories, 'flood-reports.sidelight-case.json');
		expect(inScript.problems).toEqual([]);
		expect(inScript.bundle?.contentHash).toBe('89cfc2fd');
		expect(JSON.parse(JSON.stringify(inScript))).toEqual(JSON.parse(JSON.stringify(inNode)));
	});

	it('names the file, line and field of a broken case file', () => {
		const broken = caseFile.replace('"version": 1', '"version": 7');
		const { bundle, problems } = readers.readCaseFile(broken, categories, 'broken.sidelight-case.json');
		expect(bundle).toBeUndefined();
		expect(problems).toMatchObject([{ file: 'broken.sidelight-case.json', path: ['version'], line: expect.any(Number) }]);
		expect(problems[0].message).toMatch(/newer Sidelight/);
	});

	it('carries what the editor’s live validation calls: readCase, readCourse, readCaseFiles, writeCaseFile, SourceIndex', () => {
		for (const name of ['readCase', 'readCourse', 'readCaseFiles', 'writeCaseFile', 'SourceIndex'] as const)
			expect(typeof readers[name]).toBe('function');
	});
});
