// Reads the course from lessons/ the way an author wrote it, so end-to-end tests can answer
// exercises correctly (or wrongly) without hard-coding answers that would drift from the content.
import { readFileSync, readdirSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { splitIntoClauses } from '../../src/lib/text/split-into-clauses.js';
import type { Exercise } from '../../src/lib/exercises/types.js';

const root = 'lessons';
const caseDir = `${root}/cases/ukraine-55000`;

export const lessonFolders = readdirSync(`${root}/course`).sort();
export const slugOf = (folder: string) => folder.replace(/^\d\d-/, '');
/** The reference shelf's notes, by slug (lessons/shelf/<slug>.md). */
export const shelfNotes = readdirSync(`${root}/shelf`)
	.filter((n) => n.endsWith('.md'))
	.map((n) => n.replace(/\.md$/, ''))
	.sort();

/** Every route of the site, as a student, teacher or author can reach it (every-route and design tests). */
export const everyRoute = [
	'/',
	'/cases/ukraine-55000',
	'/cases/ukraine-55000/claims',
	...lessonFolders.map((f) => `/lessons/${slugOf(f)}`),
	'/shelf',
	...shelfNotes.map((slug) => `/shelf/${slug}`),
	'/glossary',
	'/teacher',
	'/teacher/assign',
	'/teacher/gradebook',
	'/assignment',
	'/author'
];

export function exercisesOf(folder: string): Exercise[] {
	return JSON.parse(readFileSync(`${root}/course/${folder}/exercises.json`, 'utf8'));
}

const articleFiles: Record<string, string> = Object.fromEntries(
	JSON.parse(readFileSync(`${caseDir}/case.json`, 'utf8')).articles.map((a: { id: string; file: string }) => [a.id, a.file])
);
const annotations = new Map<string, { id: string; category: string; explanation: string; start: number; end: number }>();
for (const article of Object.keys(articleFiles)) {
	for (const a of JSON.parse(readFileSync(`${caseDir}/annotations/${article}.json`, 'utf8'))) {
		const position = a.target.selector.find((s: { type: string }) => s.type === 'TextPositionSelector');
		annotations.set(a.id, {
			id: a.id,
			category: a.category,
			explanation: a.explanation,
			start: position.start,
			end: position.end
		});
	}
}
export const annotation = (id: string) => annotations.get(id)!;
export const articleText = (id: string) => readFileSync(`${caseDir}/articles/${articleFiles[id]}`, 'utf8');

/** Indexes of the keyboard clauses that hold part of a target: marking them is the keyboard user's answer. */
export function clausesToMark(article: string, targets: string[]): number[] {
	const clauses = splitIntoClauses(articleText(article));
	return clauses.flatMap((c, i) => (targets.some((t) => annotation(t).start < c.end && annotation(t).end > c.start) ? [i] : []));
}

export const categoryLabels: Record<string, string> = Object.fromEntries(
	JSON.parse(readFileSync(`${root}/categories.json`, 'utf8')).map((c: { slug: string; label: string }) => [c.slug, c.label])
);

/** Lesson 4's number exercise: opens the lesson at `base` (a URL or './'), answers it right and checks it. */
export async function answerLesson4Number(page: Page, base: string) {
	const lesson = lessonFolders.find((f) => f.startsWith('04-'))!;
	const exercise = exercisesOf(lesson).find((e) => e.type === 'numeric')!;
	if (exercise.type !== 'numeric') throw new Error('no number exercise in lesson 4');
	await page.goto(`${base}#/lessons/${slugOf(lesson)}?exercise=${exercise.id}`);
	const root = page.locator(`[data-exercise="${exercise.id}"]`);
	await root.getByLabel('Your answer').fill(String(exercise.answer));
	await root.getByRole('button', { name: 'Check answer' }).click();
	await expect(root.getByRole('status')).toContainText('All correct!');
	return { root, exercise, lesson };
}
