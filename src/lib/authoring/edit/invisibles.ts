// What an article's text holds that a reader cannot see: no-break spaces, tabs, zero-width
// characters, spaces at the end of a line and blank lines at the end. Annotations anchor on exact
// characters, so an author pasting from a web page needs to see them; the editor renders these runs
// read-only next to the verbatim text, which is never changed.

export type RunKind = 'text' | 'nbsp' | 'tab' | 'zero-width' | 'trailing-space' | 'line-break' | 'trailing-blank-line';

export interface Run {
	kind: RunKind;
	/** The characters, exactly as in the text. */
	text: string;
	/** 0-based offset in the text. */
	start: number;
}

/** The glyph the editor shows for each invisible character (the character itself follows it where it takes space). */
export const GLYPHS: Record<Exclude<RunKind, 'text'>, string> = {
	nbsp: '⍽',
	tab: '→',
	'zero-width': '|',
	'trailing-space': '·',
	'line-break': '¶',
	'trailing-blank-line': '¶'
};

export const DESCRIPTIONS: Record<Exclude<RunKind, 'text'>, [string, string]> = {
	nbsp: ['no-break space', 'no-break spaces'],
	tab: ['tab', 'tabs'],
	'zero-width': ['zero-width character', 'zero-width characters'],
	'trailing-space': ['space at the end of a line', 'spaces at the end of a line'],
	'line-break': ['line break', 'line breaks'],
	'trailing-blank-line': ['blank line at the end', 'blank lines at the end']
};

// U+00A0 and U+202F (narrow no-break space), U+2007 figure space; zero-width space, joiners, word joiner, BOM, soft hyphen.
const NBSP = new Set(['\u00a0', '\u202f', '\u2007']);
const ZERO_WIDTH = new Set(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad']);

/** The text cut into runs; joining their `text` gives the text back, character for character. */
export function invisibleRuns(text: string): Run[] {
	const runs: Run[] = [];
	// Where the trailing blank lines begin: after the last line with anything on it, and its line break.
	const lastContent = text.search(/\n[\s]*$/) === -1 ? text.length : text.search(/\n[\s]*$/) + 1;
	const push = (kind: RunKind, start: number, end: number) => {
		const last = runs.at(-1);
		if (kind === 'text' && last?.kind === 'text') last.text += text.slice(start, end);
		else runs.push({ kind, text: text.slice(start, end), start });
	};
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (char === '\n' || char === '\r') {
			const end = char === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1;
			push(i >= lastContent - 1 && lastContent < text.length && i >= lastContent ? 'trailing-blank-line' : 'line-break', i, end);
			i = end - 1;
		} else if (char === '\t') push('tab', i, i + 1);
		else if (NBSP.has(char)) push('nbsp', i, i + 1);
		else if (ZERO_WIDTH.has(char)) push('zero-width', i, i + 1);
		else if (char === ' ' && /^ *(\r?\n|$)/.test(text.slice(i)) && i > 0) {
			const end = i + /^ */.exec(text.slice(i))![0].length;
			for (let j = i; j < end; j++) push('trailing-space', j, j + 1);
			i = end - 1;
		} else push('text', i, i + 1);
	}
	return runs;
}

/** "2 no-break spaces, 1 tab and 3 blank lines at the end", or "" when there is nothing to say. */
export function describeInvisibles(text: string): string {
	const counts = new Map<Exclude<RunKind, 'text'>, number>();
	for (const run of invisibleRuns(text))
		if (run.kind !== 'text' && run.kind !== 'line-break') counts.set(run.kind, (counts.get(run.kind) ?? 0) + 1);
	const parts = [...counts].map(([kind, n]) => `${n} ${DESCRIPTIONS[kind][n === 1 ? 0 : 1]}`);
	return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
