// Editing a case draft: the case's own fields, its articles (add, remove, reorder, fields, text)
// and its annotations (add from a range of the text, edit, delete, link). Every operation is pure:
// it takes a draft and returns a new one, so the history can keep the old one for undo, and
// nothing here knows about Svelte or the page. Article text is stored exactly as given.
import { selectorsFor } from '../../anchoring/text-quote.js';
import type { TextRange } from '../../core/range.js';
import type { LinkRelation, TextPositionSelector, TextQuoteSelector } from '../../content/types.js';
import type { AnnotationJson, CaseDraft } from '../files/draft.js';
import { slugify, uniqueId } from './ids.js';
import { kindOf } from '../../exercises/kinds/index.js';

export type ArticleField = 'headline' | 'outlet' | 'description';
export type CaseField = 'title' | 'summary';

/** Labels students see for articles, in order (A–Z is far more than a case needs). */
const LABELS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function newDraft(fields: { title: string; summary?: string; id?: string }): CaseDraft {
	const id = fields.id?.trim() || slugify(fields.title) || 'new-case';
	return { case: { id, title: fields.title, summary: fields.summary ?? '', articles: [] }, texts: {}, annotations: {} };
}

function copy(draft: CaseDraft): CaseDraft {
	return structuredClone(draft);
}

export function setCaseField(draft: CaseDraft, field: CaseField, value: string): CaseDraft {
	const next = copy(draft);
	next.case[field] = value;
	return next;
}

/** Adds an article at the end; its id comes from the headline (or "article"). Returns the new id too. */
export function addArticle(
	draft: CaseDraft,
	fields: { headline?: string; outlet?: string; description?: string; text?: string } = {}
): { draft: CaseDraft; id: string } {
	const next = copy(draft);
	const id = uniqueId(
		slugify(fields.headline ?? ''),
		next.case.articles.map((a) => a.id),
		'article'
	);
	next.case.articles.push({
		id,
		label: '',
		file: `${id}.txt`,
		headline: fields.headline?.trim() ? fields.headline : null,
		outlet: fields.outlet?.trim() ? fields.outlet : null,
		description: fields.description ?? ''
	});
	next.texts[id] = fields.text ?? '';
	next.annotations[id] = [];
	for (const claim of next.claims?.claims ?? []) claim.cells[id] = { says: null, authority: null, annotations: [] };
	relabel(next);
	return { draft: next, id };
}

/** Removes an article with its text and annotations, and every link, claims cell and exercise key that pointed at them. */
export function removeArticle(draft: CaseDraft, articleId: string): CaseDraft {
	let next = copy(draft);
	for (const annotation of next.annotations[articleId] ?? []) next = deleteAnnotation(next, annotation.id);
	next.case.articles = next.case.articles.filter((a) => a.id !== articleId);
	delete next.texts[articleId];
	delete next.annotations[articleId];
	for (const claim of next.claims?.claims ?? []) delete claim.cells[articleId];
	relabel(next);
	return next;
}

/** Moves an article by `by` places (−1 earlier, +1 later); labels follow the new order. */
export function moveArticle(draft: CaseDraft, articleId: string, by: number): CaseDraft {
	const next = copy(draft);
	const list = next.case.articles;
	const from = list.findIndex((a) => a.id === articleId);
	const to = from + by;
	if (from < 0 || to < 0 || to >= list.length) return draft;
	const [moved] = list.splice(from, 1);
	list.splice(to, 0, moved);
	relabel(next);
	return next;
}

function relabel(draft: CaseDraft) {
	draft.case.articles.forEach((a, i) => (a.label = LABELS[i] ?? `${i + 1}`));
}

/** Headline and outlet are null in case.json when left empty (the text shows none). */
export function setArticleField(draft: CaseDraft, articleId: string, field: ArticleField, value: string): CaseDraft {
	const next = copy(draft);
	const article = next.case.articles.find((a) => a.id === articleId);
	if (!article) return draft;
	if (field === 'description') article.description = value;
	else article[field] = value === '' ? null : value;
	return next;
}

/**
 * Replaces an article's text, character for character. Annotations whose quote still occurs once
 * move with it (their position is recomputed); others keep their selectors, so the validator names
 * them and the author decides, rather than losing them silently.
 */
export function setText(draft: CaseDraft, articleId: string, text: string): CaseDraft {
	const next = copy(draft);
	next.texts[articleId] = text;
	for (const annotation of next.annotations[articleId] ?? []) {
		const quote = quoteOf(annotation);
		if (!quote) continue;
		const at = findUnique(text, quote);
		if (at) annotation.target.selector = selectorsFor(text, at);
	}
	return next;
}

function findUnique(text: string, quote: TextQuoteSelector): TextRange | undefined {
	const first = text.indexOf(quote.exact);
	if (first < 0 || text.indexOf(quote.exact, first + 1) >= 0) return undefined;
	return { start: first, end: first + quote.exact.length };
}

