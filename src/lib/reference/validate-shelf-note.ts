// Validates one reference-shelf note (lessons/shelf/<slug>.md): its frontmatter says what it is
// and where its facts come from, so a student can see every note's own source, publisher and date.
import { FieldReader, ID_PATTERN, describe, isObject } from '../content/fields.js';
import type { Problem } from '../content/problems.js';
import type { ShelfNote, ShelfSource } from './types.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface ShelfNoteInput {
	/** The file name without .md: the note's URL. */
	slug: string;
	file: string;
	frontmatter: unknown;
	body: string;
}

export function validateShelfNote(input: ShelfNoteInput, problems: Problem[]): ShelfNote | undefined {
	const reader = new FieldReader(input.file, problems);
	if (!ID_PATTERN.test(input.slug))
		reader.report([], `the note's file name "${input.slug}.md" should be lower-case words joined by hyphens`);
	if (!isObject(input.frontmatter)) {
		reader.report([], 'needs frontmatter between --- lines with title, summary, sources and checked');
		return undefined;
	}
	const data = input.frontmatter;
	const title = reader.string(data, 'title', []);
	const summary = reader.string(data, 'summary', []);
	const checked = date(reader, data, 'checked', []);
	const sourcesRaw = reader.array(data, 'sources', []);
	if (sourcesRaw && sourcesRaw.length === 0)
		reader.report(['sources'], 'sources should list at least one source the note was written from');
	const sources: ShelfSource[] = [];
	for (const [i, raw] of (sourcesRaw ?? []).entries()) {
		const item = reader.object(raw, ['sources', i], 'a source');
		if (!item) continue;
		const path = ['sources', i];
		const publisher = reader.string(item, 'publisher', path);
		const sourceTitle = reader.string(item, 'title', path);
		const sourceDate = date(reader, item, 'date', path);
		const url = reader.string(item, 'url', path);
		if (url && !/^https:\/\/[^\s]+$/.test(url))
			reader.report([...path, 'url'], `url should be a full https:// address, got ${describe(url)}`);
		if (publisher && sourceTitle && sourceDate && url) sources.push({ publisher, title: sourceTitle, date: sourceDate, url });
	}
	// Links out must be marked as leaving Sidelight; only the sources list, rendered by the shelf, does that.
	if (/\]\(\s*https?:|<a\s|https?:\/\//i.test(input.body))
		reader.report([], 'has a link in its text: put links in sources, where the shelf marks them as leaving Sidelight');
	if (!title || !summary || !checked || !sourcesRaw || sources.length !== sourcesRaw.length || !sources.length) return undefined;
	return { slug: input.slug, title, summary, sources, checked };
}

function date(reader: FieldReader, obj: Record<string, unknown>, key: string, path: (string | number)[]): string | undefined {
	// YAML reads an unquoted 2026-01-27 as a Date: accept it, and give it back as the author wrote it.
	const raw = obj[key];
	const value = raw instanceof Date && !Number.isNaN(raw.getTime()) ? raw.toISOString().slice(0, 10) : raw;
	if (typeof value !== 'string' || !DATE.test(value) || Number.isNaN(Date.parse(value))) {
		reader.report(
			[...path, key],
			`${key} should be a date written YYYY-MM-DD, got ${describe(raw instanceof Date ? String(raw) : raw)}`
		);
		return undefined;
	}
	return value;
}
