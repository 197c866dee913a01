// A category's look as CSS custom properties (--hl, --ul, their dark variants, --line, --thickness, --slant), set on
// each highlight by the components, so the colours and line styles come from the category data
// (lessons/categories.json, or a case's own) rather than per-slug rules in src/app.css.
import type { Category, CategoryHighlight } from '../content/types.js';
import { darkVariant } from './dark-variant.js';

/**
 * Each look's style, worked out once: darkVariant searches for its colours step by step, and every
 * highlight of an article asks again whenever a legend toggle redraws it (issue 10).
 */
const styles = new WeakMap<CategoryHighlight, string>();

/** The style attribute for a highlight; empty (the default yellow from app.css) without a look. */
export function highlightStyle(highlight: CategoryHighlight | undefined): string {
	if (!highlight) return '';
	let css = styles.get(highlight);
	if (css === undefined) {
		const { background, underline, style, thickness, italic } = highlight;
		// The dark theme's pair (src/app.css uses them under data-theme='dark' or a dark system).
		const dark = darkVariant(background, underline);
		css = `--hl: ${background}; --ul: ${underline}; --hl-dark: ${dark.background}; --ul-dark: ${dark.underline}; --line: ${style}; --thickness: ${thickness}px; --slant: ${italic ? 'italic' : 'normal'}`;
		styles.set(highlight, css);
	}
	return css;
}

/**
 * Where annotations of several categories overlap, the one that colours the passage: the latest
 * in the categories file, as the CSS cascade decided when each slug had its own rule.
 */
export function dominantCategory(slugs: readonly string[], categories: readonly Category[]): Category | undefined {
	let found: Category | undefined;
	let at = -1;
	for (const slug of slugs) {
		const index = categories.findIndex((c) => c.slug === slug);
		if (index > at) [found, at] = [categories[index], index];
	}
	return found;
}