export function quoteOf(annotation: AnnotationJson): TextQuoteSelector | undefined {
	return annotation.target.selector.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
}

export function positionOf(annotation: AnnotationJson): TextPositionSelector | undefined {
	return annotation.target.selector.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
}

export function allAnnotations(draft: CaseDraft): AnnotationJson[] {
	return draft.case.articles.flatMap((a) => draft.annotations[a.id] ?? []);
}

export function findAnnotation(draft: CaseDraft, id: string): AnnotationJson | undefined {
	return allAnnotations(draft).find((a) => a.id === id);
}

/**
 * Annotates [start, end) of an article: the W3C quote selector (exact, with 32 characters of
 * context, more where the quote repeats) and the position selector, as lessons/ stores them. The
 * id is the article's label and the quote's first words ("b-reports-have-surfaced").
 */
export function addAnnotation(
	draft: CaseDraft,
	articleId: string,
	range: TextRange,
	fields: { category?: string; explanation?: string } = {}
): { draft: CaseDraft; id: string } {
	const text = draft.texts[articleId];
	const article = draft.case.articles.find((a) => a.id === articleId);
	if (text === undefined || !article) throw new Error(`no article "${articleId}" in this case`);
	const start = Math.max(0, Math.min(range.start, range.end));
	const end = Math.min(text.length, Math.max(range.start, range.end));
	if (start === end) throw new Error('select at least one character to annotate');
	const next = copy(draft);
	const base = [article.label.toLowerCase(), slugify(text.slice(start, end))].filter(Boolean).join('-');
	const id = uniqueId(
		base,
		allAnnotations(next).map((a) => a.id),
		`${article.label.toLowerCase()}-passage`
	);
	(next.annotations[articleId] ??= []).push({
		id,
		category: fields.category ?? '',
		explanation: fields.explanation ?? '',
		target: { source: articleId, selector: selectorsFor(text, { start, end }) }
	});
	return { draft: next, id };
}

function editAnnotation(draft: CaseDraft, id: string, change: (a: AnnotationJson, articleId: string) => void): CaseDraft {
	const next = copy(draft);
	for (const [articleId, list] of Object.entries(next.annotations)) {
		const found = list.find((a) => a.id === id);
		if (found) {
			change(found, articleId);
			return next;
		}
	}
	return draft;
}

export function setCategory(draft: CaseDraft, id: string, category: string): CaseDraft {
	return editAnnotation(draft, id, (a) => (a.category = category));
}

export function setExplanation(draft: CaseDraft, id: string, explanation: string): CaseDraft {
	return editAnnotation(draft, id, (a) => (a.explanation = explanation));
}

/** Moves an annotation to another range of the same article (its id stays, so links and keys hold). */
export function setRange(draft: CaseDraft, id: string, range: TextRange): CaseDraft {
	return editAnnotation(draft, id, (a, articleId) => {
		const text = draft.texts[articleId] ?? '';
		const start = Math.max(0, Math.min(range.start, range.end));
		const end = Math.min(text.length, Math.max(range.start, range.end));
		if (start < end) a.target.selector = selectorsFor(text, { start, end });
	});
}

/** Deletes an annotation and everything that named it: links, claims cells, exercise targets and items. */
export function deleteAnnotation(draft: CaseDraft, id: string): CaseDraft {
	const next = copy(draft);
	for (const articleId of Object.keys(next.annotations)) {
		next.annotations[articleId] = next.annotations[articleId].filter((a) => a.id !== id);
		for (const a of next.annotations[articleId]) {
			if (!a.links) continue;
			a.links = a.links.filter((l) => l.to !== id);
			if (a.links.length === 0) delete a.links;
		}
	}
	for (const claim of next.claims?.claims ?? [])
		for (const cell of Object.values(claim.cells)) cell.annotations = cell.annotations.filter((x) => x !== id);
	if (next.lesson)
		next.lesson.exercises = next.lesson.exercises.map((exercise) => kindOf(exercise.type).withoutAnnotation(exercise, id));
	return next;
}

/** Links `from` to `to` (an annotation in another article); an existing link between them takes the new relation. */
export function addLink(draft: CaseDraft, from: string, to: string, relation: LinkRelation): CaseDraft {
	if (from === to || !findAnnotation(draft, to)) return draft;
	return editAnnotation(draft, from, (a) => {
		const links = (a.links ??= []);
		const existing = links.find((l) => l.to === to);
		if (existing) existing.relation = relation;
		else links.push({ to, relation });
	});
}

export function removeLink(draft: CaseDraft, from: string, to: string): CaseDraft {
	return editAnnotation(draft, from, (a) => {
		a.links = (a.links ?? []).filter((l) => l.to !== to);
		if (a.links.length === 0) delete a.links;
	});
}
