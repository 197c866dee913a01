// Answers in binary, as compact as a result code needs them to be. A result is only ever read
// against the exercises it answers (their content version must match, or it is refused), so an
// id an answer picks from its exercise — an option, an item, a category, an article — is written
// as its place in the exercise's own list: one byte. An id that is not in the list (no page
// produces one, but scoring takes any) goes into a string table after the list's places, so
// every answer still reads back exactly. Marks are written as differences — from the previous
// mark's end to this start, then the length — small numbers for marks in reading order.
//
// Measured on ten exercises of the real course with two attempts each (see result-code.test.ts
// for the same on fixtures): writing ids as text, even packed (packed-text.ts), gave 853–1,261
// characters, and deflating that saved only 10–15%; places in the exercises give 367–581.
import { kindOf } from '../exercises/kinds/index.js';
import type { Answer, Exercise, TextRange } from '../exercises/types.js';
import { PayloadError, unzigzag, zigzag, type ByteReader, type ByteWriter } from './bytes.js';

/** Articles are a few thousand characters; an offset beyond a million is not a mark anyone made. */
export const MAX_OFFSET = 1_000_000;
/** A student marks a few passages in an article of a few dozen sentences; 200 is far beyond that. */
export const MAX_MARKS = 200;
/** Ids and labels are a few words; a longer string is not one Sidelight wrote. */
export const MAX_STRING_LENGTH = 200;

/** Collects the strings an answer names that its exercise does not list, for the code's table. */
export class StringTable {
	readonly strings: string[] = [];
	private readonly index = new Map<string, number>();

	ref(value: string): number {
		let i = this.index.get(value);
		if (i === undefined) {
			if (value.length > MAX_STRING_LENGTH) throw new RangeError(`text longer than ${MAX_STRING_LENGTH}: ${value}`);
			i = this.strings.push(value) - 1;
			this.index.set(value, i);
		}
		return i;
	}
}

/** Writes an answer to the exercise, whose type it must have (the caller checks). */
export function writeAnswer(writer: ByteWriter, table: StringTable, exercise: Exercise, answer: Answer): void {
	const kind = kindOf(exercise.type);
	const { keys, values } = kind.choices(exercise);
	const ref = (value: string, list: string[]) => {
		const i = list.indexOf(value);
		return i >= 0 ? i : list.length + table.ref(value);
	};
	kind.encode(answer, {
		uint: (n) => void writer.uint(n),
		ref: (value) => ref(value, values),
		marks: (marks) => writeMarks(writer, marks),
		refs: (list) => {
			writer.uint(list.length);
			for (const v of list) writer.uint(ref(v, values));
		},
		record: (record) => {
			const entries = Object.entries(record);
			writer.uint(entries.length);
			for (const [k, v] of entries) writer.uint(ref(k, keys)).uint(ref(v, values));
		},
		number: (value) => writeNumber(writer, value)
	});
}

export function readAnswer(reader: ByteReader, table: readonly string[], exercise: Exercise): Answer {
	const kind = kindOf(exercise.type);
	const { keys, values } = kind.choices(exercise);
	const place = (i: number, list: string[]) => {
		if (i < list.length) return list[i];
		if (i - list.length >= table.length) throw new PayloadError('an answer refers to text the code does not have');
		return table[i - list.length];
	};
	return kind.decode({
		uint: () => reader.uint(),
		place: (i) => place(i, values),
		marks: () => readMarks(reader),
		refs: () => Array.from({ length: reader.count() }, () => place(reader.uint(), values)),
		record: () => {
			const entries = Array.from(
				{ length: reader.count() },
				() => [place(reader.uint(), keys), place(reader.uint(), values)] as const
			);
			if (new Set(entries.map(([k]) => k)).size !== entries.length)
				throw new PayloadError('an answer gives two choices for one item');
			return Object.fromEntries(entries);
		},
		number: () => readNumber(reader)
	});
}

function writeMarks(writer: ByteWriter, marks: readonly TextRange[]): void {
	if (marks.length > MAX_MARKS) throw new RangeError(`more than ${MAX_MARKS} marks`);
	writer.uint(marks.length);
	let previous = 0;
	for (const { start, end } of marks) {
		if (!isOffset(start) || !isOffset(end)) throw new RangeError(`not a mark: ${start}–${end}`);
		// The lowest bit says the mark ends before it starts (never from the page, but scoring
		// takes any range), so the length is unsigned: up to 127 characters in one byte.
		writer.uint(zigzag(start - previous) * 2 + (end < start ? 1 : 0)).uint(Math.abs(end - start));
		previous = end;
	}
}

function readMarks(reader: ByteReader): TextRange[] {
	const count = reader.count();
	if (count > MAX_MARKS) throw new PayloadError(`an answer has more than ${MAX_MARKS} marks`);
	let previous = 0;
	return Array.from({ length: count }, () => {
		const head = reader.uint();
		const start = previous + unzigzag(Math.floor(head / 2));
		const length = reader.uint();
		const end = head % 2 === 1 ? start - length : start + length;
		if (!isOffset(start) || !isOffset(end)) throw new PayloadError('a mark lies far outside any article');
		previous = end;
		return { start, end };
	});
}

function isOffset(n: number): boolean {
	return Number.isInteger(n) && Math.abs(n) <= MAX_OFFSET;
}

// Numbers: a tag byte, then nothing (no answer), a zig-zag varint (a whole number, the usual
// case: 55000 takes 3 bytes) or the 8 bytes of a float64.
const NO_NUMBER = 0;
const WHOLE_NUMBER = 1;
const FRACTION = 2;
/** Whole numbers up to 2³² as varints (at most 5 bytes); larger ones are rarer than the 8 bytes they take. */
const MAX_WHOLE = 2 ** 32;

/** A value that is not a finite number (300 typed digits parse as Infinity) is written as no answer. */
function writeNumber(writer: ByteWriter, value: number | null): void {
	if (value === null || !Number.isFinite(value)) writer.byte(NO_NUMBER);
	else if (Number.isInteger(value) && Math.abs(value) <= MAX_WHOLE) writer.byte(WHOLE_NUMBER).int(value);
	else writer.byte(FRACTION).float(value);
}

function readNumber(reader: ByteReader): number | null {
	const tag = reader.byte();
	if (tag === NO_NUMBER) return null;
	if (tag === WHOLE_NUMBER) return reader.int();
	if (tag !== FRACTION) throw new PayloadError('a number is stored in a way Sidelight does not write');
	const value = reader.float();
	if (!Number.isFinite(value)) throw new PayloadError('a number answer is not a finite number');
	// −0 reads as 0: the page cannot tell them apart, and JSON (the gradebook backup) drops the sign.
	return value === 0 ? 0 : value;
}
