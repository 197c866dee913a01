// What a student may see after checking an exercise, decided in one place so that no component
// can show the key by accident. Before the last attempt a check says the score and which of the
// student's own answers are right or wrong, with a hint that points at the skill; the right
// answers, the missed passages and the "why" come only when the exercise is over: after the last
// attempt, a fully right answer, a hand-in, or when the student asks to see the answer (which
// ends the exercise, so no later attempt counts). With unlimited attempts the answer is shown only
// on request. Pure: the page renders what this returns and nothing else from the key.
import { kindOf } from './kinds/index.js';
import type { Part } from './kinds/kind.js';
import type { FeedbackLine, HighlightRange } from './feedback-lines.js';
import type { Answer, Exercise, Key, Result } from './types.js';

export { choiceScoring } from './kinds/choice.js';

/** Why the exercise is over, when it is: then the key may be shown. */
export type Ending = 'correct' | 'last-attempt' | 'revealed' | 'handed-in';

export type { FeedbackLine, HighlightRange, Verdict } from './feedback-lines.js';

export interface Feedback {
	/** Set once the exercise is over; null while attempts remain. */
	ending: Ending | null;
	tone: 'full' | 'partly' | 'none';
	// The page's live region announces headline, scoring, summary, hint and next together, so what
	// a screen reader hears agrees with the score and the list shown.
	/** "Partly right. You scored 2 of 4 (50%)." */
	headline: string;
	/** How the score was made, where it is not a plain count ("One right, one wrong: these cancel out."). */
	scoring: string | null;
	/** The student's answers in one sentence: "2 of your 3 answers are right." */
	summary: string;
	/** What happens next: try again, or why the answer is now shown. */
	next: string | null;
	/** Points at the skill, never the answer; only while attempts remain. */
	hint: string | null;
	/** Per-answer lines, found by `ref` by the input that shows them next to the answer. */
	lines: FeedbackLine[];
	/** Mark exercises: the lines as a list, in reading order. */
	list: FeedbackLine[];
	/** Mark exercises: what the marks did beyond the list (sourced reporting flagged, nearly everything marked). */
	warnings: string[];
	/** The exercise's "why", once it is over. */
	explanation: string | null;
	/** Whether to show the key's own answer beside the student's. */
	showSolution: boolean;
	/** Mark exercises: ranges to paint in the text. Before the end only the student's own marks. */
	paint: HighlightRange[];
}

export interface FeedbackInput {
	exercise: Exercise;
	key: Key;
	/** The answer that was checked. */
	answer: Answer;
	result: Result;
	/** Checks made so far, including this one. */
	attemptsUsed: number;
	/** Checks allowed; 0 = unlimited. */
	attemptsAllowed: number;
	revealed: boolean;
	/** An assignment that has been handed in: nothing more counts. */
	handedIn?: boolean;
	/** A category's name for students ("Loaded question"). */
	categoryLabel?: (slug: string) => string;
	/** An article's name for students ("Article A"). */
	articleName?: (id: string) => string;
}

/** What the student is told about how marks count: the help of every mark exercise. */
export const MARK_RULE =
	'A passage counts as found when your marks cover at least half of it. A mark that finds nothing costs a point, however short. A mark that finds a passage may run over a little: it costs a point only for each sentence with nothing to find that it covers at least half of.';

/** The label on the button that shows the answer before the attempts are used up. */
export const REVEAL_LABEL = 'Show the answer (ends this exercise)';

/** Whether the exercise is over, and why: the key may be shown from then on. */
export function endingOf(
	input: Pick<FeedbackInput, 'result' | 'attemptsUsed' | 'attemptsAllowed' | 'revealed' | 'handedIn'>
): Ending | null {
	if (input.result.correct) return 'correct';
	if (input.revealed) return 'revealed';
	if (input.handedIn) return 'handed-in';
	if (input.attemptsAllowed > 0 && input.attemptsUsed >= input.attemptsAllowed) return 'last-attempt';
	return null;
}

/**
 * Whether the student may check (again): not after the exercise is over, whether by the last
 * attempt or by asking for the answer.
 */
export function mayCheck(attemptsUsed: number, attemptsAllowed: number, revealed: boolean): boolean {
	return !revealed && (attemptsAllowed === 0 || attemptsUsed < attemptsAllowed);
}

export function feedbackFor(input: FeedbackInput): Feedback {
	const { result } = input;
	const ending = endingOf(input);
	const tone = result.correct ? 'full' : result.score > 0 ? 'partly' : 'none';
	const points = Math.round(result.points * 100) / 100;
	const headline = `${result.correct ? 'All correct!' : result.score > 0 ? 'Partly right.' : 'Not right yet.'} You scored ${points} of ${result.maxPoints} (${Math.round(result.score * 100)}%).`;
	const part = partFor(input, ending !== null);
	const next = nextStep(input, ending);
	const over = ending !== null;
	return {
		ending,
		tone,
		headline,
		scoring: part.scoring,
		summary: part.summary,
		next,
		hint: over ? null : part.hint,
		lines: part.lines,
		list: part.list ?? [],
		warnings: part.warnings ?? [],
		explanation: over ? (input.exercise.explanation ?? null) : null,
		showSolution: over && !result.correct,
		paint: part.paint ?? []
	};
}

function nextStep(input: FeedbackInput, ending: Ending | null): string | null {
	switch (ending) {
		case 'correct':
			return null;
		case 'last-attempt':
			return 'That was your last attempt, so here is the answer.';
		case 'revealed':
			return 'You asked to see the answer, so this exercise is over: no further attempt counts.';
		case 'handed-in':
			return 'Handed in: here is the answer.';
		case null: {
			if (input.attemptsAllowed === 0)
				return 'You can try again as often as you like. The answer is shown only if you ask for it, and that ends this exercise.';
			const left = input.attemptsAllowed - input.attemptsUsed;
			return `You can try again (${left} ${left === 1 ? 'attempt' : 'attempts'} left), or ask to see the answer, which ends this exercise.`;
		}
	}
}

function partFor(input: FeedbackInput, over: boolean): Part {
	const { exercise, result, answer, key } = input;
	if (result.type !== exercise.type || answer.type !== exercise.type || key.type !== exercise.type)
		throw new TypeError(
			`feedback: the result is for a ${result.type} exercise, but "${exercise.id}" is a ${exercise.type} exercise`
		);
	return kindOf(exercise.type).feedback({
		exercise,
		key,
		answer,
		result,
		over,
		categoryLabel: input.categoryLabel ?? ((slug: string) => slug),
		articleName: input.articleName ?? ((id: string) => id)
	});
}
