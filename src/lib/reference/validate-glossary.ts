// Validates lessons/glossary.json, and the <Term id="…"> marks lessons and shelf notes make, so a
// word shown as "hard" always has a definition to open.
import { FieldReader, ID_PATTERN } from '../content/fields.js';
import type { Problem } from '../content/problems.js';
import type { SourceFile } from '../content/validate-case.js';
import type { GlossaryEntry } from './types.js';

/** Finds `<Term id="…">` in a lesson's or note's text, in order. */
export function usedTerms(body: string): string[] {
	return [...body.matchAll(/<Term\s+id=["']([^"']+)["']/g)].map((m) => m[1]);
}

export function validateGlossary(source: SourceFile, problems: Problem[]): GlossaryEntry[] {
	const reader = new FieldReader(source.file, problems);
	if (!Array.isArray(source.data)) {
		reader.report([], 'glossary.json should hold a list of entries with id, term and definition');
		return [];
	}
	const entries: GlossaryEntry[] = [];
	for (const [i, raw] of source.data.entries()) {
		const item = reader.object(raw, [i], 'a glossary entry');
		if (!item) continue;
		const id = reader.string(item, 'id', [i]);
		const entryReader = reader.forId(id);
		const term = entryReader.string(item, 'term', [i]);
		const definition = entryReader.string(item, 'definition', [i]);
		if (id && !ID_PATTERN.test(id)) entryReader.report([i, 'id'], 'id should be lower-case words joined by hyphens');
		if (id && entries.some((e) => e.id === id)) entryReader.report([i, 'id'], `duplicate glossary entry "${id}"`);
		if (id && term && definition) entries.push({ id, term, definition, firstLesson: null });
	}
	return entries;
}

/** Reports each <Term id="…"> in `body` that the glossary does not define. */
export function checkTerms(file: string, body: string, glossary: GlossaryEntry[], problems: Problem[]): void {
	const known = new Set(glossary.map((g) => g.id));
	for (const id of usedTerms(body)) {
		if (!known.has(id)) {
			problems.push({
				file,
				path: [],
				message: `marks <Term id="${id}">, but lessons/glossary.json has no entry "${id}"; known: ${[...known].join(', ')}`
			});
		}
	}
}
