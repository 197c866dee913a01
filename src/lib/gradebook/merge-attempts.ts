// One student's hand-ins, merged per exercise, in the order the hand-ins were made (never the
// order they were imported in, so any import order gives the same grades). A student who hands
// in again from the same browser sends all earlier attempts plus new ones: the longer list
// replaces the shorter. Otherwise (another device, or a code crafted to try again) the later
// hand-in's attempts are appended after the earlier's, so they can only count within the
// attempts the assignment allows — and the student is marked as a conflict for the teacher.
import { canonicalJson } from '../assignments/content-version.js';
import type { HandIn, ScoredAttempt } from './types.js';

export function mergeAttempts(existing: readonly ScoredAttempt[], incoming: readonly ScoredAttempt[]): ScoredAttempt[] {
	if (startsWith(incoming, existing)) return [...incoming];
	if (startsWith(existing, incoming)) return [...existing];
	return [...existing, ...incoming];
}

/** The hand-ins' attempts merged in order, and whether each continues the one before. */
export function mergeHandIns(handIns: readonly HandIn[]): { attempts: Record<string, ScoredAttempt[]>; continued: boolean } {
	const attempts: Record<string, ScoredAttempt[]> = {};
	let continued = true;
	for (const handIn of handIns) {
		for (const id of Object.keys(attempts)) {
			if (!startsWith(handIn.attempts[id] ?? [], attempts[id])) continued = false;
		}
		for (const [id, list] of Object.entries(handIn.attempts)) attempts[id] = mergeAttempts(attempts[id] ?? [], list);
	}
	return { attempts, continued };
}

/** Hand-ins in the order made: by hand-in time, then by code, so equal times still have one order. */
export function byTimeMade(a: HandIn, b: HandIn): number {
	return a.handedInAt < b.handedInAt ? -1 : a.handedInAt > b.handedInAt ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

function startsWith(list: readonly ScoredAttempt[], prefix: readonly ScoredAttempt[]): boolean {
	return prefix.length <= list.length && prefix.every((a, i) => canonicalJson(a.answer) === canonicalJson(list[i].answer));
}
