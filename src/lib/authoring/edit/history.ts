// Undo and redo for the editor: the drafts before and after each operation. The operations are
// pure and return new drafts, so a history is two bounded stacks of snapshots, with no inverse
// operations to get wrong. Consecutive edits of one field (typing an explanation) are merged into
// one step, so Ctrl+Z undoes a word's worth of typing at most a field at a time, not a keystroke.

/**
 * Steps kept. A case draft is tens of kilobytes, so 200 snapshots stay within a few megabytes
 * while covering a long session of edits; the oldest are dropped first.
 */
export const HISTORY_LIMIT = 200;

export interface History<T> {
	readonly past: readonly T[];
	readonly present: T;
	readonly future: readonly T[];
	/** The field the last step edited, so the next edit of the same field joins it. */
	readonly lastKey?: string;
}

export function startHistory<T>(present: T): History<T> {
	return { past: [], present, future: [] };
}

/**
 * Records `next` as the new present. With a `mergeKey` equal to the last step's, the step is
 * replaced rather than added (typing in one field is one undo step). Recording clears redo.
 */
export function record<T>(history: History<T>, next: T, mergeKey?: string, limit = HISTORY_LIMIT): History<T> {
	if (next === history.present) return history;
	if (mergeKey !== undefined && mergeKey === history.lastKey && history.past.length > 0)
		return { past: history.past, present: next, future: [], lastKey: mergeKey };
	const past = [...history.past, history.present];
	return { past: past.length > limit ? past.slice(past.length - limit) : past, present: next, future: [], lastKey: mergeKey };
}

export function canUndo<T>(history: History<T>): boolean {
	return history.past.length > 0;
}

export function canRedo<T>(history: History<T>): boolean {
	return history.future.length > 0;
}

export function undo<T>(history: History<T>): History<T> {
	if (!canUndo(history)) return history;
	const previous = history.past[history.past.length - 1];
	return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo<T>(history: History<T>): History<T> {
	if (!canRedo(history)) return history;
	const [next, ...rest] = history.future;
	return { past: [...history.past, history.present], present: next, future: rest };
}
