// Teachers paste many result codes at once, from chat or e-mail, in any layout. Each code starts
// with its prefix (SLR1-…, or SLA1-… for a mistaken assignment code), so that is where to cut.
const PREFIX = /SL[A-Z]\d+-/gi;

/** The codes in a pasted text, in order; text before the first prefix comes back as its own item. */
export function splitCodes(text: string): string[] {
	const starts = [...text.matchAll(PREFIX)].map((m) => m.index);
	const pieces: string[] = [];
	const head = text.slice(0, starts[0] ?? text.length).trim();
	if (head) pieces.push(head);
	for (const [i, start] of starts.entries()) pieces.push(text.slice(start, starts[i + 1] ?? text.length).trim());
	return pieces;
}
