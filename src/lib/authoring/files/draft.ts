// STAND-IN until branch "share" lands its contract (src/lib/authoring/files/draft.ts): the lead
// replaces this file with share's at merge. The editor builds against the shape in its brief:
// a case being written in the browser, as the files of the documented folder format hold it.
import type { Annotation, ArticleMeta, Case, Claim } from '../../content/types.js';
import type { TextFile } from '../../content/read-case.js';
import { selectorsFor } from '../../anchoring/text-quote.js';

export interface CaseJson {
	id: string;
	title: string;
	summary: string;
	articles: ArticleMeta[];
}

export type AnnotationJson = Annotation;

export interface ClaimsJson {
	claims: Claim[];
}

/** An exercise as exercises.json holds it (validated by the course reader, not typed here). */
export type ExerciseJson = Record<string, unknown> & { id: string; type: string };

export type LessonBlock =
	{ kind: 'prose'; markdown: string } | { kind: 'articles'; ids: string[]; show?: string[] } | { kind: 'exercise'; id: string };

export interface LessonDraft {
	folder: string;
	frontmatter: { title: string; objectives: string[]; minutes: number; caseId: string };
	blocks: LessonBlock[];
	exercises: ExerciseJson[];
}

export interface CaseDraft {
	case: CaseJson;
	/** Article id → its verbatim text. */
	texts: Record<string, string>;
	/** Article id → annotations/<article>.json. */
	annotations: Record<string, AnnotationJson[]>;
	claims?: ClaimsJson;
	lesson?: LessonDraft;
}

const json = (value: unknown) => JSON.stringify(value, null, '\t') + '\n';

/** The case folder's files (paths relative to lessons/), as readCase and the zip take them. */
export function draftToFiles(draft: CaseDraft): TextFile[] {
	const base = `cases/${draft.case.id}/`;
	const files: TextFile[] = [{ path: `${base}case.json`, text: json(draft.case) }];
	for (const article of draft.case.articles) {
		files.push({ path: `${base}articles/${article.file}`, text: draft.texts[article.id] ?? '' });
		files.push({ path: `${base}annotations/${article.id}.json`, text: json(draft.annotations[article.id] ?? []) });
	}
	if (draft.claims) files.push({ path: `${base}claims.json`, text: json(draft.claims) });
	if (draft.lesson) {
		const folder = `course/${draft.lesson.folder}/`;
		files.push({ path: `${folder}lesson.md`, text: lessonMarkdown(draft.lesson) });
		files.push({ path: `${folder}exercises.json`, text: json(draft.lesson.exercises) });
	}
	return files;
}

function lessonMarkdown(lesson: LessonDraft): string {
	const { title, objectives, minutes, caseId } = lesson.frontmatter;
	const head = [
		'---',
		`title: ${JSON.stringify(title)}`,
		'objectives:',
		...objectives.map((o) => `  - ${JSON.stringify(o)}`),
		`minutes: ${minutes}`,
		`caseId: ${caseId}`,
		'---',
		'<script>',
		"\timport Articles from '#lib/components/lesson/Articles.svelte';",
		"\timport Exercise from '#lib/components/lesson/Exercise.svelte';",
		'</script>',
		''
	];
	const body = lesson.blocks.map((b) =>
		b.kind === 'prose'
			? b.markdown.trim()
			: b.kind === 'articles'
				? `<Articles ids={${JSON.stringify(b.ids)}}${b.show ? ` show={${JSON.stringify(b.show)}}` : ''} />`
				: `<Exercise id="${b.id}" />`
	);
	return head.join('\n') + body.join('\n\n') + '\n';
}

/** A draft of a case the app already has (validated), to edit or re-export. */
export function draftFromCase(c: Case): CaseDraft {
	const annotations: Record<string, AnnotationJson[]> = {};
	for (const article of c.articles) annotations[article.id] = [];
	for (const a of c.annotations) {
		const text = c.articles.find((x) => x.id === a.article)?.text ?? '';
		const annotation: AnnotationJson = {
			id: a.id,
			category: a.category,
			explanation: a.explanation,
			...(a.links.length ? { links: a.links.map((l) => ({ ...l })) } : {}),
			target: { source: a.article, selector: selectorsFor(text, { start: a.start, end: a.end }) }
		};
		(annotations[a.article] ??= []).push(annotation);
	}
	return {
		case: {
			id: c.id,
			title: c.title,
			summary: c.summary,
			articles: c.articles.map(({ id, label, file, headline, outlet, description }) => ({
				id,
				label,
				file,
				headline,
				outlet,
				description
			}))
		},
		texts: Object.fromEntries(c.articles.map((a) => [a.id, a.text])),
		annotations,
		...(c.claims.length ? { claims: { claims: structuredClone(c.claims) } } : {})
	};
}
