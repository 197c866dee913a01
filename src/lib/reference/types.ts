// The course's reference material: the glossary of hard words and the reference shelf, short
// notes on the sources and facts the case relies on, for lateral reading with no network.

/** A hard word and a plain definition, shown where a lesson first uses it (<Term id="…">). */
export interface GlossaryEntry {
	id: string;
	/** The word as the glossary lists it. */
	term: string;
	definition: string;
	/** The first lesson (in course order) that marks the word with <Term>, if any. */
	firstLesson: string | null;
}

/** Where a shelf note's facts come from: what the author read, with a link a student may follow online. */
export interface ShelfSource {
	publisher: string;
	title: string;
	/** YYYY-MM-DD, as the source dates itself. */
	date: string;
	url: string;
}

/** A shelf note: lessons/shelf/<slug>.md, its frontmatter validated, its body compiled by mdsvex. */
export interface ShelfNote {
	slug: string;
	title: string;
	/** One sentence for the shelf's list. */
	summary: string;
	sources: ShelfSource[];
	/** YYYY-MM-DD: when the author last checked the note against its sources. */
	checked: string;
}
