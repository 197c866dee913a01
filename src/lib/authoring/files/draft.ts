// A case as an author edits it, shaped like the folder format of lessons/ (README, "For authors"):
// case.json, the articles' texts, annotations/<article>.json, claims.json, and one lesson folder
// (lesson.md and exercises.json). The editor edits a CaseDraft; draftToFiles writes exactly the files
// a developer would commit, so the build's own readers (readCase, readCourse) validate a draft, a
// zip and a case file alike; filesToDraft reads them back; draftFromCase opens a case the browser
// already has. Pure and self-contained (only the content, course and exercise types and the
// selector helpers), so the editor's branch can copy this file verbatim.
import { selectorsFor } from '../../anchoring/text-quote.js';
import { parseJsonSource } from '../../content/source.js';
import type { Problem } from '../../content/problems.js';
import type { TextFile } from '../../content/read-case.js';
import type { Annotation, ArticleMeta, Case, Claim } from '../../content/types.js';
import type { LessonExercise, LessonMeta } from '../../course/types.js';
import type { Exercise } from '../../exercises/types.js';

export type { TextFile };

/** lessons/cases/<id>/case.json, parsed. */
export interface CaseJson {
	id: string;
	title: string;
	summary: string;
	articles: ArticleMeta[];
}

/** One entry of annotations/<article>.json (the W3C-style target with both selectors). */
export type AnnotationJson = Annotation;

/** claims.json. */
export interface ClaimsJson {
	claims: Claim[];
}

/** An entry of a lesson's exercises.json, as lessons/course/NN-slug/exercises.json holds them. */
export type ExerciseJson = Exercise;

/** A lesson's frontmatter (course/validate-lesson.ts names every field). */
export interface LessonFrontmatter {
	title: string;
	objectives: string[];
	minutes: number;
	caseId: string;
}

/**
 * The restricted lesson body an added case can have (rendered in the browser without mdsvex).
 * Text of headings and paragraphs is plain, with **bold** and _emphasis_ at most.
 */
export type LessonBlock =
	| { kind: 'heading'; text: string }
	| { kind: 'paragraph'; text: string }
	/** Articles of the case: ids all when left out; show: categories switched on at first. */
	| { kind: 'articles'; ids?: string[]; highlights: boolean; show?: string[] }
	| { kind: 'exercise'; id: string };

export interface LessonDraft {
	/** NN-words-with-hyphens, e.g. 10-my-case: the folder under lessons/course/. */
	folder: string;
	frontmatter: LessonFrontmatter;
	blocks: LessonBlock[];
	exercises: ExerciseJson[];
}

export interface CaseDraft {
	case: CaseJson;
	/** Article id → its text, character for character. */
	texts: Record<string, string>;
	/** Article id → annotations/<article id>.json. */
	annotations: Record<string, AnnotationJson[]>;
	claims?: ClaimsJson;
	lesson?: LessonDraft;
}

export const CASES_FOLDER = 'lessons/cases';
export const COURSE_FOLDER = 'lessons/course';

// ---------------------------------------------------------------------------------------------
// Draft → files

/**
 * The files of the case folder and its lesson folder, by the paths they have in a clone
 * (lessons/cases/<id>/…, lessons/course/<folder>/…), JSON formatted as Prettier formats the
 * committed files (tabs, width 130). Article files are written under the names case.json gives.
 * No articles/SHA256SUMS: it is optional, for `sha256sum -c`, and the readers ignore it.
 */
export function draftToFiles(draft: CaseDraft): TextFile[] {
	const base = `${CASES_FOLDER}/${draft.case.id}`;
	const files: TextFile[] = [{ path: `${base}/case.json`, text: formatJson(draft.case) }];
	for (const article of draft.case.articles) {
		files.push({ path: `${base}/articles/${article.file}`, text: draft.texts[article.id] ?? '' });
	}
	for (const article of draft.case.articles) {
		const annotations = draft.annotations[article.id];
		if (annotations?.length) files.push({ path: `${base}/annotations/${article.id}.json`, text: formatJson(annotations) });
	}
	// Annotations of an article id case.json does not list: kept, so the reader names the problem.
	for (const [id, annotations] of Object.entries(draft.annotations)) {
		if (!draft.case.articles.some((a) => a.id === id) && annotations.length)
			files.push({ path: `${base}/annotations/${id}.json`, text: formatJson(annotations) });
	}
	if (draft.claims && draft.claims.claims.length) files.push({ path: `${base}/claims.json`, text: formatJson(draft.claims) });
	if (draft.lesson) {
		const folder = `${COURSE_FOLDER}/${draft.lesson.folder}`;
		files.push({ path: `${folder}/lesson.md`, text: writeLessonMarkdown(draft.lesson, draft.case.id) });
		files.push({ path: `${folder}/exercises.json`, text: formatJson(draft.lesson.exercises) });
	}
	return files;
}

