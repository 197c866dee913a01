// What a student's marks in an article amount to, before any labels: which targets they found,
// which marks were false and what each costs, which borderline and sourced passages they covered.
// Shared by the mark and mark-and-label scorers, which differ only in the credit a found target earns.
//
// Against "mark everything": a mark that touches a target is not free beyond it. The rule is the
// same half rule both ways: a passage counts as found when the marks cover at least half of it,
// and a sentence holding no target or borderline passage counts as wrongly marked when a mark
// covers at least half of it; each such sentence costs a point. So a whole wrong sentence costs
// the same whether it was joined to a right mark or marked apart, and one mark over the whole
// article costs a point for every sentence with nothing to find.
//
// Joining a wrong passage to a right one (decided for issue 9): a fragment under half a sentence
// that runs on from a mark which touches a target is free, while the same fragment marked on its
// own costs a point. That asymmetry is deliberate. A mark on its own is a claim ("this is one"),
// so it costs a point however short. A few words past the end of a right mark are imprecision at
// the edge of a right answer: dragging a selection overshoots, snapping to words widens it, and
// the key's passage boundaries are an author's choice the student cannot see. Charging them would
// punish the same imprecision the half rule forgives when finding a passage. Students are told
// this rule with every mark exercise (MARK_RULE in feedback.ts). The sentence is the unit because
// it is the smallest one a student is never blamed for: keyboard marking moves by sentence or
// clause, and a mark over the sentence that holds a short target costs nothing.
//
// Where targets are dense (in article A nearly every other sentence holds one), the sentence rule
// alone leaves "mark everything" with more than half the points. So, second: marks that cover
// nearly all of the text holding nothing to find (NEARLY_EVERYTHING) score 0, whatever they found.
// Flagging nearly everything shows no discernment, which is what the exercise asks for.
import { splitIntoSentences } from '../text/split-into-sentences.js';
import { clampRange, coverage, coversHalf, mergeRanges, overlaps } from './ranges.js';
import type { BorderlineFeedback, Discernment, FalseMark, KeyPassage, MarkKey, TargetFeedback, TextRange } from './types.js';

/**
 * Share of the text outside targets and borderline passages (spaces aside) that marks must cover
 * to count as flagging nearly everything. Three quarters: far beyond what whole sentences around
 * the targets cover (about a third at most in the five articles of ukraine-55000), and short of "all", so marking
 * everything but a few lines still counts.
 */
export const NEARLY_EVERYTHING = 0.75;

/** Points for marks that earned `earned` before false marks: see the rules at the top. */
export function markPoints(earned: number, assessed: MarkAssessment): number {
	if (assessed.discernment.flaggedNearlyEverything) return 0;
	return Math.max(0, earned - assessed.falseCost);
}

export interface MarkAssessment {
	/** The marks scored: clamped to the text, without empty ranges or exact duplicates. */
	marks: TextRange[];
	/** All marks merged: what coverage is measured against. */
	covered: TextRange[];
	targets: TargetFeedback[];
	borderline: BorderlineFeedback[];
	falseMarks: FalseMark[];
	/** Points the false marks cost together. */
	falseCost: number;
	discernment: Discernment;
}

export function assessMarks(key: MarkKey, rawMarks: readonly TextRange[]): MarkAssessment {
	const marks = cleanMarks(rawMarks, key.text.length);
	const covered = mergeRanges(marks);
	const passages = [...key.targets, ...key.borderline];

	const targets = key.targets.map((t) => ({ ...t, found: coversHalf(covered, t), coverage: coverage(covered, t) }));
	const borderline = key.borderline.map((b) => ({ ...b, marked: coversHalf(covered, b) }));

	const emptySentences = splitIntoSentences(key.text).filter((s) => !passages.some((p) => overlaps(p, s)));
	const falseMarks: FalseMark[] = [];
	for (const mark of marks) {
		const touchesTarget = passages.some((p) => overlaps(p, mark));
		const spill = emptySentences.filter((s) => coversHalf([mark], s));
		// A mark that touches nothing costs a point however short it is.
		const cost = touchesTarget ? spill.length : Math.max(1, spill.length);
		if (cost > 0) falseMarks.push({ ...mark, quote: key.text.slice(mark.start, mark.end), cost, touchesTarget, spill });
	}

	const sourcedFlagged: KeyPassage[] = key.sourced.filter((s) => coversHalf(covered, s));
	const discernment: Discernment = {
		manipulativeFound: targets.filter((t) => t.found).length,
		manipulativeTotal: targets.length,
		sourcedFlagged,
		sourcedTotal: key.sourced.length,
		flaggedNearlyEverything: flaggedNearlyEverything(key.text, passages, covered)
	};
	const falseCost = falseMarks.reduce((sum, m) => sum + m.cost, 0);
	return { marks, covered, targets, borderline, falseMarks, falseCost, discernment };
}

/**
 * Marks as saved may be stale or hand-edited: clamp them to the text and drop empty ones. An exact
 * duplicate is the same mark twice, so it is counted once. Overlapping marks are otherwise kept
 * apart: each is a mark the student made, and is charged on its own.
 */
function cleanMarks<T extends TextRange>(marks: readonly T[], textLength: number): T[] {
	const seen = new Set<string>();
	const clean: T[] = [];
	for (const raw of marks) {
		const mark = clampRange(raw, textLength);
		if (!mark || seen.has(`${mark.start}:${mark.end}`)) continue;
		seen.add(`${mark.start}:${mark.end}`);
		clean.push(mark);
	}
	return clean;
}

function flaggedNearlyEverything(text: string, passages: readonly TextRange[], covered: readonly TextRange[]): boolean {
	const isPassage = new Uint8Array(text.length);
	for (const p of passages) isPassage.fill(1, p.start, p.end);
	const isCovered = new Uint8Array(text.length);
	for (const c of covered) isCovered.fill(1, c.start, c.end);
	// White space never counts: mark it in one pass rather than test each character with a regex.
	for (const space of text.matchAll(/\s+/g)) isPassage.fill(1, space.index, space.index + space[0].length);
	let free = 0;
	let flagged = 0;
	for (let i = 0; i < text.length; i++) {
		if (isPassage[i]) continue;
		free++;
		flagged += isCovered[i];
	}
	return free > 0 && flagged >= NEARLY_EVERYTHING * free;
}
