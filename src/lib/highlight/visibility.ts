// Which highlights show while some categories are switched off (issue 10). An article's segments
// are cut once from all its annotations and drawn once; switching a category off or on only changes
// what each drawn segment shows (its categories, its symbols, its name), never the segments, so a
// toggle costs attribute updates instead of rebuilding the article's DOM (issue 10 measured 848 ms
// for "Show all" at 4× CPU when it did). A stretch marked by several categories stays highlighted
// while any of them is on, and then speaks and looks only as the ones that are on: a student who
// hid "Sourced reporting" should not hear it named, nor see its colour, on a passage still shown as
// a loaded question.
import type { Segment } from './segment.js';

/** What one segment shows with the current categories. */
export interface Shown {
	/** The annotations covering it whose category is on, in the segment's order (outermost first). */
	annotations: string[];
	/** Their categories, without repeats, in the same order; empty: drawn as plain text. */
	categories: string[];
}

const NOTHING: Shown = { annotations: [], categories: [] };

/**
 * For each segment (same index), what it shows when only the categories `isOn` accepts are on.
 * `categoryOf` maps every annotation id in the segments to its category.
 */
export function shownSegments(
	segments: readonly Segment[],
	categoryOf: ReadonlyMap<string, string>,
	isOn: (category: string) => boolean
): Shown[] {
	return segments.map((s) => {
		if (!s.annotations.length) return NOTHING;
		const annotations = s.annotations.filter((id) => isOn(categoryOf.get(id)!));
		if (!annotations.length) return NOTHING;
		if (annotations.length === s.annotations.length) return { annotations, categories: s.categories };
		return { annotations, categories: s.categories.filter((c) => isOn(c)) };
	});
}

/** A mark's attributes by name (a "class:" name: that class on or off); undefined: absent. */
export type MarkAttributes = Record<string, string | undefined>;

/**
 * The attributes that differ between what a mark was given last (`before`, none at first) and
 * `after`, so that a toggle writes to the DOM only what it changed.
 */
export function changedAttributes(before: MarkAttributes | undefined, after: MarkAttributes): [string, string | undefined][] {
	const changed: [string, string | undefined][] = [];
	for (const name in after) if (before?.[name] !== after[name] || !before) changed.push([name, after[name]]);
	if (before) for (const name in before) if (!(name in after)) changed.push([name, undefined]);
	return changed;
}
