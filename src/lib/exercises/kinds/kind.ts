// What every exercise type provides, in one interface: a new type is one module implementing
// Kind (kinds/<type>.ts) and one line in kinds/index.ts. Nothing outside kinds/ switches on the
// type; the dispatchers (score.ts, answers.ts, resolve-key.ts, feedback.ts, the answer codec,
// the gradebook's summaries) look the type up in the registry.
import type { Case } from '../../content/types.js';
import type { FeedbackLine, HighlightRange } from '../feedback-lines.js';
import type { Answer, ClassifyKey, Exercise, ExerciseType, MarkKey, Result, SelfContainedKey, TextRange } from '../types.js';
import type { TypeReader } from '../exercise-context.js';

export type ExerciseOf<T extends ExerciseType> = Extract<Exercise, { type: T }>;
export type AnswerOf<T extends ExerciseType> = Extract<Answer, { type: T }>;
export type ResultOf<T extends ExerciseType> = Extract<Result, { type: T }>;
export type KeyOf<T extends ExerciseType> = T extends MarkKey['type']
	? MarkKey
	: T extends ClassifyKey['type']
		? ClassifyKey
		: SelfContainedKey;

/** How the teacher's copy names things: article ids as "Article A", category slugs by their label. */
export interface Names {
	article: (id: string) => string;
	category: (slug: string) => string;
}

/** How the teacher's answer key names things: it knows each exercise's case. */
export interface KeyNames {
	category: (slug: string) => string;
	/** "Article A". */
	article: (caseId: string | undefined, id: string) => string;
	headline: (caseId: string | undefined, id: string) => string | null | undefined;
}

/** One line of the teacher's answer key. */
export interface KeyLine {
	/** In bold before the rest ("✓ Right:"). */
	lead?: string;
	quote?: string;
	text?: string;
	/** In bold after an arrow: what the quote or text goes with. */
	to?: string;
	/** In brackets, muted. */
	category?: string;
	/** The explanation, on a line of its own. */
	why?: string;
}

/** The answer key in words, for the teacher area (components/teacher/AnswerKey.svelte renders it). */
export interface KeyInWords {
	/** In bold at the start of the intro (a number's answer). */
	strong?: string;
	intro?: string;
	/** Whether the lines are in an order that matters. */
	ordered: boolean;
	lines: KeyLine[];
	/** Passages marking which neither earns nor costs. */
	borderline: { quote: string; category: string }[];
}

/** What an exercise's feedback is made from (see feedback.ts, which adds what all types share). */
export interface PartInput<T extends ExerciseType> {
	exercise: ExerciseOf<T>;
	key: KeyOf<T>;
	answer: AnswerOf<T>;
	result: ResultOf<T>;
	/** The exercise is over: the key may be shown. */
	over: boolean;
	categoryLabel: (slug: string) => string;
	articleName: (id: string) => string;
}

/** The type-specific part of the feedback. */
export interface Part {
	scoring: string | null;
	summary: string;
	hint: string | null;
	lines: FeedbackLine[];
	list?: FeedbackLine[];
	warnings?: string[];
	paint?: HighlightRange[];
}

/** The lists an exercise's answers pick from (record keys and values, or list entries): the codec writes places in them. */
export interface Choices {
	keys: string[];
	values: string[];
}

/** The answer codec's primitives, in the order a kind writes them (assignments/answer-codec.ts). */
export interface AnswerWriter {
	uint(n: number): void;
	/** The value's place in `values`, or past the list into the string table. */
	ref(value: string): number;
	marks(marks: readonly TextRange[]): void;
	/** A list of values, as places. */
	refs(list: readonly string[]): void;
	/** A record of keys to values, as places. */
	record(record: Record<string, string>): void;
	number(value: number | null): void;
}

export interface AnswerReader {
	uint(): number;
	/** The value at a place in `values` or the string table. */
	place(i: number): string;
	marks(): TextRange[];
	refs(): string[];
	record(): Record<string, string>;
	number(): number | null;
}

