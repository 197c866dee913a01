// Editing an exercise already in the draft, field by field: the same fields as when it was made
// (prompt, explanation, the options or items and the key, the targets and borderline passages),
// so an author fixes a typo or a key without deleting the exercise and losing its place and id.
// Every operation is pure (a draft in, a new draft out: the history keeps the old one for undo)
// and changes only what the author touched; what a change leaves wrong (a choice with no right
// option, a match pair to nothing) is left for the validator to name next to the field.
import type { CaseDraft, ExerciseJson } from '../files/draft.js';
import type { ExerciseType } from '../../exercises/types.js';
import { slugify, uniqueId } from './ids.js';

type Of<T extends ExerciseType> = Extract<ExerciseJson, { type: T }>;

/** Changes a copy of exercise `id` if it has one of `types`; otherwise the draft comes back unchanged. */
function edit<T extends ExerciseType>(
	draft: CaseDraft,
	id: string,
	types: readonly T[],
	change: (exercise: Of<T>, draft: CaseDraft) => void
): CaseDraft {
	const at = draft.lesson?.exercises.findIndex((e) => e.id === id) ?? -1;
	const found = at >= 0 ? draft.lesson!.exercises[at] : undefined;
	if (!found || !(types as readonly string[]).includes(found.type)) return draft;
	const next = structuredClone(draft);
	change(next.lesson!.exercises[at] as Of<T>, next);
	return next;
}

const ALL: readonly ExerciseType[] = ['mark', 'mark-and-label', 'classify', 'match', 'choice', 'rank', 'numeric'];

/** The prompt, or the explanation shown after checking (left out of exercises.json when empty, as when made). */
export function setExerciseText(draft: CaseDraft, id: string, field: 'prompt' | 'explanation', value: string): CaseDraft {
	return edit(draft, id, ALL, (e) => {
		if (field === 'prompt') e.prompt = value;
		else if (value.trim() === '') delete e.explanation;
		else e.explanation = value;
	});
}

/** Checks allowed (0 = unlimited). */
export function setAttempts(draft: CaseDraft, id: string, attempts: number): CaseDraft {
	return edit(draft, id, ALL, (e) => (e.attempts = attempts));
}

// Mark and mark-and-label

export type MarkRole = 'none' | 'target' | 'borderline';

export function markRole(exercise: Of<'mark' | 'mark-and-label'>, annotation: string): MarkRole {
	if (exercise.targets.includes(annotation)) return 'target';
	return exercise.borderline?.includes(annotation) ? 'borderline' : 'none';
}

/** A passage to find, borderline (neither earns nor costs), or not in the exercise; a passage is one at most. */
export function setMarkRole(draft: CaseDraft, id: string, annotation: string, role: MarkRole): CaseDraft {
	return edit(draft, id, ['mark', 'mark-and-label'], (e) => {
		e.targets = e.targets.filter((t) => t !== annotation);
		e.borderline = (e.borderline ?? []).filter((t) => t !== annotation);
		if (role === 'target') e.targets.push(annotation);
		if (role === 'borderline') e.borderline.push(annotation);
	});
}

/** Another article: the passages chosen in the old one are not in the new one, so none stay chosen. */
export function setMarkArticle(draft: CaseDraft, id: string, article: string): CaseDraft {
	return edit(draft, id, ['mark', 'mark-and-label'], (e, next) => {
		if (e.article === article) return;
		const inArticle = new Set((next.annotations[article] ?? []).map((a) => a.id));
		e.article = article;
		e.targets = e.targets.filter((t) => inArticle.has(t));
		e.borderline = (e.borderline ?? []).filter((t) => inArticle.has(t));
	});
}

/** A category offered to the student: a mark-and-label exercise's labels, a classify exercise's categories. */
export function setOffered(draft: CaseDraft, id: string, slug: string, offered: boolean): CaseDraft {
	return edit(draft, id, ['mark-and-label', 'classify'], (e) => {
		const change = (list: string[]) => [...list.filter((s) => s !== slug), ...(offered ? [slug] : [])];
		if ('categories' in e) e.categories = change(e.categories);
		else e.labels = change(e.labels);
	});
}

// Classify

