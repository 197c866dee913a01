// Exercises and the lesson page for a case: mark, mark-and-label and classify exercises generated
// from the annotations an author picks (targets and borderline), choice, match, rank and numeric
// exercises written by form, and the lesson's blocks (headings, paragraphs, articles, exercises).
// Everything is written in the JSON of lessons/course/*/exercises.json, so the course reader
// validates it with the build's own messages.
import type { CaseDraft, ExerciseJson, LessonBlock, LessonDraft } from '../files/draft.js';
import {
	DEFAULT_ATTEMPTS,
	type ChoiceExercise,
	type ClassifyExercise,
	type MarkAndLabelExercise,
	type MarkExercise,
	type MatchExercise,
	type NumericExercise,
	type RankExercise
} from '../../exercises/types.js';
import { allAnnotations } from './case-ops.js';
import { slugify, uniqueId } from './ids.js';

/** An exercise before it has an id (addExercise gives it one from the prompt). */
export type NewExercise = ExerciseJson extends infer E
	? E extends ExerciseJson
		? Omit<E, 'id'> & { id?: string }
		: never
	: never;

/** Lesson folders are NN-slug; a case's own lesson comes after the built-in course's nine. */
export const LESSON_NUMBER = '10';

/** The lesson, created on first use with a title from the case. */
export function ensureLesson(draft: CaseDraft): CaseDraft {
	if (draft.lesson) return draft;
	const next = structuredClone(draft);
	next.lesson = {
		folder: `${LESSON_NUMBER}-${next.case.id}`,
		frontmatter: { title: next.case.title, objectives: [], minutes: 20, caseId: next.case.id },
		blocks: [],
		exercises: []
	};
	return next;
}

function withLesson(draft: CaseDraft, change: (lesson: LessonDraft) => void): CaseDraft {
	const next = structuredClone(ensureLesson(draft));
	change(next.lesson!);
	return next;
}

function exerciseId(draft: CaseDraft, prompt: string): string {
	return uniqueId(slugify(prompt, 3), draft.lesson?.exercises.map((e) => e.id) ?? [], 'exercise');
}

/** Adds an exercise and, so the lesson shows it, an exercise block. Returns its id. */
export function addExercise(draft: CaseDraft, exercise: NewExercise): { draft: CaseDraft; id: string } {
	const id = exercise.id ?? exerciseId(draft, exercise.prompt);
	const next = withLesson(draft, (lesson) => {
		lesson.exercises.push({ ...exercise, id } as ExerciseJson);
		lesson.blocks.push({ kind: 'exercise', id });
	});
	return { draft: next, id };
}

export function removeExercise(draft: CaseDraft, id: string): CaseDraft {
	if (!draft.lesson) return draft;
	return withLesson(draft, (lesson) => {
		lesson.exercises = lesson.exercises.filter((e) => e.id !== id);
		lesson.blocks = lesson.blocks.filter((b) => !(b.kind === 'exercise' && b.id === id));
	});
}

/** Replaces one exercise's fields (its id and type stay). */
export function updateExercise(draft: CaseDraft, id: string, fields: Partial<NewExercise>): CaseDraft {
	return withLesson(draft, (lesson) => {
		const found = lesson.exercises.find((e) => e.id === id);
		if (found) Object.assign(found, fields, { id, type: found.type });
	});
}

export interface MarkChoice {
	prompt: string;
	article: string;
	/** Annotation ids a student should find. */
	targets: string[];
	/** Annotation ids marking which neither earns nor costs. */
	borderline?: string[];
	explanation?: string;
}

const explained = (explanation?: string) => (explanation?.trim() ? { explanation } : {});

/** A mark exercise on one article: the student finds the target passages. */
export function markExercise(draft: CaseDraft, choice: MarkChoice): Omit<MarkExercise, 'id'> {
	const inArticle = new Set((draft.annotations[choice.article] ?? []).map((a) => a.id));
	const targets = choice.targets.filter((id) => inArticle.has(id));
	const borderline = (choice.borderline ?? []).filter((id) => inArticle.has(id) && !targets.includes(id));
	return {
		type: 'mark',
		prompt: choice.prompt,
		attempts: DEFAULT_ATTEMPTS,
		case: draft.case.id,
		article: choice.article,
		targets,
		borderline,
		...explained(choice.explanation)
	};
}

/** Mark, then name the technique: the labels offered are the targets' categories (and any extra given). */
export function markAndLabelExercise(
	draft: CaseDraft,
	choice: MarkChoice & { labels?: string[] }
): Omit<MarkAndLabelExercise, 'id'> {
	const base = markExercise(draft, choice);
	const byId = new Map(allAnnotations(draft).map((a) => [a.id, a]));
	const fromTargets = base.targets.map((id) => byId.get(id)?.category).filter((c): c is string => !!c);
	return { ...base, type: 'mark-and-label', labels: [...new Set([...fromTargets, ...(choice.labels ?? [])])] };
}

