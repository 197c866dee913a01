// The shapes of exercises, answers, keys and results, shared by the content loader, the scorer,
// the student's page and the teacher's gradebook. Each is a union told apart by `type`.
// Exercises are written by hand in JSON; validation fills in the defaults (`attempts`, `borderline`,
// `tolerance`), so the types below hold them as required.
import type { TextRange } from '../anchoring/text-quote.js';

export type { TextRange };

export const EXERCISE_TYPES = ['mark', 'mark-and-label', 'classify', 'match', 'choice', 'rank', 'numeric'] as const;
export type ExerciseType = (typeof EXERCISE_TYPES)[number];

/** How many checks a student gets when an exercise does not say. 0 means unlimited. */
export const DEFAULT_ATTEMPTS = 2;

interface ExerciseBase {
	/** Lower-case words and hyphens, unique across all exercises: a teacher assigns an exercise by it. */
	id: string;
	prompt: string;
	/** Checks allowed; 0 = unlimited. */
	attempts: number;
	/** Shown after checking, whatever the score. */
	explanation?: string;
}

/** Find the passages in one article; targets and borderline are annotation ids in that article. */
export interface MarkExercise extends ExerciseBase {
	type: 'mark';
	case: string;
	article: string;
	targets: string[];
	/** Passages a careful reader might mark or leave: marking one neither earns nor costs. */
	borderline: string[];
}

/** Mark, then name the technique: a target's right label is its annotation's category. */
export interface MarkAndLabelExercise extends Omit<MarkExercise, 'type'> {
	type: 'mark-and-label';
	/** Category slugs offered to the student. */
	labels: string[];
}

export interface ClassifyItem {
	id: string;
	/** The annotation whose passage the student classifies. */
	annotation: string;
	/** The right category, where it is not the annotation's own. */
	category?: string;
}

export interface ClassifyExercise extends ExerciseBase {
	type: 'classify';
	/** Only needed when an annotation id occurs in more than one case. */
	case?: string;
	/** Category slugs offered to the student. */
	categories: string[];
	items: ClassifyItem[];
}

export interface MatchItem {
	id: string;
	text: string;
}

export interface MatchExercise extends ExerciseBase {
	type: 'match';
	left: MatchItem[];
	right: MatchItem[];
	/** The key: left id → right id. A right item may pair with several left items, or none. */
	pairs: Record<string, string>;
}

export interface ChoiceOption {
	id: string;
	text: string;
	correct: boolean;
	feedback: string;
}

export interface ChoiceExercise extends ExerciseBase {
	type: 'choice';
	multiple: boolean;
	options: ChoiceOption[];
}

export interface RankExercise extends ExerciseBase {
	type: 'rank';
	case: string;
	/** Article ids, in the order they are shown. */
	items: string[];
	/** The key: the same article ids, best first. */
	order: string[];
}

export interface NumericExercise extends ExerciseBase {
	type: 'numeric';
	answer: number;
	/** Largest accepted distance from the answer (0 = exact). */
	tolerance: number;
	unit?: string;
}

export type Exercise =
	MarkExercise | MarkAndLabelExercise | ClassifyExercise | MatchExercise | ChoiceExercise | RankExercise | NumericExercise;

// Answers: what the student's page saves and the gradebook scores. Every field may be empty.

export interface MarkAnswer {
	type: 'mark';
	/** Ranges in the article text, UTF-16 offsets. Each is one mark the student made. */
	marks: TextRange[];
}

export interface LabelledMark extends TextRange {
	/** A category slug, or null while the student has not named the technique yet. */
	label: string | null;
}

export interface MarkAndLabelAnswer {
	type: 'mark-and-label';
	marks: LabelledMark[];
}

export interface ClassifyAnswer {
	type: 'classify';
	/** Item id → category slug. */
	choices: Record<string, string>;
}

export interface MatchAnswer {
	type: 'match';
	/** Left id → right id. */
	pairs: Record<string, string>;
}

export interface ChoiceAnswer {
	type: 'choice';
	/** Option ids. */
	selected: string[];
}

export interface RankAnswer {
	type: 'rank';
	/** Article ids, best first; may be incomplete. */
	order: string[];
}

export interface NumericAnswer {
	type: 'numeric';
	value: number | null;
}

