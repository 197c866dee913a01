// The lines of feedback an exercise kind contributes, as plain types: a leaf module, so the
// kinds (which build the lines) and feedback.ts (which decides what may be shown) depend on it
// rather than on each other.
import type { TextRange } from '../core/range.js';

export type Verdict = 'right' | 'wrong' | 'partly' | 'missed' | 'borderline' | 'unanswered';

/** Feedback on one thing the student answered (or, once the exercise is over, one part of the key). */
export interface FeedbackLine {
	/** What the line is about: an option, item or left id, an article id (rank), or `mark-<n>`/`target-<annotation>`. */
	ref: string;
	verdict: Verdict;
	/** The verdict in words, starting with ✓, ✗, ◐ or ~ (never colour alone). */
	label: string;
	/** The passage or mark the line is about, quoted (mark exercises). */
	quote?: string;
	/** Why: only once the exercise is over. */
	detail?: string;
}

export interface HighlightRange extends TextRange {
	kind: 'found' | 'partly' | 'missed' | 'false';
}
