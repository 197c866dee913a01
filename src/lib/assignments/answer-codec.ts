// Answers in binary, as compact as a result code needs them to be. Ids and labels (option ids,
// category slugs…) go into a string table written once per code, so each use is a one-byte
// index; marks are written as differences — from the previous mark's end to this start, then
// the length — which for marks in reading order are small numbers, one or two bytes each.
// Measured on a typical 10-exercise hand-in (result-code.test.ts): this binary form is 685
// bytes before packing ids, deflated JSON 769, deflated binary 488; with ids packed
// (packed-text.ts) it is 558 — close enough to deflate that no compression library is needed.
import { EXERCISE_TYPES, type Answer, type ExerciseType, type LabelledMark, type TextRange } from '../exercises/types.js';
import { PayloadError, type ByteReader, type ByteWriter } from './bytes.js';

/** Articles are a few thousand characters; an offset beyond a million is not a mark anyone made. */
export const MAX_OFFSET = 1_000_000;
/** A student marks a few passages in an article of a few dozen sentences; 200 is far beyond that. */
export const MAX_MARKS = 200;
/** Ids and labels are a few words; a longer string is not one Sidelight wrote. */
export const MAX_STRING_LENGTH = 200;

/** Collects strings as they are written, for the table that precedes them. */
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

export function answerTypeByte(type: ExerciseType): number {
	return EXERCISE_TYPES.indexOf(type);
}

export function readAnswerType(reader: ByteReader): ExerciseType {
	const type = EXERCISE_TYPES[reader.byte()];
	if (!type) throw new PayloadError('an answer is of a type Sidelight does not have');
	return type;
}

/** Writes an answer without its type, which the caller writes once per exercise. */
export function writeAnswer(writer: ByteWriter, table: StringTable, answer: Answer): void {
	const refs = (values: string[]) => {
		writer.uint(values.length);
		for (const v of values) writer.uint(table.ref(v));
	};
	const record = (values: Record<string, string>) => {
		const entries = Object.entries(values);
		writer.uint(entries.length);
		for (const [k, v] of entries) writer.uint(table.ref(k)).uint(table.ref(v));
	};
	switch (answer.type) {
		case 'mark':
			return writeMarks(writer, answer.marks);
		case 'mark-and-label':
			writeMarks(writer, answer.marks);
			// 0 for a mark not labelled yet, else the label's index + 1.
			for (const m of answer.marks) writer.uint(m.label === null ? 0 : table.ref(m.label) + 1);
			return;
		case 'classify':
			return record(answer.choices);
		case 'match':
			return record(answer.pairs);
		case 'choice':
			return refs(answer.selected);
		case 'rank':
			return refs(answer.order);
		case 'numeric':
			return writeNumber(writer, answer.value);
	}
}

export function readAnswer(reader: ByteReader, table: readonly string[], type: ExerciseType): Answer {
	const ref = () => {
		const i = reader.uint();
		if (i >= table.length) throw new PayloadError('an answer refers to text the code does not have');
		return table[i];
	};
	const refs = () => Array.from({ length: reader.count() }, ref);
	const record = (): Record<string, string> => {
		const entries = Array.from({ length: reader.count() }, () => [ref(), ref()] as const);
		if (new Set(entries.map(([k]) => k)).size !== entries.length) throw new PayloadError('an answer gives two choices for one item');
		return Object.fromEntries(entries);
	};
	switch (type) {
		case 'mark':
			return { type, marks: readMarks(reader) };
		case 'mark-and-label': {
			const marks = readMarks(reader).map((m): LabelledMark => {
				const label = reader.uint();
				if (label > table.length) throw new PayloadError('a label refers to text the code does not have');
				return { ...m, label: label === 0 ? null : table[label - 1] };
			});
			return { type, marks };
		}
		case 'classify':
			return { type, choices: record() };
		case 'match':
			return { type, pairs: record() };
		case 'choice':
			return { type, selected: refs() };
		case 'rank':
			return { type, order: refs() };
		case 'numeric':
			return { type, value: readNumber(reader) };
	}
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

function zigzag(n: number): number {
	return n >= 0 ? n * 2 : -n * 2 - 1;
}

function unzigzag(n: number): number {
	return n % 2 === 0 ? n / 2 : -(n + 1) / 2;
}

function isOffset(n: number): boolean {
	return Number.isInteger(n) && Math.abs(n) <= MAX_OFFSET;
}

// Numbers: a tag byte, then nothing (no answer), a zig-zag varint (a whole number, the usual
// case: 55000 takes 3 bytes) or the 8 bytes of a float64.
const NO_NUMBER = 0;
const WHOLE_NUMBER = 1;
const FRACTION = 2;

/** A value that is not a finite number (300 typed digits parse as Infinity) is written as no answer. */
function writeNumber(writer: ByteWriter, value: number | null): void {
	if (value === null || !Number.isFinite(value)) writer.byte(NO_NUMBER);
	else if (Number.isSafeInteger(value)) writer.byte(WHOLE_NUMBER).int(value);
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
