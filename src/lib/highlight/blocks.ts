// An article's segments cut into blocks at its line ends, so that the side-by-side view can draw
// each block as its own box and let the browser skip the ones out of sight (content-visibility).
// Each column scrolls on its own, and Chromium paints a scrolling box 4,000 px beyond what shows:
// without blocks, every toggle in the legend laid out and repainted all five articles whole (the
// paint of a toggle fell about fivefold once the blocks out of sight were skipped; issue 10). A
// block ends after a run of line breaks, so a block drawn with white-space: pre-wrap looks exactly
// like the same text unbroken.
import type { Segment } from './segment.js';

/** A run of consecutive segments, by index into the flat list `segments`: [from, to). */
export interface Block {
	from: number;
	to: number;
}

export interface Blocks {
	/** The segments again, a segment that crossed a line end cut in two there (same annotations). */
	segments: Segment[];
	blocks: Block[];
}

/** Where blocks begin after the first: just after each run of "\n", never at the end of the text. */
function blockStarts(text: string): number[] {
	const starts: number[] = [];
	for (let i = 1; i < text.length; i++) if (text[i - 1] === '\n' && text[i] !== '\n') starts.push(i);
	return starts;
}

export function inBlocks(text: string, segments: readonly Segment[]): Blocks {
	const starts = blockStarts(text);
	const out: Segment[] = [];
	const blocks: Block[] = [];
	let from = 0;
	let next = 0;
	const close = () => {
		if (out.length > from) blocks.push({ from, to: out.length });
		from = out.length;
	};
	for (const s of segments) {
		let start = s.start;
		while (next < starts.length && starts[next] <= start) {
			if (starts[next] === start) close();
			next++;
		}
		while (next < starts.length && starts[next] < s.end) {
			out.push({ ...s, start, end: starts[next], text: text.slice(start, starts[next]) });
			close();
			start = starts[next++];
		}
		out.push(start === s.start ? s : { ...s, start, text: text.slice(start, s.end) });
	}
	close();
	return { segments: out, blocks };
}
