// A case file carries the folder format in one JSON file: it opens in any copy, validated by the
// build's readers; a broken one names the file, line and field; an edited one is still opened,
// with a warning that assignments made for the old version will not match.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Category } from '../content/types.js';
import { draftToFiles } from '../authoring/files/draft.js';
import { caseFileDraft, caseFileName, readCaseFile, writeCaseFile } from './case-file.js';
import { caseContentHash } from './content-hash.js';
import { draftToZip, zipToFiles } from './case-zip.js';
import { floodDraft } from './testing/flood-case.js';

const root = join(import.meta.dirname, '../../..');
const categories = JSON.parse(readFileSync(join(root, 'lessons/categories.json'), 'utf8')) as Category[];

describe('a case file', () => {
	const written = writeCaseFile(floodDraft(), categories);

	it('is written for a case that validates, named after it', () => {
		expect(written.problems).toEqual([]);
		expect(written.fileName).toBe('flood-reports.sidelight-case.json');
		expect(caseFileName('demo')).toBe('demo.sidelight-case.json');
	});

	it('opens to the validated case, its lesson and exercises, with the hash it was written with', () => {
		const opened = readCaseFile(written.text!, categories);
		expect(opened.problems).toEqual([]);
		expect(opened.bundle?.case.articles.map((a) => a.id)).toEqual(['river-rises', 'flood-brief']);
		expect(opened.bundle?.case.annotations).toHaveLength(3);
		expect(opened.bundle?.exercises.map((e) => e.exercise.id)).toEqual(['flood-find-loaded-question', 'flood-who-named']);
		expect(opened.bundle?.lessons.map((l) => l.slug)).toEqual(['flood-reports']);
		expect(opened.bundle?.lessonPages?.[0].markdown).toContain('<Exercise id="flood-who-named" />');
		expect(opened.bundle?.contentHash).toBe(JSON.parse(written.text!).contentHash);
		expect(caseContentHash(opened.bundle!)).toMatch(/^[0-9a-f]{8}$/);
	});

	it('opens in the case editor as the draft it was written from', () => {
		expect(caseFileDraft(written.text!)).toEqual({ draft: floodDraft(), problems: [] });
	});

	it('that is not one does not open in the editor, and the message names the file and field', () => {
		const opened = caseFileDraft('{"format": "something-else"}', 'notes.json');
		expect(opened.draft).toBeUndefined();
		expect(opened.problems).toMatchObject([{ file: 'notes.json', path: ['format'], line: 1 }]);
	});

	it('is not written for a case with an error, and says why', () => {
		const draft = floodDraft();
		draft.annotations['river-rises'][0].category = 'no-such-category';
		const result = writeCaseFile(draft, categories);
		expect(result.text).toBeUndefined();
		expect(result.problems).toMatchObject([
			{
				file: 'lessons/cases/flood-reports/annotations/river-rises.json',
				id: 'a-said-to-be-worried',
				path: [0, 'category'],
				line: 4
			}
		]);
	});

	it('names the file, line and field of a problem inside it, as check:content would', () => {
		const data = JSON.parse(written.text!);
		const at = data.files.findIndex((f: { path: string }) => f.path.endsWith('annotations/flood-brief.json'));
		data.files[at].text = data.files[at].text.replace('"sourced"', '"sauced"');
		const opened = readCaseFile(JSON.stringify(data), categories);
		expect(opened.bundle).toBeUndefined();
		expect(opened.problems).toMatchObject([
			{ file: 'lessons/cases/flood-reports/annotations/flood-brief.json', id: 'b-flood-officer', path: [0, 'category'], line: 4 }
		]);
	});

	it('refuses what is not a case file, or a newer one, naming the field', () => {
		expect(readCaseFile('{"format":"other"}', categories, 'x.json').problems).toMatchObject([
			{ file: 'x.json', path: ['format'], line: 1, message: expect.stringMatching(/not a Sidelight case file/) }
		]);
		expect(readCaseFile('{"format":"sidelight-case","version":2}', categories).problems[0].message).toMatch(/newer Sidelight/);
		expect(readCaseFile('not json', categories, 'x.json').problems).toMatchObject([{ file: 'x.json', line: 1 }]);
	});

	it('refuses a file path outside a case or lesson folder', () => {
		const data = JSON.parse(written.text!);
		data.files.push({ path: 'lessons/../package.json', text: '{}' });
		expect(readCaseFile(JSON.stringify(data, null, '\t'), categories, 'x.json').problems).toMatchObject([
			{ file: 'x.json', path: ['files', data.files.length - 1, 'path'] }
		]);
	});

	it('opens an edited one with a warning that old assignments will not match', () => {
		const data = JSON.parse(written.text!);
		const at = data.files.findIndex((f: { path: string }) => f.path.endsWith('case.json'));
		data.files[at].text = data.files[at].text.replace('Two reports of a river flood', 'Two reports of a flood');
		const opened = readCaseFile(JSON.stringify(data), categories);
		expect(opened.bundle?.case.title).toBe('Two reports of a flood');
		expect(opened.problems).toMatchObject([{ path: ['contentHash'], severity: 'warning' }]);
	});
});

describe('the zip of a case', () => {
	it('holds the case folder and the lesson folder at their paths in a clone', () => {
		const files = zipToFiles(draftToZip(floodDraft()));
		expect(files).toEqual(draftToFiles(floodDraft()));
		expect(files.map((f) => f.path)).toEqual([
			'lessons/cases/flood-reports/case.json',
			'lessons/cases/flood-reports/articles/river-rises.txt',
			'lessons/cases/flood-reports/articles/flood-brief.txt',
			'lessons/cases/flood-reports/annotations/river-rises.json',
			'lessons/cases/flood-reports/annotations/flood-brief.json',
			'lessons/cases/flood-reports/claims.json',
			'lessons/course/90-flood-reports/lesson.md',
			'lessons/course/90-flood-reports/exercises.json'
		]);
	});

	it('is the same bytes for the same case', () => {
		expect(draftToZip(floodDraft())).toEqual(draftToZip(floodDraft()));
	});
});
