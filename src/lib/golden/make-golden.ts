// Made the golden vectors in this folder, ONCE, with the code as it was at f7499a0 (before any
// change to a wire format). Never run it again to make golden.test.ts pass: the point of the
// vectors is that they were written by the old code. New formats add new vectors by hand (or by a
// new script) beside these, and these stay as they are.
//
//   npx tsx src/lib/golden/make-golden.ts
import { writeFileSync } from 'node:fs';
import { encodeAssignment } from '../assignments/assignment-code.js';
import { contentVersion } from '../assignments/content-version.js';
import { encodeResult } from '../assignments/result-code.js';
import { encodeResultFile } from '../assignments/result-file.js';
import {
	ANSWERS,
	ASSIGNMENT,
	BENEFITS,
	EXERCISE_MAP,
	handIn,
	KEYED,
	QUESTION,
	STAGGERING
} from '../assignments/testing/fixtures.js';
import type { Assignment, Result } from '../assignments/types.js';
import { exportBackup } from '../gradebook/backup.js';
import { emptyGradebook, importResult } from '../gradebook/import-result.js';
import { score } from '../exercises/score.js';
import type { Answer } from '../exercises/types.js';

const here = new URL('.', import.meta.url).pathname;
const write = (name: string, text: string) => writeFileSync(here + name, text);

write('fixture-course.json', `${JSON.stringify(KEYED, null, '\t')}\n`);

const strict: Assignment = {
	...ASSIGNMENT,
	id: 'AB12CD34',
	title: 'Strict: first attempt, feedback after',
	feedback: 'after',
	attempts: 0,
	counts: 'first'
};
const last: Assignment = {
	...ASSIGNMENT,
	id: 'ZZ98XY76',
	title: 'Two exercises, last counts',
	exercises: ['who-said', 'mark-questions'],
	attempts: 3,
	counts: 'last',
	contentVersion: contentVersion([EXERCISE_MAP.get('who-said')!, EXERCISE_MAP.get('mark-questions')!])
};
const assignments = [ASSIGNMENT, strict, last];

const results: { assignment: string; result: Result }[] = [
	{ assignment: ASSIGNMENT.id, result: handIn(ANSWERS) },
	{
		assignment: ASSIGNMENT.id,
		result: handIn(
			{
				'who-said': [
					{ type: 'choice', selected: ['umerov'] },
					{ type: 'choice', selected: ['zelensky'] }
				],
				'how-many': [{ type: 'numeric', value: 46000 }]
			},
			'<b>Ada</b> =1+1',
			'2025-03-14T10:02:00.000Z'
		)
	},
	{
		assignment: ASSIGNMENT.id,
		result: handIn(
			{ 'mark-questions': [{ type: 'mark', marks: [QUESTION, BENEFITS] }], 'how-many': [{ type: 'numeric', value: null }] },
			'  zoë   MARTIN ',
			'2025-03-15T08:00:00.000Z'
		)
	},
	{
		assignment: strict.id,
		result: {
			...handIn(
				{
					'rank-sourcing': [
						{ type: 'rank', order: ['talks-fail', 'talks-stall', 'tragic-toll'] },
						{ type: 'rank', order: ['talks-stall', 'tragic-toll', 'talks-fail'] }
					],
					'mark-questions': [{ type: 'mark', marks: [STAGGERING] }]
				},
				'Ngũgĩ'
			),
			assignmentId: strict.id
		}
	},
	{
		assignment: last.id,
		result: {
			...handIn(
				{
					'who-said': [
						{ type: 'choice', selected: ['zelensky'] },
						{ type: 'choice', selected: ['csis'] }
					]
				},
				'Bo'
			),
			assignmentId: last.id,
			contentVersion: last.contentVersion
		}
	}
];

const byId = new Map(assignments.map((a) => [a.id, a]));
let book = emptyGradebook();
const vectors = results.map(({ assignment, result }) => {
	const a = byId.get(assignment)!;
	const code = encodeResult(result, a, EXERCISE_MAP);
	const imported = importResult(book, a, EXERCISE_MAP, code);
	if (imported.outcome.type === 'refused') throw imported.outcome.error;
	book = imported.book;
	const scores = Object.fromEntries(
		Object.entries(result.answers).map(([id, attempts]) => [id, attempts.map((x) => importedScore(a, id, x.answer))])
	);
	return { assignment, code, file: encodeResultFile(result, a, EXERCISE_MAP), result, scores };
});

/** The gradebook's own score for an attempt, as importResult stores it. */
function importedScore(_a: Assignment, id: string, answer: Answer): number {
	const { exercise, key } = EXERCISE_MAP.get(id)!;
	return score(exercise, key, answer).score;
}

write('backup-v1.json', exportBackup(book));
write(
	'vectors.json',
	`${JSON.stringify(
		{
			madeBy: 'Sidelight at f7499a0 (src/lib/golden/make-golden.ts)',
			contentVersion: contentVersion(KEYED),
			assignments: assignments.map((a) => ({ code: encodeAssignment(a), assignment: a })),
			results: vectors,
			backup: {
				file: 'backup-v1.json',
				students: Object.fromEntries(
					Object.entries(book.assignments).map(([id, r]) => [
						id,
						r.students.map((s) => ({ name: s.name, handIns: s.handIns.length, attempts: s.attempts }))
					])
				)
			}
		},
		null,
		'\t'
	)}\n`
);
