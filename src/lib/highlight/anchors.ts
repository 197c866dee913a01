// Which highlight a keyboard or screen-reader user lands on. The text is drawn as flat segments
// (segment.ts), so an annotation that contains another one spans several <mark>s; only one of them
// may be focusable and named, or a screen reader hears a sentence split into buttons ("?", ".").
// Each annotation gets one "anchor" segment: its first segment with a word in it that no other
// annotation has taken. Two annotations on exactly the same words share one anchor (one passage,
// two categories). The anchor is named by its words and the categories it opens.
import type { Segment } from './segment.js';

interface Span {
	id: string;
	start: number;
	end: number;
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * For each anchor segment (by index in `segments`), the annotations it opens, innermost first.
 * Segments that are not listed are drawn but not focusable.
 */
export function anchorSegments(segments: readonly Segment[], annotations: readonly Span[]): Map<number, string[]> {
	const indexAt = new Map(segments.map((s, i) => [s.start, i]));
	// Innermost first where two begin together, so the short one keeps the shared first words and
	// the long one is reached a little later, inside its own words.
	const order = [...annotations].sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const anchors = new Map<number, string[]>();
	for (const annotation of order) {
		const first = firstSegmentOf(annotation, segments, indexAt);
		if (first === undefined) continue;
		const inside: number[] = [];
		for (let i = first; i < segments.length && segments[i].end <= annotation.end; i++) inside.push(i);
		const worded = inside.filter((i) => WORD.test(segments[i].text));
		const chosen = worded.find((i) => !anchors.has(i)) ?? worded[0] ?? inside[0];
		if (chosen === undefined) continue;
		anchors.set(chosen, [...(anchors.get(chosen) ?? []), annotation.id]);
	}
	return new Map([...anchors].sort((a, b) => a[0] - b[0]));
}

function firstSegmentOf(annotation: Span, segments: readonly Segment[], indexAt: Map<number, number>): number | undefined {
	const exact = indexAt.get(annotation.start);
	if (exact !== undefined) return exact;
	// Clipped at the start of the text: the first segment it covers.
	const i = segments.findIndex((s) => s.end > annotation.start && s.start < annotation.end);
	return i === -1 ? undefined : i;
}

/**
 * What a screen reader says for a highlight: its words, then its categories after a dash, with a
 * semicolon between categories so that the reader pauses ("… — Page artifact; Duplicated text").
 */
export function highlightName(text: string, categoryLabels: readonly string[]): string {
	const words = text.replace(/\s+/g, ' ').trim();
	return `${words} — ${[...new Set(categoryLabels)].join('; ')}`;
}
