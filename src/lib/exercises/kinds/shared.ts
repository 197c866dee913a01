// Helpers more than one kind uses: finding a case's passages for a key, and the wording every
// per-item feedback and summary shares.
import { truncate } from '../../content/fields.js';
import type { AnchoredAnnotation, Case } from '../../content/types.js';
import type { FeedbackLine } from '../feedback-lines.js';
import type { KeyPassage } from '../types.js';
import type { Choices } from './kind.js';

/** A classify item's passage in a summary: shorter than a mark's, as several share a line. */
export const ITEM_QUOTE_LENGTH = 40;

export const NO_CHOICES: Choices = { keys: [], values: [] };

export function findCase(cases: readonly Case[], id: string, exercise: string): Case {
	const found = cases.find((c) => c.id === id);
	if (!found) throw new Error(`exercise "${exercise}": case "${id}" does not exist`);
	return found;
}

export function toPassage(a: AnchoredAnnotation): KeyPassage {
	return { annotation: a.id, start: a.start, end: a.end, quote: a.quote, category: a.category, explanation: a.explanation };
}

export const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 of your 3 answers are right": the sentence every per-item type shares. */
export function answersSummary(lines: readonly FeedbackLine[], noun: [string, string]): string {
	const answered = lines.filter((l) => l.verdict !== 'unanswered');
	const right = answered.filter((l) => l.verdict === 'right').length;
	const open = lines.length - answered.length;
	const rightText =
		answered.length === 0
			? `You gave no ${noun[1]}.`
			: `${right} of your ${count(answered.length, noun[0], noun[1])} ${right === 1 ? 'is' : 'are'} right.`;
	return open ? `${rightText} ${count(open, 'is', 'are')} still unanswered.` : rightText;
}

/** A record of ids to ids, as an answer holds it; null when it is not one. */
export function recordProblem(value: unknown, what: string): string | null {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${what} should be a record of ids`;
	return Object.values(value).every((v) => typeof v === 'string') ? null : `${what} should map ids to ids`;
}

export function idListProblem(value: unknown, what: string): string | null {
	return Array.isArray(value) && value.every((v) => typeof v === 'string') ? null : `${what} should be a list of ids`;
}

/** A quote for one line of feedback. */
export function quoteOf(text: string): string {
	return truncate(text.replace(/\s+/g, ' ').trim(), 90);
}

export function shortQuote(text: string, length: number): string {
	return truncate(text.replace(/\s+/g, ' '), length);
}
