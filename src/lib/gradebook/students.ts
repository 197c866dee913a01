// The students of an assignment, derived from its hand-ins: grouped by the name each is filed
// under (studentKey), merged in the order made (merge-attempts.ts). Derived, never stored, so a
// rename, a removed hand-in or a decision about a conflict changes the grades at once and
// nothing can disagree with the hand-ins. Cached per record object, as records are immutable.
import { mergeHandIns } from './merge-attempts.js';
import { studentKey } from './student-name.js';
import type { AssignmentRecord, Gradebook, StudentRecord } from './types.js';

const cache = new WeakMap<AssignmentRecord, StudentRecord[]>();

/** In the order each student first handed in. */
export function studentsOf(record: AssignmentRecord | undefined): StudentRecord[] {
	if (!record) return [];
	const cached = cache.get(record);
	if (cached) return cached;
	const groups = new Map<string, AssignmentRecord['handIns']>();
	for (const handIn of record.handIns) {
		const key = studentKey(handIn.student);
		groups.set(key, [...(groups.get(key) ?? []), handIn]);
	}
	const students = [...groups].map(([key, handIns]): StudentRecord => {
		const { attempts, continued } = mergeHandIns(handIns);
		return { key, name: handIns[0].student, handIns, attempts, conflict: !continued && !record.together.includes(key) };
	});
	cache.set(record, students);
	return students;
}

export function studentsIn(book: Gradebook, assignmentId: string): StudentRecord[] {
	return studentsOf(book.assignments[assignmentId]);
}
