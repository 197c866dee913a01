// What mark and mark-and-label share: the key (the article text and the passages the exercise
// names), the feedback on marks, the summary of marks and how each target fared. The two kinds
// (mark.ts, mark-and-label.ts) differ only in labels.
import type { Case } from '../../content/types.js';
import type { FeedbackLine, HighlightRange } from '../feedback-lines.js';
import { clampRange, overlaps } from '../ranges.js';
import type {
	LabelledMark,
	LabelledTargetFeedback,
	MarkAndLabelExercise,
	MarkAndLabelResult,
	MarkExercise,
	MarkKey,
	MarkResult,
	TargetFeedback,
	TextRange
} from '../types.js';
import type { KeyInWords, KeyNames, Names, Part, TargetOutcome } from './kind.js';
import { count, findCase, quoteOf, shortQuote, toPassage } from './shared.js';

/** The exercise's article, renamed. */
export function withMarkArticleRenamed<E extends MarkExercise | MarkAndLabelExercise>(exercise: E, from: string, to: string): E {
	return exercise.article === from ? { ...exercise, article: to } : exercise;
}

/** The exercise without one annotation among its targets and borderline passages (the editor deleted it). */
export function withoutMarkTarget<E extends MarkExercise | MarkAndLabelExercise>(exercise: E, id: string): E {
	return {
		...exercise,
		targets: exercise.targets.filter((x) => x !== id),
		borderline: exercise.borderline.filter((x) => x !== id)
	};
}

/** The category of named, checkable sources (lessons/categories.json): what discernment must leave unflagged. */
export const SOURCED_CATEGORY = 'sourced';

/** How much of each marked passage a summary shows: enough to recognise it in the article. */
const QUOTE_LENGTH = 60;

export function resolveMarkKey(exercise: MarkExercise | MarkAndLabelExercise, cases: readonly Case[]): MarkKey {
	const found = findCase(cases, exercise.case, exercise.id);
	const article = found.articles.find((a) => a.id === exercise.article);
	if (!article) throw new Error(`exercise "${exercise.id}": article "${exercise.article}" is not in case "${found.id}"`);
	const inArticle = found.annotations.filter((a) => a.article === article.id);
	const passage = (id: string) => {
		const annotation = inArticle.find((a) => a.id === id);
		if (!annotation) throw new Error(`exercise "${exercise.id}": annotation "${id}" is not in article "${article.id}"`);
		return toPassage(annotation);
	};
	const named = new Set([...exercise.targets, ...exercise.borderline]);
	return {
		type: exercise.type,
		text: article.text,
		targets: exercise.targets.map(passage),
		borderline: exercise.borderline.map(passage),
		sourced: inArticle.filter((a) => a.category === SOURCED_CATEGORY && !named.has(a.id)).map(toPassage)
	};
}

export function markKeyInWords(exercise: MarkExercise | MarkAndLabelExercise, key: MarkKey, names: KeyNames): KeyInWords {
	return {
		intro: `${key.targets.length} passages to find in ${names.article(exercise.case, exercise.article)}; a passage counts as found when marks cover at least half of it, and each mark on nothing costs a point.`,
		ordered: true,
		lines: key.targets.map((t) => ({ quote: t.quote, category: names.category(t.category), why: t.explanation })),
		borderline: key.borderline.map((p) => ({ quote: p.quote, category: names.category(p.category) }))
	};
}

/** The marked passages, quoted, with their labels where given. */
export function marksSummary(key: MarkKey, marks: readonly (TextRange | LabelledMark)[], names: Names): string {
	if (!marks.length) return 'no marks';
	return marks
		.map((m) => {
			const quote = `“${shortQuote(key.text.slice(m.start, m.end), QUOTE_LENGTH)}”`;
			return 'label' in m && m.label ? `${quote} as ${names.category(m.label)}` : quote;
		})
		.join('; ');
}

export function markTargets(key: MarkKey): { annotation: string; quote: string }[] {
	return key.targets.map(({ annotation, quote }) => ({ annotation, quote }));
}

export function outcomesOf(result: MarkResult | MarkAndLabelResult): TargetOutcome[] {
	return result.targets.map((t) => (!t.found ? 'missed' : 'labelRight' in t && !t.labelRight ? 'mislabelled' : 'found'));
}

/** Why a list is not one of marks (whole-number offsets), or null. */
export function marksProblem(marks: unknown, labelled: boolean): string | null {
	if (!Array.isArray(marks)) return 'marks should be a list';
	for (const [i, m] of marks.entries()) {
		if (typeof m !== 'object' || m === null || !Number.isInteger(m.start) || !Number.isInteger(m.end))
			return `marks[${i}] should have whole-number start and end`;
		if (labelled && m.label !== null && typeof m.label !== 'string') return `marks[${i}].label should be a category or null`;
	}
	return null;
}

/**
 * Mark exercises. While attempts remain, each of the student's marks gets a line: found (it
 * touches a passage the marks found), partly found (it touches a passage they cover less than
 * half of), borderline, or nothing to find; the passages not yet found stay unnamed. Once it is
 * over, each passage to find gets a line with its explanation, and each mark that cost points.
 */
export function markPart(
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
