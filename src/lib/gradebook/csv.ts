// The class table as CSV for a spreadsheet or the school's system (RFC 4180: comma-separated,
// CRLF line ends, fields with commas, quotes or line breaks in double quotes, quotes doubled).
// Names are typed by students, so a name like "=HYPERLINK(…)" must not become a formula when
// the teacher opens the file: text cells starting with = + - @ (or a tab or carriage return)
// get a leading apostrophe, as OWASP advises (https://owasp.org/www-community/attacks/CSV_Injection).
import type { Assignment } from '../assignments/types.js';
import { classTable } from './class-table.js';
import type { Gradebook } from './types.js';

/**
 * Excel reads a CSV without a byte order mark in the legacy code page of the computer's
 * locale, so "Zoë" would show as "ZoÃ«"; with the BOM it reads UTF-8. Other programs ignore it.
 */
const BOM = '\ufeff';

export interface CsvOptions {
	/** The column heading for an exercise, e.g. "2.3 mark-questions"; the id by default. */
	label?: (exerciseId: string) => string;
	/** The hand-in time as written in the file; the ISO time (UTC) by default. The page gives the teacher's local time. */
	time?: (iso: string) => string;
}

export function toCsv(book: Gradebook, assignment: Assignment, options: CsvOptions = {}): string {
	const label = options.label ?? ((id: string) => id);
	const time = options.time ?? ((iso: string) => iso);
	const table = classTable(book, assignment);
	const header = ['Student', 'Handed in', ...table.exercises.map(label), `Total (of ${table.exercises.length})`, 'Percent'];
	const rows = table.rows.map((row) => [
		row.name,
		time(row.handedInAt),
		...row.cells.map((c) => (c.score === null ? '' : number(c.score))),
		number(row.total),
		String(Math.round(row.percent))
	]);
	return BOM + [header, ...rows].map((fields) => `${fields.map(csvField).join(',')}\r\n`).join('');
}

/** Scores to two decimals (0.67), as a teacher reads them; whole numbers without a point. */
function number(value: number): string {
	return String(Math.round(value * 100) / 100);
}

/** One field: guarded against formulas, then quoted if it needs to be. */
export function csvField(value: string): string {
	// Numbers this module writes are never negative, so a leading "-" is always text.
	const guarded = /^\s*[=+\-@]|^[\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}
