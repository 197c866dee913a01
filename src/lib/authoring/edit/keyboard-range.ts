// Choosing a passage from the keyboard, as the mark exercise lets a student mark clause by clause
// (MarkInput): a range over the article that arrow keys move a word at a time, Up and Down a clause
// at a time, and Shift extends or shrinks. Pure, so what the keys select is tested without a page.
import type { TextRange } from '../../core/range.js';
import { isWordAt } from '../../text/characters.js';
import { snapToWords } from '../../text/snap-to-words.js';
import { splitIntoClauses } from '../../text/split-into-clauses.js';

export function wordsOf(text: string): TextRange[] {
	const words: TextRange[] = [];
	for (let i = 0; i < text.length; i++) {
		if (!isWordAt(text, i)) continue;
		const start = i;
		while (i < text.length && isWordAt(text, i)) i++;
		words.push({ start, end: i });
	}
	return words;
}

export type Unit = 'word' | 'clause';

export interface Step {
	unit: Unit;
	/** +1 forward (Right, Down), −1 back (Left, Up). */
	direction: 1 | -1;
	/** Shift held: move the end (forward extends, back shrinks) and keep the start. */
	extend: boolean;
}

/** The unit a key press steps by, or null for a key that does not move the range. */
export function stepFor(event: { key: string; shiftKey: boolean }): Step | null {
	const keys: Record<string, [Unit, 1 | -1]> = {
		ArrowRight: ['word', 1],
		ArrowLeft: ['word', -1],
		ArrowDown: ['clause', 1],
		ArrowUp: ['clause', -1]
	};
	const found = keys[event.key];
	return found ? { unit: found[0], direction: found[1], extend: event.shiftKey } : null;
}

/** The first word (or clause) of the text: where the keyboard range starts. */
export function firstRange(text: string, unit: Unit = 'word'): TextRange | null {
	return units(text, unit)[0] ?? null;
}

function units(text: string, unit: Unit): TextRange[] {
	return unit === 'word' ? wordsOf(text) : splitIntoClauses(text).map(({ start, end }) => ({ start, end }));
}

/**
 * The range after one step. Moving selects the next (or previous) whole word or clause; extending
 * moves the range's end to the end of the next unit, shrinking to the end of the previous one,
 * never before the first unit of the range.
 */
export function moveRange(text: string, range: TextRange, step: Step): TextRange {
	const list = units(text, step.unit);
	if (list.length === 0) return range;
	if (!step.extend) {
		if (step.direction > 0) return list.find((u) => u.start >= range.end) ?? list.find((u) => u.end > range.start) ?? range;
		const before = list.filter((u) => u.end <= range.start);
		return before.at(-1) ?? list.find((u) => u.end > range.start) ?? range;
	}
	if (step.direction > 0) {
		const next = list.find((u) => u.end > range.end);
		return next ? { start: range.start, end: next.end } : range;
	}
	const earlier = list.filter((u) => u.end < range.end && u.end > range.start);
	return earlier.length ? { start: range.start, end: earlier.at(-1)!.end } : range;
}

/** The passage to annotate: whole words, as a mouse selection is snapped (snap-to-words.ts). */
export function passageOf(text: string, range: TextRange): TextRange | null {
	return snapToWords(text, range);
}