/** Prettier's JSON width; a tab counts as 2 columns for it (tabWidth's default). */
const PRINT_WIDTH = 130;
const TAB_WIDTH = 2;

/**
 * JSON as Prettier prints it for the committed files: objects one key a line (Prettier keeps an
 * object expanded when it was), arrays of plain values on one line when they fit, else one a line.
 */
export function formatJson(value: unknown): string {
	return `${format(value, 0)}\n`;
}

/** `lead`: columns before the value on its line (the key); `tail`: after it (a comma). */
function format(value: unknown, depth: number, lead = 0, tail = 0): string {
	const indent = '\t'.repeat(depth + 1);
	const close = '\t'.repeat(depth);
	if (Array.isArray(value)) {
		if (value.length === 0) return '[]';
		const plain = value.every((v) => v === null || typeof v !== 'object');
		if (plain) {
			const line = `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
			if (depth * TAB_WIDTH + lead + line.length + tail <= PRINT_WIDTH) return line;
		}
		const items = value.map((v, i) => indent + format(v, depth + 1, 0, i < value.length - 1 ? 1 : 0));
		return `[\n${items.join(',\n')}\n${close}]`;
	}
	if (value !== null && typeof value === 'object') {
		const entries = Object.entries(value).filter(([, v]) => v !== undefined);
		if (entries.length === 0) return '{}';
		const items = entries.map(([k, v], i) => {
			const key = `${JSON.stringify(k)}: `;
			return indent + key + format(v, depth + 1, key.length, i < entries.length - 1 ? 1 : 0);
		});
		return `{\n${items.join(',\n')}\n${close}}`;
	}
	return JSON.stringify(value);
}

const LESSON_SCRIPT = [
	'<script>',
	"\timport Articles from '#lib/components/lesson/Articles.svelte';",
	"\timport Exercise from '#lib/components/lesson/Exercise.svelte';",
	'</script>'
].join('\n');

/** lesson.md: frontmatter, the components' imports, then one block per paragraph. */
export function writeLessonMarkdown(lesson: LessonDraft, caseId: string): string {
	const fm = lesson.frontmatter;
	const head = [
		'---',
		`title: ${yamlString(fm.title)}`,
		'objectives:',
		...fm.objectives.map((o) => `  - ${yamlString(o)}`),
		`minutes: ${fm.minutes}`,
		`caseId: ${yamlString(fm.caseId)}`,
		'---',
		LESSON_SCRIPT
	].join('\n');
	return `${head}\n\n${lesson.blocks.map((b) => writeBlock(b, caseId)).join('\n\n')}\n`;
}

function writeBlock(block: LessonBlock, caseId: string): string {
	switch (block.kind) {
		case 'heading':
			return `## ${escapeText(block.text.replace(/\s*\n\s*/g, ' '))}`;
		case 'paragraph':
			return escapeText(block.text.replace(/\n\s*\n/g, '\n').trim())
				.split('\n')
				.map(escapeLineStart)
				.join('\n');
		case 'articles': {
			const attributes = [`case="${caseId}"`];
			if (block.ids) attributes.push(`ids={${jsList(block.ids)}}`);
			if (block.show) attributes.push(`show={${jsList(block.show)}}`);
			if (!block.highlights) attributes.push('highlights={false}');
			return `<Articles ${attributes.join(' ')} />`;
		}
		case 'exercise':
			return `<Exercise id="${block.id}" />`;
	}
}

function jsList(ids: string[]): string {
	return `[${ids.map((id) => `'${id}'`).join(', ')}]`;
}

/** Plain YAML where it reads back the same, else a JSON string (valid YAML in double quotes). */
function yamlString(value: string): string {
	return /^[A-Za-z0-9À-ɏ’‘“”][^:#\n"'{}[\],&*!|>%@`\\]*$/.test(value) &&
		value === value.trim() &&
		!/^(true|false|null|yes|no|on|off|~|[\d.+-].*)$/i.test(value)
		? value
		: JSON.stringify(value);
}

/** Markup and Svelte's braces as entities, so prose stays prose in mdsvex and in the block parser. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '{': '&#123;', '}': '&#125;' };
function escapeText(text: string): string {
	return text.replace(/[&<>{}]/g, (c) => ENTITIES[c]);
}

/** A line that would start a list, heading or quote in markdown starts with an entity instead. */
function escapeLineStart(line: string): string {
	const match = /^(\s*)([#+-]|\d+[.)]|\*(?!\*))/.exec(line);
	if (!match) return line;
	const char = line[match[1].length];
	return `${match[1]}&#${char.charCodeAt(0)};${line.slice(match[1].length + 1)}`;
}

function unescapeText(text: string): string {
	return text.replace(/&(amp|lt|gt|#\d+);/g, (all, name: string) => {
		if (name === 'amp') return '&';
		if (name === 'lt') return '<';
		if (name === 'gt') return '>';
		return String.fromCharCode(Number(name.slice(1)));
	});
}

// ---------------------------------------------------------------------------------------------
// lesson.md → blocks

export interface ParsedLesson {
	/** The frontmatter's YAML text (the caller parses it: course/markdown-source.ts). */
	frontmatterText?: string;
	blocks: LessonBlock[];
	problems: Problem[];
}

/**
 * The blocks of a lesson.md as writeLessonMarkdown writes it: `## ` headings, paragraphs,
 * `<Articles …/>` and `<Exercise id="…" />`. The <script> is skipped; anything else (lists,
 * other components) is kept as a paragraph with a warning naming its line.
 */
export function parseLessonMarkdown(file: string, text: string): ParsedLesson {
	const problems: Problem[] = [];
	const blocks: LessonBlock[] = [];
	const lines = text.replace(/\r\n?/g, '\n').split('\n');
	let at = 0;
	let frontmatterText: string | undefined;
	if (lines[0] === '---') {
		const end = lines.indexOf('---', 1);
		if (end > 0) {
			frontmatterText = lines.slice(1, end).join('\n');
			at = end + 1;
		}
	}
	let paragraph: { start: number; lines: string[] } | undefined;
	const flush = () => {
		if (paragraph) blocks.push({ kind: 'paragraph', text: unescapeText(paragraph.lines.join('\n')) });
		paragraph = undefined;
	};
	for (; at < lines.length; at++) {
		const line = lines[at];
		const trimmed = line.trim();
		if (trimmed === '<script>') {
			flush();
			while (at < lines.length && lines[at].trim() !== '</script>') at++;
			continue;
		}
		if (trimmed === '') {
			flush();
			continue;
		}
		const heading = /^##\s+(.*)$/.exec(trimmed);
		const exercise = /^<Exercise\s+id=["']([^"']+)["']\s*\/>$/.exec(trimmed);
		const articles = /^<Articles\b(.*?)\/>$/.exec(trimmed);
		if (heading || exercise || articles) flush();
		if (heading) blocks.push({ kind: 'heading', text: unescapeText(heading[1]) });
		else if (exercise) blocks.push({ kind: 'exercise', id: exercise[1] });
		else if (articles) blocks.push(articlesBlock(articles[1]));
		else {
			if (!paragraph) {
				paragraph = { start: at, lines: [] };
				if (/^(<|#|[-*+] |\d+[.)] |>)/.test(trimmed))
					problems.push({
						file,
						path: [],
						line: at + 1,
						severity: 'warning',
						message:
							'an added case’s lesson has headings (## ), paragraphs, <Articles /> and <Exercise />; this line is shown as text'
					});
			}
			paragraph.lines.push(line);
		}
	}
	flush();
	return { frontmatterText, blocks, problems };
}

function articlesBlock(attributes: string): LessonBlock {
	const list = (name: string) => {
		const match = new RegExp(`\\b${name}=\\{\\[([^\\]]*)\\]\\}`).exec(attributes);
		return match ? [...match[1].matchAll(/['"]([^'"]+)['"]/g)].map((m) => m[1]) : undefined;
	};
	const block: LessonBlock = { kind: 'articles', highlights: !/\bhighlights=\{false\}/.test(attributes) };
	const ids = list('ids');
	const show = list('show');
	if (ids) block.ids = ids;
	if (show) block.show = show;
	return block;
}

/** A run of a paragraph's text, for rendering **bold** and _emphasis_ without a markdown library. */
export interface InlineRun {
	text: string;
	strong?: boolean;
	em?: boolean;
}

export function inlineRuns(text: string): InlineRun[] {
	const runs: InlineRun[] = [];
	const pattern = /\*\*(.+?)\*\*|(?<![\w])_(.+?)_(?![\w])/gs;
	let last = 0;
	for (const match of text.matchAll(pattern)) {
		if (match.index > last) runs.push({ text: text.slice(last, match.index) });
		runs.push(match[1] !== undefined ? { text: match[1], strong: true } : { text: match[2], em: true });
		last = match.index + match[0].length;
	}
	if (last < text.length) runs.push({ text: text.slice(last) });
	return runs;
}

// ---------------------------------------------------------------------------------------------
// files → draft

/**
 * A draft from the files of a case folder and (optionally) one lesson folder, at any prefix that
 * ends in cases/<id>/ and course/<folder>/. Only parses: validation is the readers' job (readCase,
 * readCourse), so an author can open a case with problems and fix them. A file that does not parse
 * is a problem here and is left out of the draft.
 */
export function filesToDraft(files: readonly TextFile[]): { draft?: CaseDraft; problems: Problem[] } {
	const problems: Problem[] = [];
	const json = (file: TextFile): unknown => {
		const result = parseJsonSource(file.path, file.text);
		if ('problem' in result) {
			problems.push(result.problem);
			return undefined;
		}
		return result.source.data;
	};
	const caseFile =
		files.find((f) => /(^|\/)cases\/[^/]+\/case\.json$/.test(f.path)) ?? files.find((f) => /(^|\/)case\.json$/.test(f.path));
	if (!caseFile) return { problems: [{ file: 'case.json', path: [], severity: 'error', message: 'file is missing' }] };
	const caseData = json(caseFile) as CaseJson | undefined;
	if (!caseData || typeof caseData !== 'object') return { problems };
	const base = caseFile.path.slice(0, -'case.json'.length);
	const articles = Array.isArray(caseData.articles) ? caseData.articles : [];
	const draft: CaseDraft = { case: caseData, texts: {}, annotations: {} };
	for (const file of files) {
		if (!file.path.startsWith(base) || file === caseFile) continue;
		const relative = file.path.slice(base.length);
		if (relative.startsWith('articles/') && relative.endsWith('.txt')) {
			const name = relative.slice('articles/'.length);
			const article = articles.find((a) => a?.file === name);
			if (article) draft.texts[article.id] = file.text;
			else
				problems.push({
					file: file.path,
					path: [],
					severity: 'warning',
					message: `no article in case.json has "file": "${name}"; the text is left out`
				});
		} else if (/^annotations\/[^/]+\.json$/.test(relative)) {
			const data = json(file);
			if (Array.isArray(data))
				draft.annotations[relative.slice('annotations/'.length, -'.json'.length)] = data as AnnotationJson[];
			else if (data !== undefined)
				problems.push({ file: file.path, path: [], severity: 'error', message: 'should be a list of annotations' });
		} else if (relative === 'claims.json') {
			const data = json(file);
			if (data && typeof data === 'object' && Array.isArray((data as ClaimsJson).claims)) draft.claims = data as ClaimsJson;
			else if (data !== undefined)
				problems.push({
					file: file.path,
					path: ['claims'],
					severity: 'error',
					message: 'should be an object with a list "claims"'
				});
		}
	}
	const lessonFile = files.find((f) => /(^|\/)course\/[^/]+\/lesson\.md$/.test(f.path));
	if (lessonFile) {
		const folderPath = lessonFile.path.slice(0, -'/lesson.md'.length);
		const folder = folderPath.slice(folderPath.lastIndexOf('/') + 1);
		const parsed = parseLessonMarkdown(lessonFile.path, lessonFile.text);
		problems.push(...parsed.problems);
		const exercisesFile = files.find((f) => f.path === `${folderPath}/exercises.json`);
		const exercises = exercisesFile ? json(exercisesFile) : [];
		draft.lesson = {
			folder,
			frontmatter: readFrontmatter(parsed.frontmatterText ?? '', caseData.id),
			blocks: parsed.blocks,
			exercises: Array.isArray(exercises) ? (exercises as ExerciseJson[]) : []
		};
	}
	return { draft, problems };
}

/**
 * The frontmatter as writeLessonMarkdown writes it (plain or JSON-quoted scalars, objectives as a
 * dash list). The readers parse the real YAML when they validate; this only fills the draft.
 */
function readFrontmatter(text: string, caseId: string): LessonFrontmatter {
	const scalar = (raw: string): string => {
		const value = raw.trim();
		if (value.startsWith('"')) {
			try {
				return JSON.parse(value) as string;
			} catch {
				return value;
			}
		}
		return value.startsWith("'") && value.endsWith("'") ? value.slice(1, -1).replace(/''/g, "'") : value;
	};
	const fm: LessonFrontmatter = { title: '', objectives: [], minutes: 0, caseId };
	let inObjectives = false;
	for (const line of text.split('\n')) {
		const item = /^\s+-\s+(.*)$/.exec(line);
		if (inObjectives && item) {
			fm.objectives.push(scalar(item[1]));
			continue;
		}
		inObjectives = false;
		const field = /^(\w+):\s*(.*)$/.exec(line);
		if (!field) continue;
		const [, key, value] = field;
		if (key === 'title') fm.title = scalar(value);
		else if (key === 'minutes') fm.minutes = Number(value);
		else if (key === 'caseId') fm.caseId = scalar(value);
		else if (key === 'objectives') inObjectives = true;
	}
	return fm;
}

// ---------------------------------------------------------------------------------------------
// compiled case → draft

/**
 * Opens a case the browser has (its validated model, with the exercises and lessons of the
 * course) as a draft. Annotations get both selectors again from their range. A draft has one
 * lesson: a case with several gets them in one, each under a heading with its title, in course
 * order, keeping every exercise (and the folder of the first).
 */
export function draftFromCase(caseData: Case, exercises: readonly LessonExercise[], lessons: readonly LessonMeta[]): CaseDraft {
	const draft: CaseDraft = {
		case: {
			id: caseData.id,
			title: caseData.title,
			summary: caseData.summary,
			articles: caseData.articles.map(({ id, label, file, headline, outlet, description }) => ({
				id,
				label,
				file,
				headline,
				outlet,
				description
			}))
		},
		texts: Object.fromEntries(caseData.articles.map((a) => [a.id, a.text])),
		annotations: {}
	};
	for (const article of caseData.articles) {
		const own = caseData.annotations.filter((a) => a.article === article.id);
		if (own.length === 0) continue;
		draft.annotations[article.id] = own.map((a) => {
			const annotation: AnnotationJson = {
				id: a.id,
				category: a.category,
				explanation: a.explanation,
				...(a.links.length ? { links: a.links.map(({ to, relation }) => ({ to, relation })) } : {}),
				target: { source: article.id, selector: selectorsFor(article.text, { start: a.start, end: a.end }) }
			};
			return annotation;
		});
	}
	if (caseData.claims.length) draft.claims = { claims: caseData.claims };
	const own = [...lessons].filter((l) => l.case === caseData.id).sort((a, b) => a.number - b.number);
	if (own.length) {
		const byId = new Map(exercises.map((e) => [e.exercise.id, e.exercise]));
		const first = own[0];
		const single = own.length === 1;
		draft.lesson = {
			folder: `${String(first.number).padStart(2, '0')}-${first.slug}`,
			frontmatter: {
				title: single ? first.title : caseData.title,
				objectives: own.flatMap((l) => l.objectives),
				minutes: own.reduce((sum, l) => sum + l.minutes, 0),
				caseId: caseData.id
			},
			blocks: [
				{ kind: 'articles', highlights: false },
				...own.flatMap((l): LessonBlock[] => [
					...(single ? [] : [{ kind: 'heading', text: l.title } as const]),
					...l.exercises.filter((id) => byId.has(id)).map((id) => ({ kind: 'exercise', id }) as const)
				])
			],
			exercises: own.flatMap((l) => l.exercises.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])))
		};
	}
	return draft;
}
