import { describe, expect, it } from 'vitest';
import { firstRange, moveRange, passageOf, stepFor } from './keyboard-range.js';

const text =
	'Reports have surfaced about him. Officials said on Monday that talks, which began last week in the capital, went well.';
const quote = (r: { start: number; end: number }) => text.slice(r.start, r.end);

describe('choosing a passage from the keyboard', () => {
	it('starts on the first word and moves a word at a time with the arrows', () => {
		let range = firstRange(text)!;
		expect(quote(range)).toBe('Reports');
		range = moveRange(text, range, stepFor({ key: 'ArrowRight', shiftKey: false })!);
		expect(quote(range)).toBe('have');
		range = moveRange(text, range, stepFor({ key: 'ArrowLeft', shiftKey: false })!);
		expect(quote(range)).toBe('Reports');
		expect(moveRange(text, range, stepFor({ key: 'ArrowLeft', shiftKey: false })!)).toEqual(range);
	});

	it('extends and shrinks by word with Shift', () => {
		const right = stepFor({ key: 'ArrowRight', shiftKey: true })!;
		let range = moveRange(text, moveRange(text, firstRange(text)!, right), right);
		expect(quote(range)).toBe('Reports have surfaced');
		range = moveRange(text, range, stepFor({ key: 'ArrowLeft', shiftKey: true })!);
		expect(quote(range)).toBe('Reports have');
		const one = moveRange(
			text,
			moveRange(text, range, stepFor({ key: 'ArrowLeft', shiftKey: true })!),
			stepFor({ key: 'ArrowLeft', shiftKey: true })!
		);
		expect(quote(one)).toBe('Reports');
	});

	it('moves a clause at a time with Up and Down, and Shift+Down takes in the next clause', () => {
		const down = stepFor({ key: 'ArrowDown', shiftKey: false })!;
		let range = moveRange(text, firstRange(text)!, down);
		expect(quote(range)).toMatch(/^Officials said/);
		range = moveRange(text, firstRange(text, 'clause')!, stepFor({ key: 'ArrowDown', shiftKey: true })!);
		expect(quote(range)).toMatch(/^Reports have surfaced about him\. Officials said/);
	});

	it('ignores keys that do not move the range', () => {
		expect(stepFor({ key: 'a', shiftKey: false })).toBeNull();
	});

	it('the passage annotated is whole words, keeping the sentence’s full stop', () => {
		expect(quote(passageOf(text, { start: 1, end: 32 })!)).toBe('Reports have surfaced about him.');
	});
});
