// W3C Web Annotations from another tool (Hypothesis, an earlier Sidelight export…) as a start for a
// case: the annotations of one article, in Sidelight's authored shape, with every problem listed.
// The case editor (issue 11) shows the problems and lets the author fix them; nothing here is
// dropped without a problem saying so.
//
// Anchoring is forgiving, unlike the build's (authored content must anchor exactly): position first,
// accepted when it shows the quote; then the quote with its context; then the quote alone; a quote
// found more than once is settled by the position as a hint. That is Hypothesis's order
// (annotator/anchoring). Fuzzy matching is left out: a passage that is not in the text is reported.
// Selectors are regenerated with `selectorsFor`, so what the editor saves anchors strictly.
import { findQuote, selectorsFor, type TextRange } from '../anchoring/text-quote.js';
import { ID_PATTERN } from '../content/fields.js';
import type { Annotation, AnnotationLink, LinkRelation, TextQuoteSelector } from '../content/types.js';

const RELATIONS: readonly LinkRelation[] = ['same-claim', 'contradicted-by', 'supported-by', 'copy-of', 'compare'];

export interface ImportResult {
	annotations: Annotation[];
	/** One line per problem, naming the annotation by its place and id in the file. */
	problems: string[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** The annotations in a collection, a page, an array of them, or one annotation. */
function itemsOf(json: unknown): unknown[] {
	if (Array.isArray(json)) return json;
	if (!isObject(json)) return [];
	if (json.type === 'AnnotationCollection') return itemsOf(json.first);
	if (json.type === 'AnnotationPage') return asArray(json.items);
	return [json];
}

/** A slug for an imported id: the IRI's last part, lower-cased, hyphenated. */
function slugFor(id: unknown, index: number): string {
	const last = typeof id === 'string' ? (id.split(/[:/#]/).filter(Boolean).at(-1) ?? '') : '';
	const slug = last
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return ID_PATTERN.test(slug) ? slug : `imported-${index + 1}`;
}

function anchorLoosely(text: string, selectors: Json[], name: string, problems: string[]): TextRange | null {
	const quote = selectors.find((s) => s.type === 'TextQuoteSelector') as (TextQuoteSelector & Json) | undefined;
	const position = selectors.find((s) => s.type === 'TextPositionSelector');
	const start = Number(position?.start);
	const end = Number(position?.end);
	const hasPosition = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length;
	if (hasPosition && (!quote || text.slice(start, end) === quote.exact)) {
		if (!quote) problems.push(`${name}: no TextQuoteSelector; anchored by position only: check the passage`);
		return { start, end };
	}
	if (!quote || typeof quote.exact !== 'string' || quote.exact === '') {
		problems.push(`${name}: no usable TextQuoteSelector or TextPositionSelector for this article`);
		return null;
	}
	const hint = hasPosition ? start : 0;
	const nearest = (ranges: TextRange[]) => ranges.reduce((a, b) => (Math.abs(b.start - hint) < Math.abs(a.start - hint) ? b : a));
	let matches = findQuote(text, quote);
	if (matches.length === 0) {
		matches = findQuote(text, { exact: quote.exact });
		if (matches.length) problems.push(`${name}: the text around the quote differs; anchored by the quote alone`);
	}
	if (matches.length === 0) {
		problems.push(`${name}: the quote "${quote.exact.slice(0, 60)}" is not in the article`);
		return null;
	}
	if (hasPosition) problems.push(`${name}: the position did not point at the quote; used the quote`);
	if (matches.length > 1) {
		problems.push(
			`${name}: the quote occurs ${matches.length} times; chose the one ${hasPosition ? 'nearest its position' : 'first in the text'}: check it`
		);
	}
	return nearest(matches);
}

function textBodies(a: Json): Json[] {
	const bodies = asArray(a.body).filter(isObject);
	if (typeof a.bodyValue === 'string') bodies.push({ type: 'TextualBody', value: a.bodyValue });
	return bodies;
}

/**
 * The annotations of `json` that target `article` (by its text), as Sidelight annotations for an
 * article with id `articleId`. Annotations for other sources are reported, not imported.
 */
export function importWebAnnotations(
	json: unknown,
	article: { id: string; text: string; iris?: string[] },
	knownCategories: readonly string[]
): ImportResult {
	const problems: string[] = [];
	const annotations: Annotation[] = [];
	const idsByIri = new Map<string, string>();
	const links: { from: string; relation: string; to: string; name: string }[] = [];
	const taken = new Set<string>();
	const items = itemsOf(json);
	if (items.length === 0)
		problems.push('the file holds no W3C annotations (an Annotation, AnnotationPage or AnnotationCollection)');

	items.forEach((item, index) => {
		const name = `annotation ${index + 1}${isObject(item) && typeof item.id === 'string' ? ` (${item.id})` : ''}`;
		if (!isObject(item) || item.type !== 'Annotation') return problems.push(`${name}: not an Annotation`);
		if (item.motivation === 'linking') {
			const bodies = asArray(item.body).filter(isObject);
			const relation = bodies.find((b) => b.purpose === 'tagging')?.value;
			const to = bodies.find((b) => typeof b.id === 'string' && b.type !== 'TextualBody')?.id;
			const from =
				asArray(item.target).find((t) => typeof t === 'string') ?? (isObject(item.target) ? item.target.id : undefined);
			if (typeof relation === 'string' && typeof to === 'string' && typeof from === 'string')
				links.push({ from, relation, to, name });
			else problems.push(`${name}: a linking annotation needs a target IRI, a tagging body and the linked annotation's id`);
			return;
		}
		const target = asArray(item.target).find(isObject);
		if (!target) return problems.push(`${name}: no target with selectors`);
		const source = target.source;
		if (typeof source === 'string' && article.iris && !article.iris.includes(source)) {
			return problems.push(`${name}: targets ${source}, not this article; not imported`);
		}
		const range = anchorLoosely(article.text, asArray(target.selector).filter(isObject), name, problems);
		if (!range) return;
		const bodies = textBodies(item);
		const category = bodies.find((b) => b.purpose === 'classifying')?.value;
		const explanation = bodies.find(
			(b) => b.purpose === 'describing' || (b.purpose === undefined && b.type === 'TextualBody')
		)?.value;
		if (typeof category !== 'string' || !category)
			problems.push(`${name}: no classifying body; the category is left empty to choose`);
		else if (!knownCategories.includes(category)) problems.push(`${name}: category "${category}" is not one of this course's`);
		if (typeof explanation !== 'string' || !explanation)
			problems.push(`${name}: no describing body; the explanation is left empty to write`);
		let id = slugFor(item.id, index);
		for (let n = 2; taken.has(id); n++) id = `${slugFor(item.id, index)}-${n}`;
		taken.add(id);
		if (typeof item.id === 'string') idsByIri.set(item.id, id);
		annotations.push({
			id,
			category: typeof category === 'string' ? category : '',
			explanation: typeof explanation === 'string' ? explanation : '',
			target: { source: article.id, selector: selectorsFor(article.text, range) }
		});
	});

	for (const link of links) {
		const from = annotations.find((a) => a.id === idsByIri.get(link.from));
		const to = idsByIri.get(link.to);
		if (!from || !to) {
			problems.push(`${link.name}: links annotations that were not imported from this file`);
			continue;
		}
		if (!RELATIONS.includes(link.relation as LinkRelation)) {
			problems.push(`${link.name}: relation "${link.relation}" is not one Sidelight knows (${RELATIONS.join(', ')})`);
			continue;
		}
		const entry: AnnotationLink = { to, relation: link.relation as LinkRelation };
		from.links = [...(from.links ?? []), entry];
	}
	return { annotations, problems };
}
