import { describe, expect, test } from 'vitest';
import { contentVersion } from '../assignments/content-version.js';
import { ASSIGNMENT, handIn, KEYED, RESULT } from '../assignments/testing/fixtures.js';
import type { Assignment } from '../assignments/types.js';
import type { Answer } from '../exercises/types.js';
import { csvField, toCsv } from './csv.js';
import { bookWith } from './testing/books.js';

const exercises = ['who-said', 'how-many'];
const small: Assignment = {
	id: 'CSV00000',
	title: 'Two questions',
	exercises,
	feedback: 'now',
	attempts: 2,
	counts: 'best',
	contentVersion: contentVersion(KEYED.filter((k) => exercises.includes(k.exercise.id)))
};
const toSmall = (answers: Record<string, Answer[]>, student: string) => ({
	...handIn(answers, student),
	assignmentId: small.id,
	contentVersion: small.contentVersion
});
const right = { type: 'numeric', value: 55000 } as const;
const wrong = { type: 'numeric', value: 5 } as const;

describe('toCsv', () => {
	test('writes a UTF-8 BOM, a header and a row per student, with CRLF line ends', () => {
		const book = bookWith(
			[
				toSmall({ 'who-said': [{ type: 'choice', selected: ['zelensky'] }], 'how-many': [wrong, right] }, 'Zoë Martin'),
				toSmall({ 'how-many': [wrong] }, '=HYPERLINK("http://x","click")'),
				toSmall({ 'who-said': [{ type: 'choice', selected: ['umerov'] }] }, 'Smith, Jo\nB')
			],
			small
		);
		const at = '2025-03-14T09:41:07.250Z';
		expect(toCsv(book, small, { label: (id) => `1.${exercises.indexOf(id) + 1} ${id}` })).toBe(
			'\ufeffStudent,Handed in,1.1 who-said,1.2 how-many,Total (of 2),Percent\r\n' +
				`"'=HYPERLINK(""http://x"",""click"")",${at},,0,0,0\r\n` +
				`"Smith, Jo\nB",${at},0,,0,0\r\n` +
				`Zoë Martin,${at},1,1,2,100\r\n`
		);
	});

	test('heads exercise columns with their ids unless told otherwise', () => {
		expect(toCsv(bookWith([], small), small)).toBe('\ufeffStudent,Handed in,who-said,how-many,Total (of 2),Percent\r\n');
	});
});

describe('csvField', () => {
	test.each([
		['plain text as it is', 'Zoë Martin', 'Zoë Martin'],
		['a comma in quotes', 'Smith, Jo', '"Smith, Jo"'],
		['quotes doubled, in quotes', 'Jo "JJ" Smith', '"Jo ""JJ"" Smith"'],
		['a line break in quotes', 'Jo\r\nSmith', '"Jo\r\nSmith"'],
		['a formula with an apostrophe before it', '=1+1', "'=1+1"],
		['a leading plus as text', '+44 20 7946 0000', "'+44 20 7946 0000"],
		['a leading minus as text', '-5', "'-5"],
		['a leading at sign as text', '@SUM(A1:A9)', "'@SUM(A1:A9)"],
		['a formula after spaces as text', '  =cmd', "'  =cmd"],
		['a leading tab as text', '\tx', "'\tx"],
		['a formula with a comma guarded and quoted', '=A1,B1', `"'=A1,B1"`],
		['markup as plain text', '<script>alert(1)</script>', '<script>alert(1)</script>']
	])('writes %s', (_, value, field) => {
		expect(csvField(value)).toBe(field);
	});
});

test('writes hand-in times as the page asks (the teacher’s local time)', () => {
	const csv = toCsv(bookWith([RESULT]), ASSIGNMENT, { time: () => '14/03/2025, 10:41' });
	expect(csv.split('\r\n')[1]).toMatch(/^Zoë Martin,"14\/03\/2025, 10:41",/);
});
