// Draws feedback on an exercise's text with the CSS Custom Highlight API
// (https://developer.mozilla.org/docs/Web/API/CSS_Custom_Highlight_API): ranges are painted
// without touching the DOM, so checking an answer does not rebuild the article's text. Several
// exercises share one named highlight per kind; each adds its ranges and removes them on cleanup.
// Where the API is missing, the text stays plain and the feedback list below it says it all.

/** Feedback kinds, and `pending`: the part of a clause a keyboard user is about to mark. */
export type HighlightKind = 'found' | 'partly' | 'missed' | 'false' | 'pending';

/** The DOM range covering `start`–`end` of the text inside `root` (offsets in its textContent). */
export function domRange(root: Node, start: number, end: number): Range | null {
	const range = document.createRange();
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
	let offset = 0;
	let started = false;
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const length = node.textContent!.length;
		if (!started && start <= offset + length) {
			range.setStart(node, start - offset);
			started = true;
		}
		if (started && end <= offset + length) {
			range.setEnd(node, end - offset);
			return range;
		}
		offset += length;
	}
	return null;
}

/** Paints the ranges under `sl-<kind>`; returns the function that removes them again. */
export function paintRanges(root: Node, ranges: { kind: HighlightKind; start: number; end: number }[]): () => void {
	if (typeof CSS === 'undefined' || !('highlights' in CSS)) return () => {};
	const added: [Highlight, Range][] = [];
	for (const { kind, start, end } of ranges) {
		const range = domRange(root, start, end);
		if (!range) continue;
		const name = `sl-${kind}`;
		let highlight = CSS.highlights.get(name);
		if (!highlight) CSS.highlights.set(name, (highlight = new Highlight()));
		highlight.add(range);
		added.push([highlight, range]);
	}
	return () => {
		for (const [highlight, range] of added) highlight.delete(range);
	};
}
