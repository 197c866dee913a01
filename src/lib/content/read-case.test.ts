// The one case reader, run on files held in memory (as the browser will): the real case reads
// clean, one typo gives one problem naming file, line, offset, id and field, and what validated
// is kept.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCase, type TextFile } from './read-case.js';
import type { Category } from './types.js';

const root = join(import.meta.dirname, '../../..');
const categories = JSON.parse(readFileSync(join(root, 'lessons/categories.json'), 'utf8')) as Category[];

/** The real case's files, read once into memory: the reader itself never sees a file system. */
function realCase(): TextFile[] {
	const dir = 'lessons/cases/ukraine-55000';
	const files: TextFile[] = [];
	for (const name of ['case.json', 'claims.json'])
		files.push({ path: `${dir}/${name}`, text: readFileSync(join(root, dir, name), 'utf8') });
	for (const sub of ['articles', 'annotations'])
		for (const name of readdirSync(join(root, dir, sub)))
			files.push({ path: `${dir}/${sub}/${name}`, text: readFileSync(join(root, dir, sub, name), 'utf8') });
	return files;
}

function edit(files: TextFile[], path: string, change: (text: string) => string): TextFile[] {
	return files.map((f) => (f.path.endsWith(path) ? { ...f, text: change(f.text) } : f));
}

const demo: TextFile[] = [
	{
		path: 'demo/case.json',
		text: JSON.stringify({
			id: 'demo',
			title: 'Demo',
			summary: 'A tiny case.',
			articles: [
				{ id: 'one', label: 'A', file: 'one.txt', headline: null, outlet: null, description: 'First.' },
				{ id: 'two', label: 'B', file: 'two.txt', headline: null, outlet: null, description: 'Second.' }
			]
		})
	},
	{ path: 'demo/articles/one.txt', text: 'Who is counting? Reports have surfaced.' },
	{ path: 'demo/articles/two.txt', text: 'The UN counted 2,514 civilians.' },
	{
		path: 'demo/annotations/one.json',
		text: `[
	{
		"id": "one-reports",
		"category": "vague-attribution",
		"explanation": "Which reports?",
		"links": [{ "to": "two-un", "relation": "contradicted-by" }],
		"target": { "source": "one", "selector": [{ "type": "TextQuoteSelector", "exact": "Reports have surfaced" }, { "type": "TextPositionSelector", "start": 17, "end": 38 }] }
	}
]`
	},
	{
		path: 'demo/annotations/two.json',
		text: `[
	{
		"id": "two-un",
		"category": "sourced",
		"explanation": "Names the UN.",
		"target": { "source": "two", "selector": [{ "type": "TextQuoteSelector", "exact": "The UN" }, { "type": "TextPositionSelector", "start": 0, "end": 6 }] }
	}
]`
	}
];

describe('readCase', () => {
	it('reads the real case from memory with no problems', () => {
		const reading = readCase(realCase(), categories);
		expect(reading.problems).toEqual([]);
		expect(reading.case?.id).toBe('ukraine-55000');
		expect(reading.case?.articles).toHaveLength(5);
		expect(reading.case?.annotations.length).toBeGreaterThan(50);
	});

	it('gives an author exactly one problem for one mistyped category, and keeps every other annotation', () => {
		const clean = readCase(realCase(), categories).case!;
		const reading = readCase(
			edit(realCase(), 'annotations/talks-fail.json', (t) => t.replace('"headline-mismatch"', '"headline-mismatsh"')),
			categories
		);
		expect(reading.problems).toHaveLength(1);
		const [problem] = reading.problems;
		expect(problem).toMatchObject({
			file: 'lessons/cases/ukraine-55000/annotations/talks-fail.json',
			path: [0, 'category'],
			id: 'a-headline-talks-fail',
			severity: 'error',
			line: 4
		});
		expect(problem.message).toMatch(/unknown category "headline-mismatsh"/);
		expect(problem.offset).toBeGreaterThan(0);
		expect(reading.case?.annotations).toHaveLength(clean.annotations.length - 1);
		expect(reading.unavailable.has('a-headline-talks-fail')).toBe(true);
	});

	it('does not report a link to an annotation that has a problem of its own, and drops the link', () => {
		const reading = readCase(
			edit(demo, 'two.json', (t) => t.replace('"sourced"', '"nope"')),
			categories
		);
		expect(reading.problems.map((p) => p.id)).toEqual(['two-un']);
		expect(reading.suppressed).toBe(1);
		expect(reading.case?.annotations.map((a) => [a.id, a.links])).toEqual([['one-reports', []]]);
	});

	it('still reports a link to an id that no annotation has', () => {
		const reading = readCase(
			edit(demo, 'one.json', (t) => t.replace('"to": "two-un"', '"to": "two-unn"')),
			categories
		);
		expect(reading.problems).toMatchObject([{ id: 'one-reports', path: [0, 'links', 0, 'to'], line: 6 }]);
	});

	it('says where a file stops being valid JSON, by line and offset', () => {
		const reading = readCase(
			edit(demo, 'one.json', (t) => t.replace('"Which reports?",', '"Which reports?",,')),
			categories
		);
		expect(reading.problems).toMatchObject([{ file: 'demo/annotations/one.json', line: 5, severity: 'error' }]);
		expect(reading.problems[0].message).toMatch(/is not valid JSON/);
		expect(reading.case?.annotations.map((a) => a.id)).toEqual(['two-un']);
	});

	it('asks for the case id to match its folder', () => {
		const reading = readCase(
			demo.map((f) => ({ ...f, path: f.path.replace('demo/', 'cases/other/') })),
			categories
		);
		expect(reading.problems).toMatchObject([
			{ file: 'cases/other/case.json', path: ['id'], message: 'id "demo" should match its folder name "other"' }
		]);
	});

	it('lets the annotation file name decide the article', () => {
		const reading = readCase([...demo, { path: 'demo/annotations/three.json', text: '[]' }], categories);
		expect(reading.problems).toMatchObject([
			{
				file: 'demo/annotations/three.json',
				message: expect.stringMatching(/article "three", which demo\/case.json does not list/)
			}
		]);
	});

	it('warns about a file it does not read, without failing the case', () => {
		const reading = readCase([...demo, { path: 'demo/articles/notes.md', text: 'x' }], categories);
		expect(reading.problems).toMatchObject([{ file: 'demo/articles/notes.md', severity: 'warning' }]);
		expect(reading.case?.annotations).toHaveLength(2);
	});

	it('reports a missing article file once, not once more for its annotations', () => {
		const reading = readCase(
			demo.filter((f) => !f.path.endsWith('two.txt')),
			categories
		);
		expect(reading.problems.map((p) => p.message)).toEqual(['article file demo/articles/two.txt does not exist']);
		// Its annotation file, and one-reports' link into it.
		expect(reading.suppressed).toBe(2);
	});

	it('reports a missing case.json, with no case', () => {
		const reading = readCase(
			demo.filter((f) => !f.path.endsWith('case.json')),
			categories
		);
		expect(reading.case).toBeUndefined();
		expect(reading.problems).toMatchObject([{ file: 'demo/case.json', message: 'file is missing' }]);
	});
});
