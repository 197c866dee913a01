// What a student may see after checking an exercise, decided in one place so that no component
// can show the key by accident. Before the last attempt a check says the score and which of the
// student's own answers are right or wrong, with a hint that points at the skill; the right
// answers, the missed passages and the "why" come only when the exercise is over: after the last
// attempt, a fully right answer, a hand-in, or when the student asks to see the answer (which
// ends the exercise, so no later attempt counts). With unlimited attempts the answer is shown only
// on request. Pure: the page renders what this returns and nothing else from the key.
import { truncate } from '../content/fields.js';
import { clampRange, overlaps } from './ranges.js';
import type {
	Answer,
	ChoiceExercise,
	ChoiceResult,
	ClassifyKey,
	ClassifyResult,
	Exercise,
	Key,
	LabelledMark,
	LabelledTargetFeedback,
	MarkAndLabelResult,
	MarkResult,
	MatchExercise,
	MatchResult,
	NumericExercise,
	NumericResult,
	RankExercise,
	RankAnswer,
	RankResult,
	Result,
	TargetFeedback,
	TextRange
} from './types.js';

/** Why the exercise is over, when it is: then the key may be shown. */
export type Ending = 'correct' | 'last-attempt' | 'revealed' | 'handed-in';

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

interface Part {
	scoring: string | null;
	summary: string;
	hint: string | null;
	lines: FeedbackLine[];
	list?: FeedbackLine[];
	warnings?: string[];
	paint?: HighlightRange[];
}

