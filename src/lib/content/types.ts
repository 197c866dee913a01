// The shapes of Sidelight's content, shared by the build-time loader, the domain logic and the UI.
// Annotations follow the W3C Web Annotation data model for their target (https://www.w3.org/TR/annotation-model/):
// a TextQuoteSelector and a TextPositionSelector on one article. Category, explanation and links
// take the place of the W3C `body`, flattened so authors can write them by hand.

import type { Selector } from '../anchoring/selectors.js';

export type { Selector, TextPositionSelector, TextQuoteSelector } from '../anchoring/selectors.js';

/**
 * How a linked passage relates to the annotation that links to it, as authors write it. `compare`: two passages worth
 * reading together that neither make the same claim nor contradict each other (different measures, dates or wording).
 */
export type LinkRelation = 'same-claim' | 'contradicted-by' | 'supported-by' | 'copy-of' | 'compare';

/** The same relations read from the other end (a backlink), for the reader. */
export type Relation = LinkRelation | 'contradicts' | 'supports' | 'copied-as';

export interface AnnotationLink {
	to: string;
	relation: LinkRelation;
}

/** An annotation as an author writes it in `annotations/<article>.json`. */
export interface Annotation {
	id: string;
	category: string;
	explanation: string;
	links?: AnnotationLink[];
	target: { source: string; selector: Selector[] };
}

/** An annotation after validation: its range in the article is known. */
export interface AnchoredAnnotation {
	id: string;
	article: string;
	category: string;
	explanation: string;
	start: number;
	end: number;
	quote: string;
	links: AnnotationLink[];
	/** Links that other annotations make to this one, so the UI can show both directions. */
	backlinks: { to: string; relation: Relation }[];
}

export interface Category {
	slug: string;
	label: string;
	/** The definition lessons teach. */
	definition: string;
	/** A short symbol shown beside highlights, so categories are not told apart by colour alone. */
	symbol: string;
	/** How its highlights look; absent, the default yellow (the symbol still tells it apart). */
	highlight?: CategoryHighlight;
}

export const UNDERLINE_STYLES = ['solid', 'dashed', 'dotted', 'double', 'wavy'] as const;

/** A highlight's look, data rather than CSS, so a case may bring a category of its own. */
export interface CategoryHighlight {
	/** #rrggbb behind the text. */
	background: string;
	/** #rrggbb of the underline and the symbol (the symbol is text: 4.5:1 against the background). */
	underline: string;
	/** With the symbol, what tells categories apart without colour. */
	style: (typeof UNDERLINE_STYLES)[number];
	/** Underline thickness in CSS pixels. */
	thickness: number;
	/** For passages that are not the writer's own words (a duplicate, a page artifact). */
	italic?: boolean;
}

export interface ArticleMeta {
	id: string;
	/** A–E: how lessons and exercises name the article to students. */
	label: string;
	file: string;
	/** The headline as printed in the text, or null where the text has none. */
	headline: string | null;
	/** The outlet, only where the text itself shows it. */
	outlet: string | null;
	description: string;
}

export interface Article extends ArticleMeta {
	text: string;
}

export interface ClaimCell {
	/** What the article says, in a few words; null when the article does not report it. */
	says: string | null;
	/** On whose authority it says so ("no source given" when none). */
	authority: string | null;
	/** Annotations that show the passage. */
	annotations: string[];
}

export interface Claim {
	id: string;
	topic: string;
	cells: Record<string, ClaimCell>;
}

export interface Case {
	id: string;
	title: string;
	summary: string;
	articles: Article[];
	annotations: AnchoredAnnotation[];
	claims: Claim[];
}

/** An annotation as the build ships it: without what the browser derives (its quote, its backlinks). */
export type ShippedAnnotation = Omit<AnchoredAnnotation, 'quote' | 'backlinks'>;

export interface ShippedCase extends Omit<Case, 'annotations'> {
	annotations: ShippedAnnotation[];
}
