import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, record, redo, startHistory, undo } from './history.js';

describe('undo and redo in the editor', () => {
	it('undoes every step back to the start and redoes them in order', () => {
		let h = startHistory('a');
		h = record(h, 'b');
		h = record(h, 'c');
		h = undo(h);
		expect(h.present).toBe('b');
		h = undo(h);
		expect(h.present).toBe('a');
		expect(canUndo(h)).toBe(false);
		expect(undo(h)).toBe(h);
		h = redo(redo(h));
		expect(h.present).toBe('c');
		expect(canRedo(h)).toBe(false);
	});

	it('a new change after an undo drops what could have been redone', () => {
		const h = record(undo(record(record(startHistory(1), 2), 3)), 4);
		expect(h.present).toBe(4);
		expect(canRedo(h)).toBe(false);
		expect(undo(h).present).toBe(2);
	});

	it('typing in one field is one step, and another field starts a new one', () => {
		let h = startHistory('');
		h = record(h, 'W', 'explanation:x');
		h = record(h, 'Wh', 'explanation:x');
		h = record(h, 'Why', 'explanation:x');
		h = record(h, 'Why?', 'headline:a');
		expect(undo(h).present).toBe('Why');
		expect(undo(undo(h)).present).toBe('');
	});

	it('an undo ends the merging, so the next keystroke is a step of its own', () => {
		let h = record(record(startHistory(''), 'a', 'f'), 'ab', 'f');
		h = undo(h);
		h = record(h, 'x', 'f');
		expect(undo(h).present).toBe('');
		expect(canRedo(h)).toBe(false);
	});

	it('keeps at most the bounded number of steps, dropping the oldest', () => {
		let h = startHistory(0);
		for (let i = 1; i <= 10; i++) h = record(h, i, undefined, 3);
		expect(h.past).toEqual([7, 8, 9]);
		while (canUndo(h)) h = undo(h);
		expect(h.present).toBe(7);
	});

	it('recording the same draft again is not a step', () => {
		const h = startHistory({ x: 1 });
		expect(record(h, h.present)).toBe(h);
	});
});
