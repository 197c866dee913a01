// How the marking page adds and removes marks, kept here so that what it stores is what scoring
// expects. Scoring charges every mark that finds nothing, so one passage must be one mark however
// it was made: a sentence marked clause by clause with the keyboard is stored as the single mark a
// drag over it would make, and costs the same. A keyboard user can also narrow the clause word by
// word (refinePart) to mark only part of it, as a drag would.
import { isLetterOrDigit, isWordAt } from '../text/characters.js';
import { coveredLength, mergeRanges, overlaps } from './ranges.js';
import type { TextRange } from './types.js';

/** A mark as the page holds it: unlabelled (mark exercises) or labelled (mark-and-label). */
export type EditableMark = TextRange & { label?: string | null };

/**
 * Adds a mark. Marks with the same label that it overlaps, or that only spaces and punctuation
 * separate from it, join it; marks with another label give up the stretch it covers (a passage
 * has one label).
 */
export function addMark<M extends EditableMark>(text: string, marks: readonly M[], mark: M): M[] {
	let joined: TextRange = { start: mark.start, end: mark.end };
	let rest = [...marks];
	for (let changed = true; changed;) {
		changed = false;
		for (const other of rest) {
			if (other.label !== mark.label || !adjoins(text, joined, other)) continue;
			joined = { start: Math.min(joined.start, other.start), end: Math.max(joined.end, other.end) };
			rest = rest.filter((m) => m !== other);
			changed = true;
		}
	}
	const kept = rest.flatMap((m) => subtract(m, joined));
	return sortMarks([...kept, { ...mark, ...joined }]);
}

/** Removes a stretch from every mark it touches, splitting a mark it falls inside. */
export function removeMark<M extends EditableMark>(marks: readonly M[], range: TextRange): M[] {
	return sortMarks(marks.flatMap((m) => subtract(m, range)));
}

/**
 * What a keyboard toggle does on the current clause: unmarks it if marks with this label already
 * cover all of it, marks it otherwise.
 */
export function toggleMark<M extends EditableMark>(text: string, marks: readonly M[], mark: M): M[] {
	const same = mergeRanges(marks.filter((m) => m.label === mark.label));
	const covered = coveredLength(same, mark) === mark.end - mark.start;
	return covered ? removeMark(marks, mark) : addMark(text, marks, mark);
}

/** The words of `range`, each from its first to its last character (joiners such as "isn’t" inside). */
export function wordsIn(text: string, range: TextRange): TextRange[] {
	const words: TextRange[] = [];
	for (let i = range.start; i < range.end; i++) {
		if (!isWordAt(text, i) || (i > range.start && isWordAt(text, i - 1))) continue;
		let end = i + 1;
		while (end < range.end && isWordAt(text, end)) end++;
		words.push({ start: i, end });
	}
	return words;
}

/**
 * The part of a clause a keyboard user will mark, moved one word at one edge: `end` +1 takes in
 * the next word, -1 leaves out the last; `start` +1 leaves out the first word, -1 takes back the
 * one before. It stays inside the clause and keeps at least one word. A part that reaches either
 * end of the clause takes in the clause's punctuation there ("…the silence?"), as the whole clause does.
 */
export function refinePart(text: string, clause: TextRange, part: TextRange, edge: 'start' | 'end', step: 1 | -1): TextRange {
	const words = wordsIn(text, clause);
	if (!words.length) return { start: clause.start, end: clause.end };
	let first = words.findIndex((w) => w.end > part.start);
	let last = words.findLastIndex((w) => w.start < part.end);
	if (first === -1) first = 0;
	if (last === -1 || last < first) last = first;
	if (edge === 'end') last = Math.min(words.length - 1, Math.max(first, last + step));
	else first = Math.max(0, Math.min(last, first + step));
	return {
		start: first === 0 ? clause.start : words[first].start,
		end: last === words.length - 1 ? clause.end : words[last].end
	};
}

function adjoins(text: string, a: TextRange, b: TextRange): boolean {
	if (overlaps(a, b) || a.end === b.start || b.end === a.start) return true;
	const from = Math.min(a.end, b.end);
	const to = Math.max(a.start, b.start);
	for (let i = from; i < to; i++) if (isLetterOrDigit(text, i)) return false;
	return true;
}

function subtract<M extends TextRange>(mark: M, range: TextRange): M[] {
	if (!overlaps(mark, range)) return [mark];
	const pieces: M[] = [];
	if (mark.start < range.start) pieces.push({ ...mark, end: range.start });
	if (range.end < mark.end) pieces.push({ ...mark, start: range.end });
	return pieces;
}

function sortMarks<M extends TextRange>(marks: M[]): M[] {
	return marks.sort((a, b) => a.start - b.start || a.end - b.end);
}
