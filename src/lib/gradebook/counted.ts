// Which attempt counts: only the attempts the assignment allows are looked at, the first ones
// made, so a code with fifty attempts earns no more than one with the allowed two; of those,
// the first, the best or the last counts, as the assignment says.
import type { Assignment } from '../assignments/types.js';
import type { ScoredAttempt } from './types.js';

/** The attempts that may count, in order; 0 allowed means all. */
export function allowedAttempts(attempts: readonly ScoredAttempt[], assignment: Assignment): readonly ScoredAttempt[] {
	return assignment.attempts === 0 ? attempts : attempts.slice(0, assignment.attempts);
}

/** The attempt that counts, or undefined if there is none. Of equal best scores, the earliest. */
export function countedAttempt(attempts: readonly ScoredAttempt[], assignment: Assignment): ScoredAttempt | undefined {
	const allowed = allowedAttempts(attempts, assignment);
	switch (assignment.counts) {
		case 'first':
			return allowed[0];
		case 'last':
			return allowed.at(-1);
		case 'best':
			return allowed.reduce<ScoredAttempt | undefined>((best, a) => (best && best.score >= a.score ? best : a), undefined);
	}
}
