// Readable ids for what an author creates (articles, annotations, facts, exercises): a slug of the
// first words of its text, made unique among the ids already taken. Ids end up in files, exercise
// keys and teachers' assignment codes, so "b-reports-have-surfaced" beats a random string.
import { ID_PATTERN } from '../../content/fields.js';

/**
 * Words kept in a slug. Four is enough to tell passages of one article apart ("a-zelensky-said-55000")
 * and short enough to read in a link list; a clash gets -2, -3 rather than more words.
 */
export const SLUG_WORDS = 4;

/** Lower-case ASCII words joined by hyphens: accents and apostrophes dropped, anything else a separator. */
export function slugify(text: string, words = SLUG_WORDS): string {
	return (
		text
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			// "55,000" is one number and "war’s" one word, not two each.
			.replace(/(\d)[,.](?=\d)/g, '$1')
			.replace(/(\w)['’](?=\w)/g, '$1')
			.split(/[^a-z0-9]+/)
			.filter(Boolean)
			.slice(0, words)
			.join('-')
	);
}

/** `base` itself when free, else base-2, base-3…; "item" when the text had no letters or digits at all. */
export function uniqueId(base: string, taken: Iterable<string>, fallback = 'item'): string {
	const used = new Set(taken);
	const root = ID_PATTERN.test(base) ? base : fallback;
	if (!used.has(root)) return root;
	for (let n = 2; ; n++) if (!used.has(`${root}-${n}`)) return `${root}-${n}`;
}
