// The loader with broken fixtures: each problem an author can make stops the build with a
// message that names the file, the line, the annotation id and what is wrong.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from './load-content.js';
import { ContentError } from '../lib/content/problems.js';

const fixture = join(import.meta.dirname, '../../tests/fixtures/minimal');
const project = join(import.meta.dirname, '../..');
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Copies the valid fixture, applies `edit` to one of its files, and loads it. */
function loadWith(file: string, edit: (source: string) => string) {
	dir = mkdtempSync(join(tmpdir(), 'sidelight-'));
	cpSync(fixture, dir, { recursive: true });
	const path = join(dir, 'lessons/cases/demo', file);
	writeFileSync(path, edit(readFileSync(path, 'utf8')));
	return () => loadContent({ cwd: dir });
}

function problemsOf(load: () => unknown): string {
	try {
		load();
	} catch (error) {
		if (error instanceof ContentError) return error.message;
		throw error;
	}
	throw new Error('expected a ContentError');
}

describe('loadContent', () => {
	it('loads the valid fixture, anchored and with backlinks', () => {
		const content = loadWith('case.json', (s) => s)();
		const [demo] = content.cases;
		expect(demo.annotations.map((a) => [a.id, a.start, a.end])).toEqual([
			['one-counting', 0, 16],
			['one-reports', 17, 38],
			['two-un', 0, 46]
		]);
		expect(demo.annotations[2].backlinks).toEqual([{ to: 'one-reports', relation: 'contradicts' }]);
		expect(demo.claims[0].cells.one.says).toBeNull();
	});

	it.each([
		[
			'a quote that is not in the article',
			'annotations/one.json',
			(s: string) => s.replace('"Reports have surfaced"', '"Reports have emerged"'),
			/annotations\/one\.json:\d+: "one-reports" \(\[1\]\.target\.selector\[0\]\.exact\) quote "Reports have emerged" is not found in article "one"/
		],
		[
			'a position that does not reproduce the quote',
			'annotations/one.json',
			(s: string) => s.replace('"start": 17, "end": 38', '"start": 18, "end": 39'),
			/one\.json:\d+: "one-reports" \(\[1\]\.target\.selector\[1\]\) position 18–39 gives "eports have surfaced ", not the quote, which is at 17–38/
		],
		[
			'an ambiguous quote without enough context',
			'annotations/one.json',
			(s: string) => s.replace(', "suffix": " Reports"', ''),
			/one\.json:\d+: "one-counting" \(\[0\]\.target\.selector\[0\]\) quote "Who is counting\?" occurs 2 times in article "one" \(at 0, 57\); add a prefix or suffix/
		],
		[
			'a duplicate id',
			'annotations/one.json',
			(s: string) => s.replace('"id": "one-reports"', '"id": "one-counting"'),
			/one\.json:\d+: "one-counting" \(\[1\]\.id\) duplicate id: also used in .*one\.json at \[0\]/
		],
		[
			'a link to a missing id',
			'annotations/one.json',
			(s: string) => s.replace('"to": "two-un"', '"to": "two-unn"'),
			/one\.json:\d+: "one-reports" \(\[1\]\.links\[0\]\.to\) links to "two-unn", but no annotation in this case has that id/
		],
		[
			'an unknown category',
			'annotations/two.json',
			(s: string) => s.replace('"sourced"', '"well-sourced"'),
			/two\.json:\d+: "two-un" \(\[0\]\.category\) unknown category "well-sourced"; known: loaded-question/
		],
		[
			'a missing position selector',
			'annotations/two.json',
			(s: string) => s.replace(/,\s*\{ "type": "TextPositionSelector"[^}]*\}/, ''),
			/two\.json:\d+: "two-un" \(\[0\]\.target\.selector\) needs a TextPositionSelector/
		],
		[
			'invalid JSON',
			'annotations/two.json',
			(s: string) => s.replace('"links": [],', '"links": [],,'),
			/two\.json:\d+: is not valid JSON/
		],
		[
			'a claim without a cell for every article',
			'claims.json',
			(s: string) => s.replace(/"one": \{[^}]*\},/, ''),
			/claims\.json:\d+: "civilians" \(claims\[0\]\.cells\.one\) no cell for article "one"/
		],
		[
			'a claims cell pointing at another article’s annotation',
			'claims.json',
			(s: string) => s.replace('"annotations": []', '"annotations": ["two-un"]'),
			/claims\.json:\d+: "civilians" \(claims\[0\]\.cells\.one\.annotations\[0\]\) annotation "two-un" is in article "two", not "one"/
		],
		[
			'an article file that does not exist',
			'case.json',
			(s: string) => s.replace('"two.txt"', '"three.txt"'),
			/case\.json:\d+: "two" \(articles\[1\]\.file\) article file .*three\.txt does not exist/
		]
	])('stops on %s with a message naming the file, line, id and field', (_name, file, edit, message) => {
		expect(problemsOf(loadWith(file, edit))).toMatch(message);
	});

	it('reports the line of the broken field', () => {
		const message = problemsOf(loadWith('annotations/one.json', (s) => s.replace('"Reports have surfaced"', '"Reports"!')));
		expect(message).toMatch(/one\.json:\d+: is not valid JSON/);
		const wrong = problemsOf(loadWith('annotations/two.json', (s) => s.replace('"sourced"', '"nope"')));
		expect(wrong).toMatch(/two\.json:4:/);
	});

	it('lists every problem at once, not just the first', () => {
		const message = problemsOf(
			loadWith('annotations/one.json', (s) => s.replace('"loaded-question"', '"x"').replace('"vague-attribution"', '"y"'))
		);
		expect(message).toMatch(/^2 content problems:/);
	});

	it('reports one mistyped category in the real course as one problem, not a cascade (it was 71)', () => {
		dir = mkdtempSync(join(tmpdir(), 'sidelight-'));
		cpSync(join(project, 'lessons'), join(dir, 'lessons'), { recursive: true });
		const path = join(dir, 'lessons/cases/ukraine-55000/annotations/talks-fail.json');
		writeFileSync(path, readFileSync(path, 'utf8').replace('"headline-mismatch"', '"headline-mismatsh"'));
		const message = problemsOf(() => loadContent({ cwd: dir }));
		expect(message.split('\n')[0]).toBe('1 content problem:');
		expect(message).toMatch(/talks-fail\.json:4: "a-headline-talks-fail" \(\[0\]\.category\) unknown category "headline-mismatsh"/);
		expect(message).toMatch(/\d+ references? to annotations? with problems above (was|were) not checked/);
	});

});