function partFor(input: FeedbackInput, over: boolean): Part {
	const { exercise, result, answer, key } = input;
	const label = input.categoryLabel ?? ((slug: string) => slug);
	const article = input.articleName ?? ((id: string) => id);
	if (exercise.type === 'choice' && result.type === 'choice') return choicePart(exercise, result, over);
	if (exercise.type === 'classify' && result.type === 'classify' && key.type === 'classify')
		return classifyPart(key, result, over, label);
	if (exercise.type === 'match' && result.type === 'match') return matchPart(exercise, result, over);
	if (exercise.type === 'rank' && result.type === 'rank' && answer.type === 'rank')
		return rankPart(exercise, answer, result, over, article);
	if (exercise.type === 'numeric' && result.type === 'numeric') return numericPart(exercise, result, over);
	if (
		(result.type === 'mark' || result.type === 'mark-and-label') &&
		(answer.type === 'mark' || answer.type === 'mark-and-label')
	)
		if (key.type === 'mark' || key.type === 'mark-and-label') return markPart(key.text, answer.marks, result, over, label);
	throw new TypeError(
		`feedback: the result is for a ${result.type} exercise, but "${exercise.id}" is a ${exercise.type} exercise`
	);
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 of your 3 answers are right": the sentence every per-item type shares. */
function answersSummary(lines: readonly FeedbackLine[], noun: [string, string]): string {
	const answered = lines.filter((l) => l.verdict !== 'unanswered');
	const right = answered.filter((l) => l.verdict === 'right').length;
	const open = lines.length - answered.length;
	const rightText =
		answered.length === 0
			? `You gave no ${noun[1]}.`
			: `${right} of your ${count(answered.length, noun[0], noun[1])} ${right === 1 ? 'is' : 'are'} right.`;
	return open ? `${rightText} ${count(open, 'is', 'are')} still unanswered.` : rightText;
}

function choicePart(exercise: ChoiceExercise, result: ChoiceResult, over: boolean): Part {
	const lines: FeedbackLine[] = [];
	for (const option of result.options) {
		if (option.selected) {
			lines.push({
				ref: option.id,
				verdict: option.correct ? 'right' : 'wrong',
				label: option.correct ? '✓ Right' : '✗ Not right',
				...(over ? { detail: option.feedback } : {})
			});
		} else if (over && option.correct) {
			lines.push({
				ref: option.id,
				verdict: 'missed',
				label: exercise.multiple ? '✗ Missed: this one is also right' : '✓ This is the answer',
				detail: option.feedback
			});
		}
	}
	const right = result.options.filter((o) => o.selected && o.correct).length;
	const wrong = result.options.filter((o) => o.selected && !o.correct).length;
	const total = result.options.filter((o) => o.correct).length;
	const chosen = right + wrong;
	const summary =
		chosen === 0
			? 'You chose nothing.'
			: exercise.multiple
				? `You chose ${count(chosen, 'answer', 'answers')}: ${right} right, ${wrong} wrong.`
				: `Your answer is ${right && !wrong ? 'right' : 'not right'}.`;
	return {
		scoring: exercise.multiple ? choiceScoring(right, wrong, total) : chosen > 1 ? 'Only one answer may be chosen.' : null,
		summary,
		hint: exercise.multiple
			? 'Test each option against the words of the article: does the text really say it? Leave out any you cannot point to, because a wrong choice cancels a right one.'
			: 'Go back to the words the question is about and test each option against them, one at a time.',
		lines
	};
}

/** How a multiple choice was scored: each right choice earns a point, each wrong one takes one away. */
export function choiceScoring(right: number, wrong: number, total: number): string {
	const points = Math.max(0, right - wrong);
	const rule = `Each right choice earns a point and each wrong choice takes one away (never below 0), so you have ${count(points, 'point', 'points')} of ${total}.`;
	if (right === 1 && wrong === 1) return `One right, one wrong: these cancel out. ${rule}`;
	if (right > 0 && wrong > 0) return `${right} right, ${wrong} wrong: each wrong choice cancels a right one. ${rule}`;
	return rule;
}

function classifyPart(key: ClassifyKey, result: ClassifyResult, over: boolean, label: (slug: string) => string): Part {
	const lines = result.items.map((item): FeedbackLine => {
		const explanation = key.items.find((k) => k.id === item.id)?.explanation;
		const detail = over && explanation ? { detail: explanation } : {};
		if (item.right) return { ref: item.id, verdict: 'right', label: '✓ Right', ...detail };
		if (!over)
			return item.chosen === null
				? { ref: item.id, verdict: 'unanswered', label: '✗ Not answered' }
				: { ref: item.id, verdict: 'wrong', label: '✗ Not right' };
		return {
			ref: item.id,
			verdict: item.chosen === null ? 'unanswered' : 'wrong',
			label: `${item.chosen === null ? '✗ Not answered' : '✗ Not right'}: the category is “${label(item.expected)}”`,
			...detail
		};
	});
	return {
		scoring: null,
		summary: answersSummary(lines, ['answer', 'answers']),
		hint: 'For each passage marked ✗, read the definition of the category you chose and ask whether every part of it fits. Is the passage a question or a statement? Does it name a source you could check?',
		lines
	};
}

function matchPart(exercise: MatchExercise, result: MatchResult, over: boolean): Part {
	const text = (id: string | null) => exercise.right.find((r) => r.id === id)?.text ?? '';
	const lines = result.pairs.map((pair): FeedbackLine => {
		if (pair.right) return { ref: pair.left, verdict: 'right', label: '✓ Right' };
		const verdict = pair.chosen === null ? 'unanswered' : 'wrong';
		if (over) return { ref: pair.left, verdict, label: `✗ Should be: ${text(pair.expected)}` };
		return { ref: pair.left, verdict, label: verdict === 'unanswered' ? '✗ Not answered' : '✗ Not right' };
	});
	return {
		scoring: null,
		summary: answersSummary(lines, ['pair', 'pairs']),
		hint: 'For each pair marked ✗, find the exact words in the articles again: who or what does each item come from?',
		lines
	};
}

function rankPart(
	exercise: RankExercise,
	answer: RankAnswer,
	result: RankResult,
	over: boolean,
	article: (id: string) => string
): Part {
	const order = answer.order.length === exercise.items.length ? answer.order : exercise.items;
	const lines = order.map((id, i): FeedbackLine => {
		const right = exercise.order[i] === id;
		if (right) return { ref: id, verdict: 'right', label: '✓ In the right place' };
		return {
			ref: id,
			verdict: 'wrong',
			label: over ? `✗ Not in the right place: it belongs in place ${exercise.order.indexOf(id) + 1}` : '✗ Not in the right place'
		};
	});
	const placed = lines.filter((l) => l.verdict === 'right').length;
	const pairsRight = result.pairs.filter((p) => p.right).length;
	return {
		scoring: `Your score counts pairs of articles: ${pairsRight} of ${result.pairs.length} pairs are in the right order, so an article one place out costs little.`,
		summary: over
			? `${placed} of ${lines.length} articles are in the right place. The answer, best supported first: ${exercise.order.map(article).join(', ')}.`
			: `${placed} of ${lines.length} articles are in the right place.`,
		hint: 'For each article marked ✗, compare it with its neighbours: which one names more sources you could check, and which makes more claims with none?',
		lines
	};
}

function numericPart(exercise: NumericExercise, result: NumericResult, over: boolean): Part {
	const unit = exercise.unit ? ` ${exercise.unit}` : '';
	const answer = `${result.answer.toLocaleString('en')}${unit}${result.tolerance ? ` (give or take ${result.tolerance.toLocaleString('en')})` : ''}`;
	const line: FeedbackLine = result.correct
		? { ref: 'value', verdict: 'right', label: '✓ Right' }
		: result.value === null
			? { ref: 'value', verdict: 'unanswered', label: over ? `✗ No number given. The answer is ${answer}.` : '✗ No number given' }
			: { ref: 'value', verdict: 'wrong', label: over ? `✗ Not right. The answer is ${answer}.` : '✗ Not right' };
	return {
		scoring: null,
		summary: result.correct
			? 'Your number is right.'
			: result.value === null
				? 'You gave no number.'
				: 'Your number is not right.',
		hint: 'Find each figure you need in the text again, write down where it comes from, and redo the working one step at a time.',
		lines: [line]
	};
}

function quoteOf(text: string): string {
	return truncate(text.replace(/\s+/g, ' ').trim(), 90);
}

/**
 * Mark exercises. While attempts remain, each of the student's marks gets a line: found (it
 * touches a passage the marks found), partly found (it touches a passage they cover less than
 * half of), borderline, or nothing to find; the passages not yet found stay unnamed. Once it is
 * over, each passage to find gets a line with its explanation, and each mark that cost points.
 */
function markPart(
	text: string,
	rawMarks: readonly TextRange[],
	result: MarkResult | MarkAndLabelResult,
	over: boolean,
	label: (slug: string) => string
): Part {
	const marks = studentMarks(text, rawMarks, result, label);
	const found = result.discernment.manipulativeFound;
	const total = result.discernment.manipulativeTotal;
	const falseCost = result.falseMarks.reduce((sum, m) => sum + m.cost, 0);
	const partly = result.targets.filter((t) => !t.found && t.coverage > 0);
	const labelled = result.type === 'mark-and-label';

	const warnings: string[] = [];
	const sourced = result.discernment.sourcedFlagged;
	if (sourced.length)
		warnings.push(
			`You also marked ${count(sourced.length, 'passage', 'passages')} of sourced reporting, which ${sourced.length === 1 ? 'names' : 'name'} a source you can check${over ? `: ${sourced.map((s) => `“${quoteOf(s.quote)}”`).join('; ')}` : ''}.`
		);
	if (result.discernment.flaggedNearlyEverything)
		warnings.push(
			'You marked nearly everything, which scores 0. Flagging every sentence is not the same as telling them apart: mark only the passages you can explain.'
		);

	const list = over ? keyList(result, label) : marks.map((m) => m.line);
	const paint: HighlightRange[] = over
		? [
				...result.targets.map((t) => ({
					kind: t.found ? ('found' as const) : t.coverage > 0 ? ('partly' as const) : ('missed' as const),
					start: t.start,
					end: t.end
				})),
				...result.falseMarks.map((f) => ({ kind: 'false' as const, start: f.start, end: f.end }))
			]
		: marks.map((m) => ({ kind: m.paint, start: m.range.start, end: m.range.end }));

	const earned = result.targets.reduce(
		(sum, t) => sum + ('credit' in t ? (t as LabelledTargetFeedback).credit : t.found ? 1 : 0),
		0
	);
	const scoring = markScoring(found, total, earned, falseCost, result, labelled);
	const summaryParts = [`You found ${found} of ${total} passages.`];
	if (partly.length) summaryParts.push(`${count(partly.length, 'more is', 'more are')} partly found: less than half marked.`);
	const wrongMarks = marks.filter((m) => m.line.verdict === 'wrong').length;
	if (wrongMarks) summaryParts.push(`${count(wrongMarks, 'mark', 'marks')} found nothing.`);

	const hints: string[] = [];
	if (partly.length)
		hints.push('A passage counts when your marks cover at least half of it: extend the marks that are partly found.');
	if (wrongMarks || falseCost)
		hints.push('Each mark on a sentence with nothing to find costs a point: keep only the marks you can explain.');
	if (found + partly.length < total)
		hints.push('Some passages are not marked yet: read the text again one sentence at a time and test each against the prompt.');
	if (labelled && result.targets.some((t) => t.found && !(t as LabelledTargetFeedback).labelRight))
		hints.push(
			'For each mark whose technique is not right, read the definitions of the techniques again and pick the one that fits every part.'
		);

	return {
		scoring,
		summary: summaryParts.join(' '),
		hint: hints.join(' ') || null,
		lines: [],
		list,
		warnings,
		paint
	};
}

function markScoring(
	found: number,
	total: number,
	earned: number,
	falseCost: number,
	result: MarkResult | MarkAndLabelResult,
	labelled: boolean
): string {
	if (result.discernment.flaggedNearlyEverything)
		return `You found ${found} of ${total}, but marking nearly everything scores 0.`;
	const earnedText = labelled
		? `${round(earned)} ${earned === 1 ? 'point' : 'points'} for the passages found (half a point where the technique is not right)`
		: `${count(found, 'point', 'points')} for the passages found`;
	if (!falseCost) return `${earnedText[0].toUpperCase()}${earnedText.slice(1)}: ${round(result.points)} of ${total}.`;
	return `${earnedText[0].toUpperCase()}${earnedText.slice(1)}, minus ${count(falseCost, 'point', 'points')} for marks on sentences with nothing to find: ${round(result.points)} of ${total}${earned - falseCost < 0 ? ' (never below 0)' : ''}.`;
}

const round = (n: number) => Math.round(n * 100) / 100;

interface StudentMark {
	range: TextRange;
	line: FeedbackLine;
	paint: HighlightRange['kind'];
}

/** The student's marks as scored (clamped, duplicates once), each with what it did. */
function studentMarks(
	text: string,
	rawMarks: readonly TextRange[],
	result: MarkResult | MarkAndLabelResult,
	label: (slug: string) => string
): StudentMark[] {
	const seen = new Set<string>();
	const marks: StudentMark[] = [];
	for (const raw of rawMarks) {
		const mark = clampRange(raw, text.length);
		if (!mark || seen.has(`${mark.start}:${mark.end}`)) continue;
		seen.add(`${mark.start}:${mark.end}`);
		const n = marks.length + 1;
		const cost = result.falseMarks.find((f) => f.start === mark.start && f.end === mark.end)?.cost ?? 0;
		const costText = cost ? ` (−${count(cost, 'point', 'points')} for sentences with nothing to find)` : '';
		const touched = result.targets.filter((t) => overlaps(t, mark));
		const foundTouched = touched.filter((t) => t.found);
		const quote = quoteOf(text.slice(mark.start, mark.end));
		let line: FeedbackLine;
		let paint: HighlightRange['kind'];
		if (foundTouched.length) {
			paint = 'found';
			line = { ref: `mark-${n}`, verdict: 'right', label: `✓ Found${labelNote(foundTouched, mark, label)}${costText}` };
			if (line.label.startsWith('✓ Found, but')) line = { ...line, verdict: 'partly', label: `◐${line.label.slice(1)}` };
		} else if (touched.length) {
			paint = 'partly';
			line = {
				ref: `mark-${n}`,
				verdict: 'partly',
				label: `◐ Partly found: this mark covers less than half of a passage${costText}`
			};
		} else if (result.borderline.some((b) => overlaps(b, mark)) && !cost) {
			paint = 'found';
			line = { ref: `mark-${n}`, verdict: 'borderline', label: '~ Borderline: marking this neither earns nor costs' };
		} else if (cost) {
			paint = 'false';
			const what = result.borderline.some((b) => overlaps(b, mark))
				? 'Runs over sentences with nothing to find'
				: 'Nothing to find here';
			line = { ref: `mark-${n}`, verdict: 'wrong', label: `✗ ${what} (−${count(cost, 'point', 'points')})` };
		} else {
			paint = 'found';
			line = { ref: `mark-${n}`, verdict: 'borderline', label: '~ Costs nothing, earns nothing' };
		}
		marks.push({ range: mark, line: { ...line, quote }, paint });
	}
	return marks;
}

/** Mark-and-label, before the end: whether the technique is right, without saying which it is. */
function labelNote(found: readonly TargetFeedback[], mark: TextRange, label: (slug: string) => string): string {
	const labelled = found.filter((t): t is LabelledTargetFeedback => 'labelGiven' in t);
	if (!labelled.length) return '';
	const given = (mark as LabelledMark).label ?? null;
	if (given === null) return ', but you have not named the technique';
	// The student's own label is repeated: the list of marks with its drop-downs is gone once checked.
	return labelled.some((t) => t.labelRight && t.labelGiven === given)
		? `, and the technique is right (${label(given)})`
		: `, but the technique is not right (you chose ${label(given)})`;
}

/** Once it is over: every passage to find, each mark that cost points, and the borderline passages marked. */
function keyList(result: MarkResult | MarkAndLabelResult, label: (slug: string) => string): FeedbackLine[] {
	const lines: FeedbackLine[] = result.targets.map((t) => {
		const note = 'labelGiven' in t ? finalLabelNote(t as LabelledTargetFeedback, label) : '';
		const base = { ref: `target-${t.annotation}`, quote: quoteOf(t.quote), detail: t.explanation };
		if (t.found)
			return {
				...base,
				verdict: note.startsWith(', but') ? 'partly' : 'right',
				label: `${note.startsWith(', but') ? '◐' : '✓'} Found${note}`
			};
		if (t.coverage > 0)
			return {
				...base,
				verdict: 'partly',
				label: `◐ Partly found${note}: your marks cover ${Math.round(t.coverage * 100)}% of it, and half is needed`
			};
		return { ...base, verdict: 'missed', label: `✗ Missed${note}` };
	});
	for (const [i, mark] of result.falseMarks.entries())
		lines.push({
			ref: `false-${i}`,
			verdict: 'wrong',
			label: `✗ ${mark.touchesTarget ? 'Runs over sentences with nothing to find' : 'Nothing to find here'} (−${count(mark.cost, 'point', 'points')})`,
			quote: quoteOf(mark.quote)
		});
	for (const b of result.borderline.filter((b) => b.marked))
		lines.push({
			ref: `borderline-${b.annotation}`,
			verdict: 'borderline',
			label: '~ Borderline (marking it neither earns nor costs)',
			quote: quoteOf(b.quote),
			detail: b.explanation
		});
	return lines;
}

function finalLabelNote(target: LabelledTargetFeedback, label: (slug: string) => string): string {
	if (!target.found) return ` (${label(target.category)})`;
	const right = label(target.category);
	if (target.labelRight) return `, named right (${right})`;
	return `, but it is ${right}${target.labelGiven ? `, not ${label(target.labelGiven)}` : ''}`;
}