export type Answer = MarkAnswer | MarkAndLabelAnswer | ClassifyAnswer | MatchAnswer | ChoiceAnswer | RankAnswer | NumericAnswer;

// Keys: what scoring needs beyond the exercise, resolved once from the case (see resolve-key.ts).

/** An annotated passage, as scoring and feedback need it. */
export interface KeyPassage extends TextRange {
	annotation: string;
	quote: string;
	category: string;
	explanation: string;
}

export interface MarkKey {
	type: 'mark' | 'mark-and-label';
	/** The article text: scoring needs its sentences, feedback its quotes. */
	text: string;
	targets: KeyPassage[];
	borderline: KeyPassage[];
	/** The article's sourced passages that are neither targets nor borderline, for discernment. */
	sourced: KeyPassage[];
}

export interface ClassifyKey {
	type: 'classify';
	/** In the exercise's order, with the passage and the right category. */
	items: (KeyPassage & { id: string; article: string; expected: string })[];
}

/** Exercises that carry their whole key in their definition. */
export interface SelfContainedKey {
	type: 'match' | 'choice' | 'rank' | 'numeric';
}

export type Key = MarkKey | ClassifyKey | SelfContainedKey;

// Results: a score in [0, 1] and the feedback the page shows.

interface ResultBase {
	/** In [0, 1]. */
	score: number;
	points: number;
	maxPoints: number;
	/** Full marks. */
	correct: boolean;
}

export interface TargetFeedback extends KeyPassage {
	found: boolean;
	/** Share of the target's characters the marks cover, in [0, 1]. */
	coverage: number;
}

export interface LabelledTargetFeedback extends TargetFeedback {
	/** The label that covers most of the target (null: unlabelled, or not marked). */
	labelGiven: string | null;
	labelRight: boolean;
	/** 1 found with the right label, 0.5 found with another, 0 missed. */
	credit: number;
}

export interface FalseMark extends TextRange {
	quote: string;
	/** Points it costs. */
	cost: number;
	/** Whether it touches a target or borderline passage (then it costs only for what it spills over). */
	touchesTarget: boolean;
	/** Sentences holding nothing to find that the mark covers at least half of. */
	spill: TextRange[];
}

export interface BorderlineFeedback extends KeyPassage {
	marked: boolean;
}

export interface Discernment {
	/** Targets found, of `manipulativeTotal`. */
	manipulativeFound: number;
	manipulativeTotal: number;
	/** Sourced passages the marks cover at least half of: reliable reporting flagged as manipulative. */
	sourcedFlagged: KeyPassage[];
	sourcedTotal: number;
	/** The marks cover most of what should have been left alone: flagging without telling apart. */
	flaggedNearlyEverything: boolean;
}

export interface MarkResult extends ResultBase {
	type: 'mark';
	targets: TargetFeedback[];
	falseMarks: FalseMark[];
	borderline: BorderlineFeedback[];
	discernment: Discernment;
}

export interface MarkAndLabelResult extends ResultBase {
	type: 'mark-and-label';
	targets: LabelledTargetFeedback[];
	falseMarks: FalseMark[];
	borderline: BorderlineFeedback[];
	discernment: Discernment;
}

export interface ClassifyResult extends ResultBase {
	type: 'classify';
	items: { id: string; annotation: string; chosen: string | null; expected: string; right: boolean }[];
}

export interface MatchResult extends ResultBase {
	type: 'match';
	pairs: { left: string; chosen: string | null; expected: string; right: boolean }[];
}

export interface ChoiceResult extends ResultBase {
	type: 'choice';
	/** Every option, so the page can show feedback for the chosen ones and reveal missed ones. */
	options: { id: string; selected: boolean; correct: boolean; feedback: string }[];
}

export interface RankResult extends ResultBase {
	type: 'rank';
	/** Every pair of the key, `before` ranked above `after` in the key. */
	pairs: { before: string; after: string; right: boolean }[];
}

export interface NumericResult extends ResultBase {
	type: 'numeric';
	value: number | null;
	answer: number;
	tolerance: number;
	unit?: string;
}

export type Result = MarkResult | MarkAndLabelResult | ClassifyResult | MatchResult | ChoiceResult | RankResult | NumericResult;
