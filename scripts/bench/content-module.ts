// What the content module (virtual:sidelight/content) carries: the plugin serialises the whole
// validated content, packed (src/lib/content/shipped.ts), into the bundle, so its parts are
// measured from the same object, serialised the same way. Each part is gzipped alone, so the parts
// add up to more than the whole gzipped.
// Generic over the fields, so the table follows the content's shape as it changes.
import type { ShippedContent } from '../../src/lib/course/bundle.js';
import { sizeOf, type Size } from './bytes.js';

export interface ContentPart extends Size {
	part: string;
}

export function measureContentModule(content: ShippedContent): { whole: Size; parts: ContentPart[] } {
	const json = (value: unknown) => sizeOf(JSON.stringify(value));
	const parts: ContentPart[] = [];
	for (const [field, value] of Object.entries(content)) {
		if (field === 'cases') {
			const cases = content.cases;
			parts.push({ part: 'cases: article texts', ...json(cases.map((c) => c.articles.map((a) => a.text))) });
			parts.push({
				part: 'cases: article metadata',
				...json(cases.map((c) => c.articles.map((a) => ({ ...a, text: undefined }))))
			});
			parts.push({
				part: 'cases: annotations (positions, categories, explanations, links)',
				...json(cases.map((c) => c.annotations))
			});
			parts.push({ part: 'cases: claims tables', ...json(cases.map((c) => c.claims)) });
		} else if (field === 'exercises' && Array.isArray(value)) {
			// One row per field of the exercise entries (the exercise, its lesson, a key if shipped), so a heavy one stands out.
			const entries = value as Record<string, unknown>[];
			for (const key of new Set(entries.flatMap((entry) => Object.keys(entry)))) {
				parts.push({ part: `exercises: ${key}`, ...json(entries.map((entry) => entry[key])) });
			}
		} else parts.push({ part: field, ...json(value) });
	}
	return { whole: json(content), parts };
}
