import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { encodeResultFile } from '../assignments/result-file.js';
import { mutated, typo } from '../assignments/testing/code-edits.js';
import { ASSIGNMENT, codeOf, EXERCISE_MAP, handIn, KEYED, pageAnswerFor, RESULT } from '../assignments/testing/fixtures.js';
import { score } from '../exercises/score.js';
import { BackupError, exportBackup, restoreBackup } from './backup.js';
import { emptyGradebook, readHandIn } from './import-result.js';
import { countTogether, renameHandIn } from './records.js';
import { studentsIn } from './students.js';
import { bookWith } from './testing/books.js';
import type { Gradebook } from './types.js';

const book = bookWith([RESULT, { ...RESULT, student: '<b>Ada</b>', handedInAt: '2025-03-15T00:00:00.000Z' }]);
const id = RESULT.assignmentId;
const restore = (text: string) => restoreBackup(text, EXERCISE_MAP);

/** The backup, edited as parsed JSON. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a file edited by hand has no type to keep
function edited(edit: (data: any) => void, from: Gradebook = book): string {
	const data = JSON.parse(exportBackup(from));
	edit(data);
	return JSON.stringify(data);
}

function refusal(text: string): BackupError {
	try {
		restore(text);
	} catch (error) {
		if (error instanceof BackupError) return error;
		throw error;
	}
	throw new Error('restored without an error');
}

/** Every score in the book is the teacher's keys' score of its answer, and every answer is its code's. */
function trustworthy(restored: Gradebook): void {
	for (const record of Object.values(restored.assignments)) {
		if (record.unscored) {
			expect(record.handIns.every((h) => Object.keys(h.attempts).length === 0)).toBe(true);
			continue;
		}
		for (const h of record.handIns) {
			expect(h.attempts).toEqual(readHandIn(h.code, record.assignment, EXERCISE_MAP).attempts);
			for (const [exerciseId, attempts] of Object.entries(h.attempts)) {
				const { exercise, key } = EXERCISE_MAP.get(exerciseId)!;
				for (const a of attempts) expect(a.score).toBe(score(exercise, key, a.answer).score);
			}
		}
	}
}

const v1 = readFileSync(new URL('../golden/backup-v1.json', import.meta.url), 'utf8');

