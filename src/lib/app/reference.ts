// The browser's glossary and reference shelf: entries and note metadata from the validated content
// bundle. Each note's compiled body is in shelf-notes.ts, in the student's part loaded on demand.
import { builtInIndex as content } from './built-in-index.js';
import type { GlossaryEntry, ShelfNote } from '../reference/types.js';

// `?? []`: a content module built without reference material (the benchmark's ablation) still loads.
export const glossary: GlossaryEntry[] = [...(content.glossary ?? [])].sort((a, b) => a.term.localeCompare(b.term, 'en'));
export const shelf: ShelfNote[] = content.shelf ?? [];

export function findTerm(id: string): GlossaryEntry | undefined {
	return glossary.find((g) => g.id === id);
}

export function findNote(slug: string): ShelfNote | undefined {
	return shelf.find((n) => n.slug === slug);
}

/** "27 January 2026": dates as a student reads them, whatever the browser's language. */
export function longDate(iso: string): string {
	const [year, month, day] = iso.split('-').map(Number);
	const months = [
		'January',
		'February',
		'March',
		'April',
		'May',
		'June',
		'July',
		'August',
		'September',
		'October',
		'November',
		'December'
	];
	return `${day} ${months[month - 1]} ${year}`;
}
