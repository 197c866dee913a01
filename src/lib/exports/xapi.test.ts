// The class's results as xAPI statements, checked with Learning Locker's xapi-validation: every
// statement of every exercise type is valid, carries no e-mail, and says what the student answered.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { courseAssignment } from '../scorm/course-package.js';
import { courseExercises } from '../scorm/testing.js';
import { keyAnswer, emptyAnswer } from '../exercises/answers.js';
import { score } from '../exercises/score.js';
import { EXERCISE_TYPES } from '../exercises/types.js';
import { pseudonym, studentAttemptsOf, xapiStatements, type StudentAttempts } from './xapi.js';

const validate = (createRequire(import.meta.url)('xapi-validation') as { default: (s: unknown) => unknown[] }).default;
const exercises = courseExercises();
const byId = new Map(exercises.map((e) => [e.exercise.id, e]));
const assignment = courseAssignment(exercises);

function student(name: string, answer: 'key' | 'empty'): StudentAttempts {
	const counted: StudentAttempts['counted'] = {};
	for (const { exercise, key } of exercises) {
		const a = answer === 'key' ? keyAnswer(exercise, key) : emptyAnswer(exercise);
		counted[exercise.id] = { answer: a, score: score(exercise, key, a).score };
	}
	return { name, handedInAt: '2026-12-01T10:00:00.000Z', counted };
}

describe('xAPI export', () => {
	const statements = xapiStatements(assignment, byId, [student('Zoë Martin', 'key'), student('Ngũgĩ wa Thiong’o', 'empty')]);

	it('makes one valid answered statement per student and exercise, for every exercise type', () => {
		expect(statements).toHaveLength(exercises.length * 2);
		const types = new Set(exercises.map((e) => e.exercise.type));
		expect([...types].sort()).toEqual([...EXERCISE_TYPES].sort());
		for (const s of statements) expect(validate(s), `${s.object.id}`).toEqual([]);
	});

	it('names students only by a pseudonymous account, never by e-mail or name', () => {
		const text = JSON.stringify(statements);
		expect(text).not.toMatch(/mbox|mailto|Zoë|Ngũgĩ/);
		expect(statements[0].actor.account.name).toBe(pseudonym(assignment.id, 'Zoë Martin'));
		expect(pseudonym(assignment.id, 'Zoë Martin')).not.toBe(pseudonym('OTHER000', 'Zoë Martin'));
	});

	it('marks the right answers a success with full marks, and empty ones a failure', () => {
		const [right, empty] = [statements.slice(0, exercises.length), statements.slice(exercises.length)];
		expect(right.every((s) => s.result.success && s.result.score.scaled === 1)).toBe(true);
		expect(empty.every((s) => !s.result.success)).toBe(true);
	});

	it('is caught by the validator when a statement is wrong, so the check does check', () => {
		const bad = structuredClone(statements[0]);
		bad.result.score.scaled = 2;
		(bad.object.definition as { interactionType: string }).interactionType = 'essay-ish';
		expect(validate(bad).length).toBeGreaterThanOrEqual(2);
	});
});

describe('xAPI from the gradebook', () => {
	it('exports the attempt that counts for each student, under the pseudonym of their filed name', () => {
		const { exercise, key } = exercises.find((e) => e.exercise.type === 'choice')!;
		const right = keyAnswer(exercise, key);
		const wrong = emptyAnswer(exercise);
		const attempts = [
			{ answer: wrong, score: 0 },
			{ answer: right, score: 1 }
		];
		const record = {
			key: 'zoë martin',
			name: 'Zoë Martin',
			handIns: [{ handedInAt: '2026-12-01T10:00:00.000Z' }],
			attempts: { [exercise.id]: attempts },
			conflict: false
		};
		const first = studentAttemptsOf([record as never], { ...assignment, counts: 'first' });
		const best = studentAttemptsOf([record as never], { ...assignment, counts: 'best' });
		expect(first[0].counted[exercise.id].score).toBe(0);
		expect(best[0].counted[exercise.id].score).toBe(1);
		expect(first[0].name).toBe('zoë martin');
		const statements = xapiStatements({ ...assignment, counts: 'best' }, byId, best);
		expect(statements).toHaveLength(1);
		expect(validate(statements[0])).toEqual([]);
	});
});
