// Highlighting as a pure function: splits an article's text into segments so that every
// character in a segment is covered by the same set of annotations. Components only render the
// segments (annotated ones as <mark>), so overlaps, toggles, tests and print all share one truth.

export interface Highlight {
	id: string;
	category: string;
	start: number;
	end: number;
}

export interface Segment {
	start: number;
	end: number;
	text: string;
	/** Ids of the annotations covering this segment, outermost (earliest, longest) first. */
	annotations: string[];
	/** Their categories, without repeats, in the same order. */
	categories: string[];
}

/** Splits `text` at every highlight boundary. Highlights outside the text are clipped; empty ones are ignored. */
export function segment(text: string, highlights: readonly Highlight[]): Segment[] {
	const clipped = highlights
		.map((h) => ({ ...h, start: Math.max(0, h.start), end: Math.min(text.length, h.end) }))
		.filter((h) => h.start < h.end)
		// A plain comparison of the ids, not localeCompare: the first localeCompare on a page starts
		// ICU's collator (up to 100 ms on a slow machine), and the order only has to be stable.
		.sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

	const boundaries = new Set([0, text.length]);
	for (const h of clipped) boundaries.add(h.start).add(h.end);
	const points = [...boundaries].sort((a, b) => a - b);

	// Sweep left to right keeping the highlights that are open: O((n + b) log n) rather than n × b,
	// which matters for generated cases with thousands of annotations.
	const segments: Segment[] = [];
	let next = 0;
	let open: typeof clipped = [];
	for (let i = 0; i < points.length - 1; i++) {
		const [start, end] = [points[i], points[i + 1]];
		open = open.filter((h) => h.end > start);
		while (next < clipped.length && clipped[next].start === start) open.push(clipped[next++]);
		segments.push({
			start,
			end,
			text: text.slice(start, end),
			annotations: open.map((h) => h.id),
			categories: [...new Set(open.map((h) => h.category))]
		});
	}
	return segments;
}
