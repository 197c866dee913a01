// A case's annotations in the open W3C Web Annotation format (https://www.w3.org/TR/annotation-model/),
// so other tools (Hypothesis-style annotators, research corpora, another teacher's editor) can use
// them. Pure: a function of the validated case, whoever loaded it (the build in Node, the browser).
//
// - Each annotation: motivation `classifying`, the explanation as a `describing` TextualBody and the
//   category slug as a `classifying` one; its target is the article with a TextQuoteSelector and a
//   TextPositionSelector. The selectors are regenerated from the validated range (`selectorsFor`):
//   they may carry more or less context than the author's file, but they select the same range,
//   which is what the authored file promised (the build rejects any other).
// - Each link: its own annotation, motivation `linking`, target the annotation's IRI, bodies the
//   relation (`tagging`) and the linked annotation's IRI.
// - All of it in one AnnotationCollection whose first (and only) AnnotationPage holds the items.
// IRIs: see iris.ts. Each item repeats `@context`, so every annotation is valid on its own too.
import { selectorsFor } from '../anchoring/text-quote.js';
import type { Case, TextPositionSelector, TextQuoteSelector } from '../content/types.js';
import { annotationIri, articleIri, collectionIri, linkIri, pageIri } from './iris.js';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface TextualBody {
	type: 'TextualBody';
	purpose: 'describing' | 'classifying' | 'tagging';
	value: string;
	format?: 'text/plain';
	language?: string;
}

export interface W3CAnnotation {
	'@context': typeof ANNO_CONTEXT;
	id: string;
	type: 'Annotation';
	motivation: 'classifying' | 'linking';
	body: (TextualBody | { id: string })[];
	target: string | { source: string; selector: [TextQuoteSelector, TextPositionSelector] };
}

export interface AnnotationCollection {
	'@context': typeof ANNO_CONTEXT;
	id: string;
	type: 'AnnotationCollection';
	label: string;
	total: number;
	first: { id: string; type: 'AnnotationPage'; partOf: string; startIndex: 0; items: W3CAnnotation[] };
}

export interface ExportOptions {
	/** The language of the explanations (BCP 47); Sidelight's content is English. */
	language?: string;
}

/** Every annotation of the case, and one linking annotation per link, as W3C annotations. */
export function toW3CAnnotations(c: Case, options: ExportOptions = {}): W3CAnnotation[] {
	const language = options.language ?? 'en';
	const texts = new Map(c.articles.map((a) => [a.id, a.text]));
	const items: W3CAnnotation[] = [];
	for (const a of c.annotations) {
		const text = texts.get(a.article);
		if (text === undefined) throw new Error(`annotation "${a.id}" of case "${c.id}": article "${a.article}" is not in the case`);
		items.push({
			'@context': ANNO_CONTEXT,
			id: annotationIri(c.id, a.id),
			type: 'Annotation',
			motivation: 'classifying',
			body: [
				{ type: 'TextualBody', purpose: 'describing', value: a.explanation, format: 'text/plain', language },
				{ type: 'TextualBody', purpose: 'classifying', value: a.category }
			],
			target: { source: articleIri(c.id, a.article), selector: selectorsFor(text, { start: a.start, end: a.end }) }
		});
	}
	for (const a of c.annotations) {
		for (const link of a.links) {
			items.push({
				'@context': ANNO_CONTEXT,
				id: linkIri(c.id, a.id, link.relation, link.to),
				type: 'Annotation',
				motivation: 'linking',
				body: [{ type: 'TextualBody', purpose: 'tagging', value: link.relation }, { id: annotationIri(c.id, link.to) }],
				target: annotationIri(c.id, a.id)
			});
		}
	}
	return items;
}

/** The case's annotations as one AnnotationCollection with its AnnotationPage. */
export function toAnnotationCollection(c: Case, options: ExportOptions = {}): AnnotationCollection {
	const items = toW3CAnnotations(c, options);
	return {
		'@context': ANNO_CONTEXT,
		id: collectionIri(c.id),
		type: 'AnnotationCollection',
		label: `Sidelight: ${c.title}`,
		total: items.length,
		first: { id: pageIri(c.id), type: 'AnnotationPage', partOf: collectionIri(c.id), startIndex: 0, items }
	};
}

/** The collection as the text of a `.jsonld` file (tabs, final newline), the same every time for the same case. */
export function annotationCollectionJson(c: Case, options: ExportOptions = {}): string {
	return `${JSON.stringify(toAnnotationCollection(c, options), null, '\t')}\n`;
}

/** The file name for a case's export. */
export const annotationFileName = (caseId: string) => `${caseId}.jsonld`;