describe('backups', () => {
	test('restore the gradebook they were made from', () => {
		expect(restore(exportBackup(book))).toEqual(book);
		expect(restore(exportBackup(emptyGradebook()))).toEqual(emptyGradebook());
	});

	test('keep the teacher’s renames and decisions on conflicts', () => {
		const filed = countTogether(renameHandIn(book, id, studentsIn(book, id)[1].handIns[0].code, 'Zoë Martin'), id, 'zoë martin');
		expect(restore(exportBackup(filed))).toEqual(filed);
		expect(studentsIn(restore(exportBackup(filed)), id)).toHaveLength(1);
	});

	test('restore any gradebook of imported answers', () => {
		const answers = fc.tuple(...KEYED.map((k) => fc.array(pageAnswerFor(k), { maxLength: 2 })));
		fc.assert(
			fc.property(answers, (lists) => {
				const any = bookWith([handIn(Object.fromEntries(KEYED.map((k, i) => [k.exercise.id, lists[i]])))]);
				expect(restore(exportBackup(any))).toEqual(any);
			}),
			{ numRuns: 50 }
		);
	});

	test('hold only codes, the filing and the assignment: no answers or scores to edit', () => {
		const data = JSON.parse(exportBackup(book));
		expect(Object.keys(data.assignments[id].handIns[0]).sort()).toEqual(['code', 'handedInAt', 'student']);
	});

	test('of format 1 with every score edited to 1 restore with the scores the answers earn (m1)', () => {
		const data = JSON.parse(v1);
		for (const record of Object.values(data.assignments) as { students: { attempts: Record<string, { score: number }[]> }[] }[]) {
			for (const s of record.students) for (const list of Object.values(s.attempts)) for (const a of list) a.score = 1;
		}
		const restored = restore(JSON.stringify(data));
		trustworthy(restored);
		expect(restored).toEqual(restore(v1));
		expect(studentsIn(restored, id)[0].attempts['how-many'].map((a) => a.score)).toEqual([1, 0]);
	});

	test('edited by hand anywhere are refused, or restore with answers from their codes and scores from the keys', () => {
		const text = exportBackup(book);
		fc.assert(
			fc.property(mutated(text), (damaged) => {
				let restored: Gradebook;
				try {
					restored = restore(damaged);
				} catch (error) {
					expect(error).toBeInstanceOf(BackupError);
					return;
				}
				trustworthy(restored);
			}),
			{ numRuns: 500 }
		);
	});

	test('edited as JSON (answers, scores, names, codes swapped) are refused or re-scored from their codes', () => {
		const edits = fc.constantFrom<((d: any) => void)[]>( // eslint-disable-line @typescript-eslint/no-explicit-any
			(d) => (d.assignments[id].handIns[0].attempts = { 'how-many': [{ answer: { type: 'numeric', value: 55000 }, score: 1 }] }),
			(d) => (d.assignments[id].handIns[0].score = 1),
			(d) => (d.assignments[id].handIns[0].student = 'Someone else'),
			(d) => d.assignments[id].handIns.reverse(),
			(d) => d.assignments[id].handIns.push(d.assignments[id].handIns[0]),
			(d) => (d.assignments[id].together = ['zoë martin', 'zoë martin']),
			(d) => (d.assignments[id].handIns[1].code = d.assignments[id].handIns[0].code)
		);
		fc.assert(
			fc.property(fc.array(edits, { minLength: 1, maxLength: 3 }), (list) => {
				let restored: Gradebook;
				try {
					restored = restore(edited((d) => list.forEach((e) => e(d))));
				} catch (error) {
					expect(error).toBeInstanceOf(BackupError);
					return;
				}
				trustworthy(restored);
			})
		);
	});

	test('keep an assignment whose exercises this copy lacks, unscored, with its codes', () => {
		const restored = restoreBackup(exportBackup(book), new Map());
		expect(restored.assignments[id]).toMatchObject({ unscored: true });
		expect(restored.assignments[id].handIns.map((h) => h.code)).toEqual(book.assignments[id].handIns.map((h) => h.code));
		expect(restore(exportBackup(restored))).toEqual(book);
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
			edited((d) => (d.version = 3)),
			'newer-version',
			/newer version of Sidelight \(format 3\)/
		],
		['a backup from before format 1', edited((d) => (d.version = 0)), 'older-version', /older version of Sidelight \(format 0\)/],
		['a backup without assignments', edited((d) => delete d.assignments), 'damaged', /assignments should be an object/],
		[
			'a hand-in without a name',
			edited((d) => (d.assignments[id].handIns[0].student = ' ')),
			'damaged',
			/handIns\[0\]\.student should be a name/
		],
		[
			'a hand-in code edited',
			edited((d) => (d.assignments[id].handIns[0].code = typo(codeOf(RESULT), 60))),
			'damaged',
			/handIns\[0\]\.code cannot be read: This code has been changed/
		],
		[
			'a hand-in time that is not its code’s',
			edited((d) => (d.assignments[id].handIns[0].handedInAt = '2030-01-01T00:00:00.000Z')),
			'damaged',
			/handIns\[0\]\.handedInAt should be "2025-03-14T09:41:07\.250Z", as its code says/
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
		],
		[
			'a format-1 student without hand-ins',
			v1.replace(/"handIns": \[[^\]]*\]/, '"handIns": []'),
			'damaged',
			/students\[0\]\.handIns should be a list of at least one/
		]
	])('refuse %s, naming what is wrong', (_, text, type, message) => {
		const error = refusal(text);
		expect(error.type).toBe(type);
		expect(error.message).toMatch(message);
	});

	test('say nothing was restored when damaged', () => {
		expect(refusal(edited((d) => (d.assignments[id].handIns = 'x'))).message).toBe(
			`This gradebook backup is damaged: assignments.${id}.handIns should be a list. Nothing was restored.`
		);
	});
});
