// The claims table as a grid: a row per fact, a column per article; each cell says what the
// article reports, on whose authority, and which annotations show the passage. Pure, like case-ops.
import type { ClaimCell } from '../../content/types.js';
import type { CaseDraft } from '../files/draft.js';
import { slugify, uniqueId } from './ids.js';

export type CellField = 'says' | 'authority';

/** A cell for an article that does not report the fact (claims.json wants one per article). */
export function emptyCell(): ClaimCell {
	return { says: null, authority: null, annotations: [] };
}

/** A new fact row (its id from the topic); every cell starts empty, as "not reported". */
export function addFact(draft: CaseDraft, topic: string): { draft: CaseDraft; id: string } {
	const next = structuredClone(draft);
	const claims = (next.claims ??= { claims: [] }).claims;
	const id = uniqueId(
		slugify(topic),
		claims.map((c) => c.id),
		'fact'
	);
	claims.push({ id, topic, cells: Object.fromEntries(next.case.articles.map((a) => [a.id, emptyCell()])) });
	return { draft: next, id };
}

export function removeFact(draft: CaseDraft, factId: string): CaseDraft {
	const next = structuredClone(draft);
	if (!next.claims) return draft;
	next.claims.claims = next.claims.claims.filter((c) => c.id !== factId);
	if (next.claims.claims.length === 0) delete next.claims;
	return next;
}

export function setTopic(draft: CaseDraft, factId: string, topic: string): CaseDraft {
	const next = structuredClone(draft);
	const claim = next.claims?.claims.find((c) => c.id === factId);
	if (!claim) return draft;
	claim.topic = topic;
	return next;
}

function editCell(draft: CaseDraft, factId: string, articleId: string, change: (cell: ClaimCell) => void): CaseDraft {
	const next = structuredClone(draft);
	const claim = next.claims?.claims.find((c) => c.id === factId);
	if (!claim) return draft;
	const cell = (claim.cells[articleId] ??= emptyCell());
	change(cell);
	return next;
}

/** Empty text is stored as null: the article does not report it (or names no authority). */
export function setCell(draft: CaseDraft, factId: string, articleId: string, field: CellField, value: string): CaseDraft {
	return editCell(draft, factId, articleId, (cell) => (cell[field] = value.trim() === '' ? null : value));
}

export function setCellAnnotations(draft: CaseDraft, factId: string, articleId: string, ids: string[]): CaseDraft {
	return editCell(draft, factId, articleId, (cell) => (cell.annotations = [...new Set(ids)]));
}

export function cellOf(draft: CaseDraft, factId: string, articleId: string): ClaimCell {
	return draft.claims?.claims.find((c) => c.id === factId)?.cells[articleId] ?? emptyCell();
}
