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
 * `categoryOf` maps every annotation id in the segments to its category. Where a segment shows the
 * same as in `previous` (the last answer), that very object is kept, so a renderer that compares
 * by identity redraws only the segments a toggle changed (a category of 50 passages touches 50
 * marks, not the article's 300).
 */
export function shownSegments(
	segments: readonly Segment[],
	categoryOf: ReadonlyMap<string, string>,
	isOn: (category: string) => boolean,
	previous: readonly Shown[] = []
): Shown[] {
	return segments.map((s, i) => {
		if (!s.annotations.length) return NOTHING;
		const annotations = s.annotations.filter((id) => isOn(categoryOf.get(id)!));
		if (!annotations.length) return NOTHING;
		const before = previous[i];
		if (before && sameList(before.annotations, annotations)) return before;
		if (annotations.length === s.annotations.length) return { annotations, categories: s.categories };
		return { annotations, categories: s.categories.filter((c) => isOn(c)) };
	});
}

/**
 * `next`, with every list that equals the one `previous` had at the same key replaced by that
 * one, for the same reason: anchors that a toggle did not move keep their identity.
 */
export function keepUnchanged<K>(previous: ReadonlyMap<K, string[]>, next: Map<K, string[]>): Map<K, string[]> {
	for (const [key, list] of next) {
		const before = previous.get(key);
		if (before && sameList(before, list)) next.set(key, before);
	}
	return next;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((x, i) => x === b[i]);
}
