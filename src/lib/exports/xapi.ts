// A class's results as xAPI statements (https://github.com/adlnet/xAPI-Spec, 1.0.3), for a
// teacher's learning record store: one `answered` statement per student and exercise, for the
// attempt that counts, with a cmi.interaction definition (the same per-type table as SCORM:
// interaction-kinds.ts). Nothing is sent: the gradebook saves the statements as a JSON file.
//
// Privacy: actors are accounts, never e-mail addresses. The account name is a pseudonym, "s-"
// and 8 hex digits of a CRC-32 of the assignment id and the name as typed, so the same student
// gets the same pseudonym in every export of one assignment, and another assignment's export
// cannot be joined on it. The gradebook's own table keeps the real names.
// Pure: a function of the assignment, its keyed exercises and each student's scored attempts.
import { crc32 } from '../assignments/crc32.js';
import type { Assignment } from '../assignments/types.js';
import type { KeyedExercise } from '../course/types.js';
import type { Answer } from '../exercises/types.js';
import { countedAttempt } from '../gradebook/counted.js';
import type { StudentRecord } from '../gradebook/types.js';
import { classIri, exerciseIri } from './iris.js';
import { kindOf } from './interaction-kinds.js';

export const ANSWERED = { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } };
export const CMI_INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';

export interface StudentAttempts {
	/** The name as the student typed it (only its pseudonym is exported). */
	name: string;
	/** When they handed in (ISO 8601): the statements' timestamp. */
	handedInAt: string;
	/** Exercise id → the attempt that counts, re-scored by the gradebook (score in [0, 1]). */
	counted: Record<string, { answer: Answer; score: number }>;
}

export function pseudonym(assignmentId: string, name: string): string {
	const hash = crc32(new TextEncoder().encode(`${assignmentId}\n${name.trim().normalize('NFC')}`));
	return `s-${hash.toString(16).padStart(8, '0')}`;
}

export interface XapiStatement {
	actor: { objectType: 'Agent'; account: { homePage: string; name: string } };
	verb: typeof ANSWERED;
	object: {
		objectType: 'Activity';
		id: string;
		definition: Record<string, unknown>;
	};
	result: { score: { raw: number; min: 0; max: 100; scaled: number }; success: boolean; completion: true; response: string };
	context: {
		contextActivities: { grouping: { objectType: 'Activity'; id: string; definition: { name: Record<string, string> } }[] };
	};
	timestamp: string;
}

export function xapiStatements(
	assignment: Assignment,
	exercises: ReadonlyMap<string, KeyedExercise>,
	students: readonly StudentAttempts[]
): XapiStatement[] {
	const statements: XapiStatement[] = [];
	const grouping = [
		{
			objectType: 'Activity' as const,
			id: `urn:sidelight:assignment:${assignment.id}`,
			definition: { name: { en: assignment.title } }
		}
	];
	for (const student of students) {
		const actor = {
			objectType: 'Agent' as const,
			account: { homePage: classIri(assignment.id), name: pseudonym(assignment.id, student.name) }
		};
		for (const id of assignment.exercises) {
			const counted = student.counted[id];
			const keyed = exercises.get(id);
			if (!counted || !keyed) continue;
			const { exercise, key } = keyed;
			const kind = kindOf(exercise);
			const scaled = Math.round(Math.min(1, Math.max(0, counted.score)) * 10000) / 10000;
			statements.push({
				actor,
				verb: ANSWERED,
				object: {
					objectType: 'Activity',
					id: exerciseIri(id),
					definition: {
						type: CMI_INTERACTION,
						name: { en: id },
						description: { en: exercise.prompt },
						interactionType: kind.xapi,
						correctResponsesPattern: kind.xapiCorrect(exercise, key),
						...kind.xapiLists(exercise)
					}
				},
				result: {
					score: { raw: Math.round(scaled * 100), min: 0, max: 100, scaled },
					success: counted.score >= 1,
					completion: true,
					response: kind.xapiResponse(exercise, counted.answer as never)
				},
				context: { contextActivities: { grouping } },
				timestamp: student.handedInAt
			});
		}
	}
	return statements;
}

export const xapiFileName = (assignmentId: string) => `sidelight-xapi-${assignmentId}.json`;

/** The gradebook's students as the export needs them: the attempt that counts, by the assignment's rule. */
export function studentAttemptsOf(students: readonly StudentRecord[], assignment: Assignment): StudentAttempts[] {
	return students.map((s) => {
		const counted: StudentAttempts['counted'] = {};
		for (const [id, attempts] of Object.entries(s.attempts)) {
			const attempt = countedAttempt(attempts, assignment);
			if (attempt) counted[id] = { answer: attempt.answer, score: attempt.score };
		}
		// The normalised name (studentKey), so "zoë martin " and "Zoë Martin" get one pseudonym, as in the table.
		return { name: s.key, handedInAt: s.handIns.at(-1)?.handedInAt ?? new Date(0).toISOString(), counted };
	});
}

/** The statements as the text of the file a teacher imports into a learning record store. */
export function xapiJson(statements: readonly XapiStatement[]): string {
	return `${JSON.stringify(statements, null, '\t')}\n`;
}
