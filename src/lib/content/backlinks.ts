// Links are written once, by the annotation that makes them; the reader sees them from both ends.
// Backlinks are derived, never authored or shipped: the build computes them to validate, and the
// browser computes them again from the links it is sent (a few microseconds per case).
import type { AnchoredAnnotation, LinkRelation, Relation } from './types.js';

/** What a link means read from the other end. */
const INVERSE: Record<LinkRelation, Relation> = {
	'same-claim': 'same-claim',
	'contradicted-by': 'contradicts',
	'supported-by': 'supports',
	'copy-of': 'copied-as',
	compare: 'compare'
};

/** Fills in each annotation's backlinks from the others' links (links to missing ids are skipped). */
export function addBacklinks(annotations: AnchoredAnnotation[]): void {
	const byId = new Map(annotations.map((a) => [a.id, a]));
	for (const annotation of annotations) {
		for (const link of annotation.links) {
			const other = byId.get(link.to);
			if (other && other !== annotation) other.backlinks.push({ to: annotation.id, relation: INVERSE[link.relation] });
		}
	}
}
