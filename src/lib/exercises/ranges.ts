// Range arithmetic for marks: cleaning what a saved answer holds, merging overlaps and measuring
// how much of a passage the marks cover. Half-open ranges [start, end) in UTF-16 offsets.
import type { TextRange } from './types.js';

/** The range clamped to the text, or null when nothing of it is left (or it is not a range at all). */
export function clampRange<T extends TextRange>(range: T, length: number): T | null {
	if (!Number.isFinite(range.start) || !Number.isFinite(range.end)) return null;
	const start = Math.max(0, Math.trunc(range.start));
	const end = Math.min(length, Math.trunc(range.end));
	return start < end ? { ...range, start, end } : null;
}

/** Sorted, disjoint ranges covering the same characters; overlapping and touching ranges merge. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
	const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
	const merged: TextRange[] = [];
	for (const { start, end } of sorted) {
		const last = merged.at(-1);
		if (last && start <= last.end) last.end = Math.max(last.end, end);
		else merged.push({ start, end });
	}
	return merged;
}

export function overlaps(a: TextRange, b: TextRange): boolean {
	return a.start < b.end && b.start < a.end;
}

export function length(range: TextRange): number {
	return range.end - range.start;
}

/** Characters of `range` inside `merged` (which must be sorted and disjoint, as from mergeRanges). */
export function coveredLength(merged: readonly TextRange[], range: TextRange): number {
	let covered = 0;
	for (const m of merged) {
		if (m.start >= range.end) break;
		covered += Math.max(0, Math.min(m.end, range.end) - Math.max(m.start, range.start));
	}
	return covered;
}

/** Share of `range` covered by `merged`, in [0, 1]. */
export function coverage(merged: readonly TextRange[], range: TextRange): number {
	return length(range) === 0 ? 0 : coveredLength(merged, range) / length(range);
}

/**
 * Half of a passage's characters: enough to show the student saw the passage, without demanding
 * its exact boundaries (annotation boundaries are an author's choice a student cannot know).
 */
export function coversHalf(merged: readonly TextRange[], range: TextRange): boolean {
	return length(range) > 0 && 2 * coveredLength(merged, range) >= length(range);
}
