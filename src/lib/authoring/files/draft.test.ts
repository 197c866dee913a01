// The draft is the folder format in memory: ukraine-55000 opened as a draft from the model the
// browser has, exported, and read again with the build's readers gives the same validated model;
// the lesson.md the exporter writes reads back to the same blocks.
import { describe, expect, it } from 'vitest';
import { format as prettierFormat } from 'prettier';
import { loadContent } from '../../../build/load-content.js';
import { readCaseFiles } from '../../sharing/read-files.js';
import {
	draftFromCase,
	draftToFiles,
	filesToDraft,
	formatJson,
	inlineRuns,
	parseLessonMarkdown,
	writeLessonMarkdown,
	type LessonDraft
} from './draft.js';

const content = loadContent({ onWarning: () => {} });
const ukraine = content.cases.find((c) => c.id === 'ukraine-55000')!;
const lessons = content.course.filter((l) => l.case === ukraine.id);

describe('a built-in case opened as a draft and exported', () => {
	const draft = draftFromCase(ukraine, content.exercises, content.course);
	const files = draftToFiles(draft);
	const reading = readCaseFiles(files, content.categories);

	it('reads back with no problem at all', () => {
		expect(reading.problems).toEqual([]);
	});

	it('gives the same case, annotations and claims as lessons/ does', () => {
		expect(reading.bundle?.case).toEqual(ukraine);
	});

	it('keeps every exercise of the case’s lessons, field for field, in course order', () => {
		const expected = content.exercises.filter((e) => lessons.some((l) => l.slug === e.lesson)).map((e) => e.exercise);
		expect(reading.bundle?.exercises.map((e) => e.exercise)).toEqual(expected);
	});

	it('writes the articles’ texts byte for byte under the names case.json gives', () => {
		for (const article of ukraine.articles) {
			expect(files.find((f) => f.path === `lessons/cases/ukraine-55000/articles/${article.file}`)?.text).toBe(article.text);
		}
	});

	it('reads its own files back to the same draft', () => {
		expect(filesToDraft(files)).toEqual({ draft, problems: [] });
	});

	it('formats every JSON file as Prettier does', async () => {
		for (const file of files.filter((f) => f.path.endsWith('.json'))) {
			const pretty = await prettierFormat(file.text, { parser: 'json', useTabs: true, printWidth: 130, trailingComma: 'none' });
			expect(file.text, file.path).toBe(pretty);
		}
		// Prettier's first run loads its parsers: seconds on a busy machine.
	}, 30_000);
});

describe('formatJson', () => {
	it('keeps a short list of ids on one line and a long one a line each', () => {
		expect(formatJson({ a: ['x', 'y'] })).toBe('{\n\t"a": ["x", "y"]\n}\n');
		const long = Array.from({ length: 20 }, (_, i) => `annotation-${i}`);
		expect(formatJson({ a: long }).split('\n')).toHaveLength(25);
	});
});

describe('the lesson page of an added case', () => {
	const lesson: LessonDraft = {
		folder: '10-demo',
		frontmatter: {
			title: 'Two reports: who counts?',
			objectives: ['Tell a sourced figure from an unsourced one.'],
			minutes: 10,
			caseId: 'demo'
		},
		blocks: [
			{ kind: 'heading', text: 'The reading' },
			{ kind: 'paragraph', text: 'Read **both** reports, then _ask_: who says so?\nA second line.' },
			{ kind: 'paragraph', text: '- not a list, {not code} & <not markup>' },
			{ kind: 'articles', ids: ['one', 'two'], highlights: false },
			{ kind: 'exercise', id: 'demo-find' },
			{ kind: 'articles', show: ['sourced'], highlights: true }
		],
		exercises: []
	};

	it('is written as frontmatter, the components’ imports and one block a paragraph', () => {
		const text = writeLessonMarkdown(lesson, 'demo');
		expect(text).toContain('title: "Two reports: who counts?"\n');
		expect(text).toContain("<script>\n\timport Articles from '#lib/components/lesson/Articles.svelte';");
		expect(text).toContain(`<Articles case="demo" ids={['one', 'two']} highlights={false} />`);
		expect(text).toContain('<Exercise id="demo-find" />');
		expect(text).toContain('&#45; not a list, &#123;not code&#125; &amp; &lt;not markup&gt;');
	});

	it('reads back to the same blocks, with no warning', () => {
		const parsed = parseLessonMarkdown('lesson.md', writeLessonMarkdown(lesson, 'demo'));
		expect(parsed.blocks).toEqual(lesson.blocks);
		expect(parsed.problems).toEqual([]);
	});

	it('shows a list it cannot render as text, and says which line', () => {
		const parsed = parseLessonMarkdown('lesson.md', 'Intro.\n\n- one\n- two\n');
		expect(parsed.blocks).toEqual([
			{ kind: 'paragraph', text: 'Intro.' },
			{ kind: 'paragraph', text: '- one\n- two' }
		]);
		expect(parsed.problems).toMatchObject([{ file: 'lesson.md', line: 3, severity: 'warning' }]);
	});

	it('splits a paragraph into bold, emphasised and plain runs', () => {
		expect(inlineRuns('Read **both**, then _ask_ snake_case.')).toEqual([
			{ text: 'Read ' },
			{ text: 'both', strong: true },
			{ text: ', then ' },
			{ text: 'ask', em: true },
			{ text: ' snake_case.' }
		]);
	});
});
