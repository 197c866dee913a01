// Moving through annotations: reading order across the side-by-side view (article by article,
// then by position), and the words the reader sees for each kind of link.
import type { AnchoredAnnotation, Case, Relation } from '../content/types.js';

export function inReadingOrder(c: Case, annotations: readonly AnchoredAnnotation[] = c.annotations): AnchoredAnnotation[] {
	const order = new Map(c.articles.map((a, i) => [a.id, i]));
	return [...annotations].sort((a, b) => order.get(a.article)! - order.get(b.article)! || a.start - b.start || b.end - a.end);
}

/** The next (or previous) annotation of the same category as `current`, wrapping around. */
export function neighbour(c: Case, current: AnchoredAnnotation, step: 1 | -1): AnchoredAnnotation {
	const same = inReadingOrder(
		c,
		c.annotations.filter((a) => a.category === current.category)
	);
	const at = same.findIndex((a) => a.id === current.id);
	return same[(at + step + same.length) % same.length];
}

/** Position of `current` among its category, for "3 of 12". */
export function placeInCategory(c: Case, current: AnchoredAnnotation): { index: number; total: number } {
	const same = inReadingOrder(
		c,
		c.annotations.filter((a) => a.category === current.category)
	);
	return { index: same.findIndex((a) => a.id === current.id) + 1, total: same.length };
}

export const RELATION_LABELS: Record<Relation, string> = {
	'same-claim': 'Same claim',
	'contradicted-by': 'Contradicted by',
	contradicts: 'Contradicts',
	'supported-by': 'Supported by',
	supports: 'Supports',
	'copy-of': 'Copy of',
	'copied-as': 'Copied as',
	compare: 'Compare with'
};

/** Every passage linked to `annotation`, in either direction, without repeats. */
export function relatedPassages(
	annotation: AnchoredAnnotation,
	byId: Map<string, AnchoredAnnotation>
): { relation: Relation; annotation: AnchoredAnnotation }[] {
	const seen = new Set<string>();
	const related = [];
	for (const link of [...annotation.links, ...annotation.backlinks]) {
		const other = byId.get(link.to);
		if (!other || seen.has(other.id)) continue;
		seen.add(other.id);
		related.push({ relation: link.relation, annotation: other });
	}
	return related;
}

/** How many annotations of each category, for the legend. */
export function countByCategory(annotations: readonly AnchoredAnnotation[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const a of annotations) counts.set(a.category, (counts.get(a.category) ?? 0) + 1);
	return counts;
}
