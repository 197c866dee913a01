// Renaming an article: its id is also its file names (articles/<id>.txt, annotations/<id>.json)
// and is named by every annotation's target, the claims grid's cells, mark exercises' article,
// rank exercises' items and key, and the lesson's article blocks. An id made from a first headline
// is often not the one an author wants to keep, so a rename rewrites every one of those in one
// pure step (one undo), and refuses an id that is malformed or taken, saying why, before any
// change. Exercise and annotation ids do not contain the article id, so they stay.
import { ID_PATTERN } from '../../content/fields.js';
import type { CaseDraft } from '../files/draft.js';
import { kindOf } from '../../exercises/kinds/index.js';

export type RenameOutcome = { type: 'renamed'; draft: CaseDraft } | { type: 'refused'; message: string };

/** The same entries in the same order, the key `from` now `to`. */
function renameKey<T>(record: Record<string, T>, from: string, to: string): Record<string, T> {
	return Object.fromEntries(Object.entries(record).map(([k, v]) => [k === from ? to : k, v]));
}

const swap = (id: string, from: string, to: string) => (id === from ? to : id);

export function renameArticle(draft: CaseDraft, from: string, rawTo: string): RenameOutcome {
	const to = rawTo.trim();
	const article = draft.case.articles.find((a) => a.id === from);
	if (!article) return { type: 'refused', message: `There is no article "${from}" in this case.` };
	if (to === from) return { type: 'renamed', draft };
	if (to === '') return { type: 'refused', message: 'Give the article an id: lower-case words joined by hyphens.' };
	if (!ID_PATTERN.test(to))
		return {
			type: 'refused',
			message: `“${to}” cannot be an id: use lower-case letters and digits, words joined by single hyphens (like river-rises).`
		};
	const clash = draft.case.articles.find((a) => a.id === to);
	if (clash)
		return {
			type: 'refused',
			message: `Article ${clash.label} already has the id “${to}”: two articles cannot share an id (it is their file name). Choose another.`
		};
	// A file named anywhere else (a case written by hand) is already apart from the id; only its text's file follows.
	if (draft.case.articles.some((a) => a.id !== from && a.file === `${to}.txt`))
		return { type: 'refused', message: `Another article’s text is already in ${to}.txt. Choose another id.` };

	const next = structuredClone(draft);
	for (const a of next.case.articles)
		if (a.id === from) {
			a.id = to;
			if (a.file === `${from}.txt`) a.file = `${to}.txt`;
		}
	next.texts = renameKey(next.texts, from, to);
	next.annotations = renameKey(next.annotations, from, to);
	for (const annotation of next.annotations[to] ?? []) annotation.target.source = to;
	for (const claim of next.claims?.claims ?? []) claim.cells = renameKey(claim.cells, from, to);
	if (next.lesson) {
		// Each exercise type knows which of its fields name articles (a mark exercise's article, a rank's items and key).
		next.lesson.exercises = next.lesson.exercises.map((exercise) => kindOf(exercise.type).withArticleRenamed(exercise, from, to));
		for (const block of next.lesson.blocks)
			if (block.kind === 'articles' && block.ids) block.ids = block.ids.map((id) => swap(id, from, to));
	}
	return { type: 'renamed', draft: next };
}