/** Classify passages: one item per chosen annotation, the categories offered being theirs (and any extra). */
export function classifyExercise(
	draft: CaseDraft,
	choice: { prompt: string; annotations: string[]; categories?: string[]; explanation?: string }
): Omit<ClassifyExercise, 'id'> {
	const byId = new Map(allAnnotations(draft).map((a) => [a.id, a]));
	const chosen = choice.annotations.filter((id) => byId.has(id));
	const categories = [...new Set([...chosen.map((id) => byId.get(id)!.category).filter(Boolean), ...(choice.categories ?? [])])];
	return {
		type: 'classify',
		prompt: choice.prompt,
		attempts: DEFAULT_ATTEMPTS,
		case: draft.case.id,
		categories,
		items: chosen.map((annotation, i) => ({ id: `item-${i + 1}`, annotation })),
		...explained(choice.explanation)
	};
}

/** A choice exercise from form fields; option ids are slugs of their text. */
export function choiceExercise(form: {
	prompt: string;
	multiple: boolean;
	options: { text: string; correct: boolean; feedback: string }[];
	explanation?: string;
}): Omit<ChoiceExercise, 'id'> {
	const ids: string[] = [];
	const options = form.options.map((o) => {
		const id = uniqueId(slugify(o.text, 2), ids, 'option');
		ids.push(id);
		return { id, text: o.text, correct: o.correct, feedback: o.feedback };
	});
	return {
		type: 'choice',
		prompt: form.prompt,
		attempts: DEFAULT_ATTEMPTS,
		multiple: form.multiple,
		options,
		...explained(form.explanation)
	};
}

/** Match: left and right items by text, pairs by index (left i → right pairs[i]). */
export function matchExercise(form: {
	prompt: string;
	left: string[];
	right: string[];
	pairs: number[];
	explanation?: string;
}): Omit<MatchExercise, 'id'> {
	const left = form.left.map((text, i) => ({ id: `l${i + 1}`, text }));
	const right = form.right.map((text, i) => ({ id: `r${i + 1}`, text }));
	const pairs = Object.fromEntries(form.pairs.slice(0, left.length).map((r, i) => [`l${i + 1}`, `r${r + 1}`]));
	return { type: 'match', prompt: form.prompt, attempts: DEFAULT_ATTEMPTS, left, right, pairs, ...explained(form.explanation) };
}

/** Rank the case's articles: shown in case order, the key being the author's order. */
export function rankExercise(
	draft: CaseDraft,
	form: { prompt: string; order: string[]; explanation?: string }
): Omit<RankExercise, 'id'> {
	return {
		type: 'rank',
		prompt: form.prompt,
		attempts: DEFAULT_ATTEMPTS,
		case: draft.case.id,
		items: draft.case.articles.map((a) => a.id),
		// A copy: the form's list may be reactive state (a proxy), which no draft may hold (structuredClone refuses it).
		order: [...form.order],
		...explained(form.explanation)
	};
}

export function numericExercise(form: {
	prompt: string;
	answer: number;
	tolerance?: number;
	unit?: string;
	explanation?: string;
}): Omit<NumericExercise, 'id'> {
	return {
		type: 'numeric',
		prompt: form.prompt,
		attempts: DEFAULT_ATTEMPTS,
		answer: form.answer,
		tolerance: form.tolerance ?? 0,
		...(form.unit?.trim() ? { unit: form.unit } : {}),
		...explained(form.explanation)
	};
}

export function setLessonTitle(draft: CaseDraft, title: string): CaseDraft {
	return withLesson(draft, (lesson) => (lesson.frontmatter.title = title));
}

export function setLessonMinutes(draft: CaseDraft, minutes: number): CaseDraft {
	return withLesson(draft, (lesson) => (lesson.frontmatter.minutes = minutes));
}

/** One objective a line; blank lines dropped. */
export function setLessonObjectives(draft: CaseDraft, objectives: string[]): CaseDraft {
	return withLesson(draft, (lesson) => (lesson.frontmatter.objectives = objectives.filter((o) => o.trim() !== '')));
}

export function addBlock(draft: CaseDraft, block: LessonBlock, at?: number): CaseDraft {
	return withLesson(draft, (lesson) => lesson.blocks.splice(at ?? lesson.blocks.length, 0, block));
}

export function setBlock(draft: CaseDraft, index: number, block: LessonBlock): CaseDraft {
	return withLesson(draft, (lesson) => {
		if (index >= 0 && index < lesson.blocks.length) lesson.blocks[index] = block;
	});
}

export function removeBlock(draft: CaseDraft, index: number): CaseDraft {
	return withLesson(draft, (lesson) => lesson.blocks.splice(index, 1));
}

export function moveBlock(draft: CaseDraft, index: number, by: number): CaseDraft {
	const to = index + by;
	const count = draft.lesson?.blocks.length ?? 0;
	if (index < 0 || index >= count || to < 0 || to >= count) return draft;
	return withLesson(draft, (lesson) => {
		const [moved] = lesson.blocks.splice(index, 1);
		lesson.blocks.splice(to, 0, moved);
	});
}
