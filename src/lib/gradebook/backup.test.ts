import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { encodeResultFile } from '../assignments/result-file.js';
import { mutated, typo } from '../assignments/testing/code-edits.js';
import { ASSIGNMENT, codeOf, EXERCISE_MAP, handIn, KEYED, pageAnswerFor, RESULT } from '../assignments/testing/fixtures.js';
import { BackupError, exportBackup, restoreBackup } from './backup.js';
import { emptyGradebook } from './import-result.js';
import { bookWith } from './testing/books.js';

const book = bookWith([RESULT, { ...RESULT, student: '<b>Ada</b>', handedInAt: '2025-03-15T00:00:00.000Z' }]);
const id = RESULT.assignmentId;

/** The backup, edited as parsed JSON. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a file edited by hand has no type to keep
function edited(edit: (data: any) => void): string {
	const data = JSON.parse(exportBackup(book));
	edit(data);
	return JSON.stringify(data);
}

function refusal(text: string): BackupError {
	try {
		restoreBackup(text);
	} catch (error) {
		if (error instanceof BackupError) return error;
		throw error;
	}
	throw new Error('restored without an error');
}

describe('backups', () => {
	test('restore the gradebook they were made from', () => {
		expect(restoreBackup(exportBackup(book))).toEqual(book);
		expect(restoreBackup(exportBackup(emptyGradebook()))).toEqual(emptyGradebook());
	});

	test('restore any gradebook of imported answers', () => {
		const answers = fc.tuple(...KEYED.map((k) => fc.array(pageAnswerFor(k), { maxLength: 2 })));
		fc.assert(
			fc.property(answers, (lists) => {
				const any = bookWith([handIn(Object.fromEntries(KEYED.map((k, i) => [k.exercise.id, lists[i]])))]);
				expect(restoreBackup(exportBackup(any))).toEqual(any);
			}),
			{ numRuns: 50 }
		);
	});

	test.each([
		[
			'text that is not JSON',
			'not a backup',
			'not-a-backup',
			/^This file is not a Sidelight gradebook backup\. Nothing was restored\.$/
		],
		[
			'a student’s result file',
			encodeResultFile(RESULT, ASSIGNMENT, EXERCISE_MAP),
			'not-a-backup',
			/^This is a student’s result file, not a gradebook backup\./
		],
		['a result code', codeOf(RESULT), 'not-a-backup', /not a Sidelight gradebook backup/],
		['a backup cut short', exportBackup(book).slice(0, 500), 'damaged', /^This gradebook backup is incomplete or damaged/],
		[
			'a backup from a newer Sidelight',
			edited((d) => (d.version = 2)),
			'newer-version',
			/newer version of Sidelight \(format 2\)/
		],
		['a backup without assignments', edited((d) => delete d.assignments), 'damaged', /assignments should be an object/],
		[
			'a score of 2',
			edited((d) => (d.assignments[id].students[0].attempts['how-many'][0].score = 2)),
			'damaged',
			/students\[0\]\.attempts\.how-many\[0\]\.score should be a number from 0 to 1/
		],
		[
			'an answer of no known type',
			edited((d) => (d.assignments[id].students[0].attempts['how-many'][0].answer = { type: 'essay' })),
			'damaged',
			/\.answer \.type should be one of/
		],
		[
			'marks that are not ranges',
			edited((d) => (d.assignments[id].students[0].attempts['mark-questions'][0].answer.marks = [{ start: 'a' }])),
			'damaged',
			/\.marks\[0\] should be \{start, end\}/
		],
		[
			'attempts at an exercise not assigned',
			edited((d) => (d.assignments[id].students[0].attempts['other'] = [])),
			'damaged',
			/attempts\.other is not an exercise of the assignment/
		],
		[
			'a hand-in code edited',
			edited((d) => (d.assignments[id].students[0].handIns[0].code = typo(codeOf(RESULT), 60))),
			'damaged',
			/handIns\[0\]\.code cannot be read: This code has been changed/
		],
		[
			'a hand-in of another student',
			edited((d) => (d.assignments[id].students[0].handIns = d.assignments[id].students[1].handIns)),
			'damaged',
			/is a result of another student/
		],
		[
			'a name that does not match its key',
			edited((d) => (d.assignments[id].students[0].name = 'Someone else')),
			'damaged',
			/students\[0\]\.key should be "someone else"/
		],
		[
			'one student twice',
			edited((d) => d.assignments[id].students.push(d.assignments[id].students[0])),
			'damaged',
			/has "Zoë Martin" twice/
		],
		[
			'an assignment filed under another id',
			edited((d) => (d.assignments.ABCDEFGH = d.assignments[id])),
			'damaged',
			/assignments\.ABCDEFGH\.assignment\.id should be "ABCDEFGH"/
		],
		[
			'an assignment with no exercises',
			edited((d) => (d.assignments[id].assignment.exercises = [])),
			'damaged',
			/is not a valid assignment: it has no exercises/
		]
	])('refuse %s, naming what is wrong', (_, text, type, message) => {
		const error = refusal(text);
		expect(error.type).toBe(type);
		expect(error.message).toMatch(message);
	});

	test('throw only BackupError for a backup damaged anywhere', () => {
		const text = exportBackup(book);
		fc.assert(
			fc.property(mutated(text), (damaged) => {
				try {
					restoreBackup(damaged);
				} catch (error) {
					expect(error).toBeInstanceOf(BackupError);
				}
			}),
			{ numRuns: 500 }
		);
	});

	test('say nothing was restored when damaged', () => {
		expect(refusal(edited((d) => (d.assignments[id].students = 'x'))).message).toBe(
			`This gradebook backup is damaged: assignments.${id}.students should be a list. Nothing was restored.`
		);
	});
});