/** A passage to sort, in or out; a new item gets the next free item id, and the others keep theirs. */
export function setClassifyItem(draft: CaseDraft, id: string, annotation: string, included: boolean): CaseDraft {
	return edit(draft, id, ['classify'], (e) => {
		const has = e.items.some((i) => i.annotation === annotation);
		if (included && !has) {
			const ids = e.items.map((i) => i.id);
			let n = e.items.length + 1;
			while (ids.includes(`item-${n}`)) n++;
			e.items.push({ id: `item-${n}`, annotation });
		} else if (!included) e.items = e.items.filter((i) => i.annotation !== annotation);
	});
}

// Choice

export function setMultiple(draft: CaseDraft, id: string, multiple: boolean): CaseDraft {
	return edit(draft, id, ['choice'], (e) => (e.multiple = multiple));
}

/** An option's text, rightness or feedback; its id stays (a saved answer names it). */
export function setOption(
	draft: CaseDraft,
	id: string,
	option: string,
	fields: Partial<{ text: string; correct: boolean; feedback: string }>
): CaseDraft {
	return edit(draft, id, ['choice'], (e) => {
		const found = e.options.find((o) => o.id === option);
		if (found) Object.assign(found, fields);
	});
}

/** A new, empty, wrong option at the end. Returns its id. */
export function addOption(draft: CaseDraft, id: string, text = ''): { draft: CaseDraft; option: string } {
	let option = '';
	const next = edit(draft, id, ['choice'], (e) => {
		option = uniqueId(
			slugify(text, 2),
			e.options.map((o) => o.id),
			'option'
		);
		e.options.push({ id: option, text, correct: false, feedback: '' });
	});
	return { draft: next, option };
}

export function removeOption(draft: CaseDraft, id: string, option: string): CaseDraft {
	return edit(draft, id, ['choice'], (e) => (e.options = e.options.filter((o) => o.id !== option)));
}

// Match

export type MatchSide = 'left' | 'right';

export function setMatchText(draft: CaseDraft, id: string, side: MatchSide, item: string, text: string): CaseDraft {
	return edit(draft, id, ['match'], (e) => {
		const found = e[side].find((i) => i.id === item);
		if (found) found.text = text;
	});
}

/** A new item on one side, with the next free id (l3, r4). Returns its id. */
export function addMatchItem(draft: CaseDraft, id: string, side: MatchSide): { draft: CaseDraft; item: string } {
	let item = '';
	const next = edit(draft, id, ['match'], (e) => {
		const prefix = side === 'left' ? 'l' : 'r';
		const ids = e[side].map((i) => i.id);
		let n = ids.length + 1;
		while (ids.includes(`${prefix}${n}`)) n++;
		item = `${prefix}${n}`;
		e[side].push({ id: item, text: '' });
	});
	return { draft: next, item };
}

/** Removes an item, and the pairs it was in. */
export function removeMatchItem(draft: CaseDraft, id: string, side: MatchSide, item: string): CaseDraft {
	return edit(draft, id, ['match'], (e) => {
		e[side] = e[side].filter((i) => i.id !== item);
		e.pairs = Object.fromEntries(Object.entries(e.pairs).filter(([l, r]) => (side === 'left' ? l !== item : r !== item)));
	});
}

/** Which right item a left item goes with; '' for none. */
export function setPair(draft: CaseDraft, id: string, left: string, right: string): CaseDraft {
	return edit(draft, id, ['match'], (e) => {
		const pairs = { ...e.pairs };
		if (right === '') delete pairs[left];
		else pairs[left] = right;
		e.pairs = pairs;
	});
}

// Rank

/** Moves an article by `by` places in the right order (best first). */
export function moveRankItem(draft: CaseDraft, id: string, article: string, by: number): CaseDraft {
	let moved = false;
	const next = edit(draft, id, ['rank'], (e) => {
		const from = e.order.indexOf(article);
		const to = from + by;
		if (from < 0 || to < 0 || to >= e.order.length) return;
		e.order.splice(to, 0, ...e.order.splice(from, 1));
		moved = true;
	});
	return moved ? next : draft;
}

// Numeric

export function setNumber(draft: CaseDraft, id: string, field: 'answer' | 'tolerance', value: number): CaseDraft {
	return edit(draft, id, ['numeric'], (e) => (e[field] = value));
}

/** The unit after the answer; left out when empty, as when made. */
export function setUnit(draft: CaseDraft, id: string, unit: string): CaseDraft {
	return edit(draft, id, ['numeric'], (e) => {
		if (unit.trim() === '') delete e.unit;
		else e.unit = unit;
	});
}
