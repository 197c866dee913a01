// The loader with the glossary and the reference shelf: valid notes load with their sources, and
// each mistake an author can make names the file, the line and the field to fix.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from './load-content.js';
import { ContentError } from '../lib/content/problems.js';

const fixture = join(import.meta.dirname, '../../tests/fixtures/minimal');
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const GLOSSARY = JSON.stringify([{ id: 'estimate', term: 'estimate', definition: 'A careful guess from facts that are not complete.' }], null, '\t');

const NOTE = `---
title: The count
summary: What the count is.
checked: 2026-12-01
sources:
  - publisher: A news agency
    title: A report on the count
    date: 2026-01-28
    url: https://example.org/report
---

The count is an <Term id="estimate">estimate</Term>.
`;

const LESSON = `---
title: A lesson
objectives:
  - Check a count.
minutes: 5
caseId: demo
---

Counting is an <Term id="estimate">estimate</Term>. Look it up on the [shelf](#/shelf/count).
`;

/** The valid fixture plus a glossary, one shelf note and one lesson, each replaceable. */
function load(files: { glossary?: string; note?: string; lesson?: string } = {}) {
	dir = mkdtempSync(join(tmpdir(), 'sidelight-'));
	cpSync(fixture, dir, { recursive: true });
	writeFileSync(join(dir, 'lessons/glossary.json'), files.glossary ?? GLOSSARY);
	mkdirSync(join(dir, 'lessons/shelf'));
	writeFileSync(join(dir, 'lessons/shelf/count.md'), files.note ?? NOTE);
	mkdirSync(join(dir, 'lessons/course/01-counting'), { recursive: true });
	writeFileSync(join(dir, 'lessons/course/01-counting/lesson.md'), files.lesson ?? LESSON);
	return () => loadContent({ cwd: dir });
}

function problemsOf(run: () => unknown): string {
	try {
		run();
	} catch (error) {
		if (error instanceof ContentError) return error.message;
		throw error;
	}
	throw new Error('expected a ContentError');
}

describe('the glossary and the reference shelf', () => {
	it('loads a note with its own sources, publisher and date, and the lesson that first uses each word', () => {
		const content = load()();
		expect(content.shelf).toEqual([
			{
				slug: 'count',
				title: 'The count',
				summary: 'What the count is.',
				checked: '2026-12-01',
				sources: [{ publisher: 'A news agency', title: 'A report on the count', date: '2026-01-28', url: 'https://example.org/report' }]
			}
		]);
		expect(content.glossary).toEqual([
			{ id: 'estimate', term: 'estimate', definition: 'A careful guess from facts that are not complete.', firstLesson: 'counting' }
		]);
	});

	it('needs neither: a case without a glossary or a shelf still loads', () => {
		dir = mkdtempSync(join(tmpdir(), 'sidelight-'));
		cpSync(fixture, dir, { recursive: true });
		const content = loadContent({ cwd: dir });
		expect([content.glossary, content.shelf]).toEqual([[], []]);
	});

	it.each([
		['a note without sources', { note: NOTE.replace(/sources:[\s\S]*?---/, '---') }, /lessons\/shelf\/count\.md:1: \(sources\) sources should be a list, got nothing/],
		[
			'a source without a date',
			{ note: NOTE.replace('    date: 2026-01-28\n', '') },
			/lessons\/shelf\/count\.md:\d+: \(sources\[0\]\.date\) date should be a date written YYYY-MM-DD, got nothing/
		],
		[
			'a source dated loosely',
			{ note: NOTE.replace('date: 2026-01-28', 'date: January 2026') },
			/\(sources\[0\]\.date\) date should be a date written YYYY-MM-DD, got "January 2026"/
		],
		['a source that is not a web address', { note: NOTE.replace('https://example.org/report', 'example.org') }, /\(sources\[0\]\.url\) url should be a full https:\/\/ address/],
		[
			'a link in the note’s text, which would leave Sidelight unmarked',
			{ note: NOTE.replace('The count is', 'See [the report](https://example.org). The count is') },
			/lessons\/shelf\/count\.md:1: has a link in its text: put links in sources, where the shelf marks them as leaving Sidelight/
		],
		[
			'a word marked in a lesson that the glossary lacks',
			{ lesson: LESSON.replace('<Term id="estimate">', '<Term id="guess">') },
			/lessons\/course\/01-counting\/lesson\.md:1: marks <Term id="guess">, but lessons\/glossary\.json has no entry "guess"; known: estimate/
		],
		[
			'a glossary entry without a definition',
			{ glossary: JSON.stringify([{ id: 'estimate', term: 'estimate' }], null, '\t') },
			/lessons\/glossary\.json:\d+: "estimate" \(\[0\]\.definition\) definition should be a non-empty string, got nothing/
		],
		[
			'two glossary entries with one id',
			{ glossary: JSON.stringify([JSON.parse(GLOSSARY)[0], JSON.parse(GLOSSARY)[0]], null, '\t') },
			/lessons\/glossary\.json:\d+: "estimate" \(\[1\]\.id\) duplicate glossary entry "estimate"/
		]
	])('refuses %s, naming the file, line and field', (_what, files, message) => {
		expect(problemsOf(load(files))).toMatch(message);
	});
});
