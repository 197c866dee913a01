// What a teacher does to the records themselves: rename or delete a student, remove one hand-in
// (and put it back, for undo), file a hand-in under another name, count a student's disagreeing
// hand-ins together, delete an assignment, clear everything, and merge another gradebook in.
// Each is Gradebook → Gradebook and returns the very same object when nothing changes, so the
// page can call them through the store's updateGradebook and an unchanged book is not saved.
import { byTimeMade } from './merge-attempts.js';
import { studentKey } from './student-name.js';
import { emptyGradebook, withHandIns, withRecord } from './import-result.js';
import type { AssignmentRecord, Gradebook, HandIn } from './types.js';

/** A name as a code could carry it (result-code.ts MAX_NAME_LENGTH), not blank. */
const MAX_NAME_LENGTH = 100;

function change(book: Gradebook, assignmentId: string, edit: (record: AssignmentRecord) => AssignmentRecord): Gradebook {
	const record = book.assignments[assignmentId];
	if (!record) return book;
	const next = edit(record);
	return next === record ? book : withRecord(book, next);
}

/** What is wrong with a name the teacher typed, in words for the page, or null. */
export function nameProblem(name: string): string | null {
	const trimmed = name.trim();
	if (trimmed === '') return 'A student’s name cannot be blank.';
	if (trimmed.length > MAX_NAME_LENGTH) return `A student’s name is at most ${MAX_NAME_LENGTH} characters.`;
	return null;
}

/** Throws TypeError for a name no student could have typed. */
function checkedName(name: string): string {
	const problem = nameProblem(name);
	if (problem) throw new TypeError(problem);
	return name.trim();
}

/** Files every hand-in of the student under the new name; a name already there joins the two. */
export function renameStudent(book: Gradebook, assignmentId: string, key: string, name: string): Gradebook {
	const renamed = checkedName(name);
	return change(book, assignmentId, (record) => {
		if (!record.handIns.some((h) => studentKey(h.student) === key)) return record;
		const handIns = record.handIns.map((h) => (studentKey(h.student) === key ? { ...h, student: renamed } : h));
		const together = record.together.includes(key)
			? sortedSet([...record.together.filter((k) => k !== key), studentKey(renamed)])
			: record.together;
		return { ...withHandIns(record, handIns), together };
	});
}

/** Files one hand-in under another name: a classmate who handed in under someone else's name. */
export function renameHandIn(book: Gradebook, assignmentId: string, code: string, name: string): Gradebook {
	const renamed = checkedName(name);
	return change(book, assignmentId, (record) => {
		if (!record.handIns.some((h) => h.code === code)) return record;
		return withHandIns(
			record,
			record.handIns.map((h) => (h.code === code ? { ...h, student: renamed } : h))
		);
	});
}

export function deleteStudent(book: Gradebook, assignmentId: string, key: string): Gradebook {
	return change(book, assignmentId, (record) => {
		const handIns = record.handIns.filter((h) => studentKey(h.student) !== key);
		if (handIns.length === record.handIns.length) return record;
		return { ...record, handIns, together: record.together.filter((k) => k !== key) };
	});
}

/** Removes one hand-in; `restoreHandIn` with the same hand-in undoes it. */
export function removeHandIn(book: Gradebook, assignmentId: string, code: string): Gradebook {
	return change(book, assignmentId, (record) => {
		const handIns = record.handIns.filter((h) => h.code !== code);
		return handIns.length === record.handIns.length ? record : { ...record, handIns };
	});
}

/** Puts a removed hand-in back in its place (undo); one already there is left as it is. */
export function restoreHandIn(book: Gradebook, assignmentId: string, handIn: HandIn): Gradebook {
	return change(book, assignmentId, (record) =>
		record.handIns.some((h) => h.code === handIn.code) ? record : withHandIns(record, [...record.handIns, handIn])
	);
}

/** The teacher's decision on a conflict: these hand-ins are one student's (two devices), count them together. */
export function countTogether(book: Gradebook, assignmentId: string, key: string): Gradebook {
	return change(book, assignmentId, (record) =>
		record.together.includes(key) ? record : { ...record, together: sortedSet([...record.together, key]) }
	);
}

/** Deletes the assignment's record and every hand-in to it. */
export function deleteAssignment(book: Gradebook, assignmentId: string): Gradebook {
	if (!(assignmentId in book.assignments)) return book;
	const { [assignmentId]: deleted, ...assignments } = book.assignments;
	void deleted;
	return { ...book, assignments };
}

export function clearGradebook(): Gradebook {
	return emptyGradebook();
}

/**
 * Another gradebook (a backup from another computer) merged into this one: every hand-in
 * either has, once (by code); where both have one, this book's filing (a rename) stays.
 */
export function mergeGradebooks(book: Gradebook, other: Gradebook): Gradebook {
	let merged = book;
	for (const [id, incoming] of Object.entries(other.assignments)) {
		const record = merged.assignments[id];
		if (!record) {
			merged = withRecord(merged, incoming);
			continue;
		}
		const known = new Set(record.handIns.map((h) => h.code));
		const added = incoming.handIns.filter((h) => !known.has(h.code));
		const together = sortedSet([...record.together, ...incoming.together]);
		if (added.length === 0 && together.length === record.together.length) continue;
		merged = withRecord(merged, { ...record, handIns: [...record.handIns, ...added].sort(byTimeMade), together });
	}
	return merged;
}

function sortedSet(keys: string[]): string[] {
	return [...new Set(keys)].sort();
}
