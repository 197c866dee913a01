// Validates a categories file (lessons/categories.json): the annotation categories, the
// definitions lessons teach, and how each category's highlights look. The look is data, checked
// here as the hand-picked colours were: text stays readable (WCAG AA, 4.5:1) on the highlight, and
// each category keeps a symbol of its own, so highlights are told apart without colour.
import { contrastRatio } from '../core/contrast.js';
import { FieldReader, ID_PATTERN, type Obj } from './fields.js';
import type { JsonPath, Problem } from './problems.js';
import type { SourceFile } from './source.js';
import { UNDERLINE_STYLES, type Category, type CategoryHighlight } from './types.js';

/** The page's text colour (--ink in src/app.css): highlighted text is drawn in it. */
export const INK = '#1b1f24';

/** WCAG 2.2 AA for normal text; the symbol is small text too. */
const MIN_CONTRAST = 4.5;

/** Thicker than this and the underline runs into the next line. */
const MAX_THICKNESS = 4;

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
		const highlight = readHighlight(item, [i], categoryReader);
		if (slug && !ID_PATTERN.test(slug)) categoryReader.report([i, 'slug'], `slug should be lower-case words joined by hyphens`);
		if (slug && categories.some((c) => c.slug === slug)) categoryReader.report([i, 'slug'], `duplicate category "${slug}"`);
		const sameSymbol = symbol && categories.find((c) => c.symbol === symbol);
		if (sameSymbol)
			categoryReader.report(
				[i, 'symbol'],
				`symbol "${symbol}" is also "${sameSymbol.slug}"'s: without colour, the two would look the same`
			);
		if (slug && label && symbol && definition && !sameSymbol && highlight !== null)
			categories.push(highlight ? { slug, label, symbol, definition, highlight } : { slug, label, symbol, definition });
	}
	return categories;
}

/** The highlight's look; undefined (with a warning) when absent, null after reporting an error. */
function readHighlight(item: Obj, path: JsonPath, reader: FieldReader): CategoryHighlight | undefined | null {
	if (item.highlight === undefined) {
		reader.problems.push({
			file: reader.file,
			path: [...path, 'highlight'],
			id: reader.id,
			severity: 'warning',
			message:
				'has no highlight (background, underline, style, thickness): it is shown in the default yellow, told apart only by its symbol'
		});
		return undefined;
	}
	const at = [...path, 'highlight'];
	const data = reader.object(item.highlight, at, 'highlight');
	if (!data) return null;
	const before = reader.problems.length;
	const colour = (key: string) => {
		const value = reader.string(data, key, at);
		if (value !== undefined && !/^#[0-9a-f]{6}$/i.test(value)) {
			reader.report([...at, key], `${key} should be a colour written #rrggbb, got "${value}"`);
			return undefined;
		}
		return value;
	};
	const background = colour('background');
	const underline = colour('underline');
	const style = reader.oneOf(data, 'style', at, UNDERLINE_STYLES);
	const thickness = data.thickness;
	if (typeof thickness !== 'number' || !(thickness > 0) || thickness > MAX_THICKNESS)
		reader.report(
			[...at, 'thickness'],
			`thickness should be a number of pixels above 0 and at most ${MAX_THICKNESS}, got ${JSON.stringify(thickness)}`
		);
	if (data.italic !== undefined && typeof data.italic !== 'boolean')
		reader.report([...at, 'italic'], 'italic should be true or false');
	for (const [key, colourValue] of [
		['background', INK],
		['underline', background]
	] as const) {
		const ratio = background && colourValue && contrastRatio(key === 'background' ? background : (underline ?? ''), colourValue);
		if (ratio && ratio < MIN_CONTRAST) {
			const what =
				key === 'background'
					? `text (${INK}) on background ${background}`
					: `the symbol (${underline}) on background ${background}`;
			reader.report([...at, key], `contrast of ${what} is ${ratio.toFixed(2)}:1; it should be at least ${MIN_CONTRAST}:1`);
		}
	}
	if (reader.problems.length > before || !background || !underline || !style || typeof thickness !== 'number') return null;
	return { background, underline, style, thickness, ...(data.italic === true ? { italic: true } : {}) };
}
