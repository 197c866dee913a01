// Validates lessons/categories.json: the annotation categories and the definitions lessons teach.
import { FieldReader, ID_PATTERN } from './fields.js';
import type { SourceFile } from './validate-case.js';
import type { Problem } from './problems.js';
import type { Category } from './types.js';

export function validateCategories(source: SourceFile, problems: Problem[]): Category[] {
	const reader = new FieldReader(source.file, problems);
	if (!Array.isArray(source.data)) {
		reader.report([], 'categories.json should hold a list of categories');
		return [];
	}
	const categories: Category[] = [];
	for (const [i, raw] of source.data.entries()) {
		const item = reader.object(raw, [i], 'a category');
		if (!item) continue;
		const slug = reader.string(item, 'slug', [i]);
		const categoryReader = reader.forId(slug);
		const label = categoryReader.string(item, 'label', [i]);
		const symbol = categoryReader.string(item, 'symbol', [i]);
		const definition = categoryReader.string(item, 'definition', [i]);
		if (slug && !ID_PATTERN.test(slug)) categoryReader.report([i, 'slug'], `slug should be lower-case words joined by hyphens`);
		if (slug && categories.some((c) => c.slug === slug)) categoryReader.report([i, 'slug'], `duplicate category "${slug}"`);
		if (slug && label && symbol && definition) categories.push({ slug, label, symbol, definition });
	}
	return categories;
}