/** One wrong answer a student gave, for the gradebook's "what to go over again". */
export interface WrongPart {
	/** The part answered wrongly ("Article A: “Reports have…”"), or '' for a whole answer. */
	part: string;
	/** The wrong answer, in words. */
	answer: string;
}

/** How a target of a mark exercise fared in one answer. */
export type TargetOutcome = 'found' | 'missed' | 'mislabelled';

/** SCORM 1.2 `cmi.interactions.n.type` values Sidelight uses. */
export type ScormInteraction = 'performance' | 'matching' | 'choice' | 'sequencing' | 'numeric';
/** xAPI `interactionType` values Sidelight uses (the cmi.interaction activity definition). */
export type XapiInteraction = ScormInteraction;

export interface Kind<T extends ExerciseType = ExerciseType> {
	type: T;
	/** The name the teacher's pages show ("Mark and label"). */
	name: string;
	/** The fields this type adds to the common ones (id, type, prompt, attempts, explanation). */
	fields: readonly string[];
	/** Reads and checks those fields, reporting every problem; undefined when any is wrong. */
	read: TypeReader;
	/** What scoring needs from the case. Throws if the exercise names content that is not there. */
	resolveKey(exercise: ExerciseOf<T>, cases: readonly Case[]): KeyOf<T>;
	score(exercise: ExerciseOf<T>, key: KeyOf<T>, answer: AnswerOf<T>): ResultOf<T>;
	/** The answer with nothing in it. */
	emptyAnswer(exercise: ExerciseOf<T>): AnswerOf<T>;
	/** What the student's page starts from (a rank exercise starts in the order shown). */
	startingAnswer(exercise: ExerciseOf<T>): AnswerOf<T>;
	/** The key's own answer: it scores 1. */
	keyAnswer(exercise: ExerciseOf<T>, key: KeyOf<T>): AnswerOf<T>;
	/** Why a value of this type is not an answer to the exercise, or null when it is one. */
	answerProblem(exercise: ExerciseOf<T>, answer: AnswerOf<T>): string | null;
	feedback(input: PartInput<T>): Part;
	/** The answer in words, for the gradebook. */
	summary(exercise: ExerciseOf<T>, key: KeyOf<T>, answer: AnswerOf<T>, names: Names): string;
	/** The lists the answer codec writes places in. */
	choices(exercise: ExerciseOf<T>): Choices;
	encode(answer: AnswerOf<T>, writer: AnswerWriter): void;
	decode(reader: AnswerReader): AnswerOf<T>;
	/** The targets a mark exercise has (empty for other types), in the key's order. */
	targets(key: KeyOf<T>): { annotation: string; quote: string }[];
	/** How each of `targets(key)` fared in the answer. */
	targetOutcomes(exercise: ExerciseOf<T>, key: KeyOf<T>, answer: AnswerOf<T>): TargetOutcome[];
	/** The wrong answers in one answer, for "most missed" (empty where a type has none to group). */
	wrongParts(exercise: ExerciseOf<T>, key: KeyOf<T>, answer: AnswerOf<T>, names: Names): WrongPart[];
	/** The key in words, for the teacher. */
	keyInWords(exercise: ExerciseOf<T>, key: KeyOf<T>, names: KeyNames): KeyInWords;
	/** The techniques (category slugs) the exercise practises, for the teacher area's filter. */
	techniques(exercise: ExerciseOf<T>, key: KeyOf<T>): string[];
	/** How SCORM 1.2 and xAPI name the interaction. */
	interaction: { scorm: ScormInteraction; xapi: XapiInteraction };
	/** The exercise without any reference to one annotation (the case editor deleted it). */
	withoutAnnotation(exercise: ExerciseOf<T>, id: string): ExerciseOf<T>;
	/** The exercise with one article's id changed wherever it names the article (the case editor renamed it). */
	withArticleRenamed(exercise: ExerciseOf<T>, from: string, to: string): ExerciseOf<T>;
}
