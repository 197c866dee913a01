// Two hand-ins by one student, merged per exercise. A student who hands in again from the same
// browser sends all earlier attempts plus new ones: the longer list replaces the shorter.
// Otherwise (another device, or a code crafted to try again) the new attempts are appended after
// the ones already imported, so they can only count within the attempts the assignment allows.
// The order is the teacher's import order, not the hand-in time a student's device reports.
import { canonicalJson } from '../assignments/content-version.js';
import type { ScoredAttempt } from './types.js';

export function mergeAttempts(existing: readonly ScoredAttempt[], incoming: readonly ScoredAttempt[]): ScoredAttempt[] {
	if (startsWith(incoming, existing)) return [...incoming];
	if (startsWith(existing, incoming)) return [...existing];
	return [...existing, ...incoming];
}

function startsWith(list: readonly ScoredAttempt[], prefix: readonly ScoredAttempt[]): boolean {
	return prefix.length <= list.length && prefix.every((a, i) => canonicalJson(a.answer) === canonicalJson(list[i].answer));
}
