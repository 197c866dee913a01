// The browser's view of the content: the validated bundle the build generated, unpacked once, with lookups.
import shipped from 'virtual:sidelight/content';
import { unpackContent } from '../content/shipped.js';
import type { AnchoredAnnotation, Case, Category } from '../content/types.js';
import type { Content } from '../course/bundle.js';

export const content: Content = unpackContent(shipped);

export const categories: Category[] = content.categories;
export const cases: Case[] = content.cases;

export function findCase(id: string): Case | undefined {
	return cases.find((c) => c.id === id);
}

export function categoryOf(slug: string): Category {
	return categories.find((c) => c.slug === slug) ?? { slug, label: slug, symbol: '•', definition: '' };
}

export function annotationIndex(c: Case): Map<string, AnchoredAnnotation> {
	return new Map(c.annotations.map((a) => [a.id, a]));
}
