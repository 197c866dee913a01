// A lesson in steps, as plain data: which step the address asks for, how far the student is in
// each step, and (for content checks) what each step of a lesson's source places in what order.
// The build cuts a lesson into steps at its `##` sections (src/build/lesson-steps.ts); these
// helpers are the pure part of the lesson page and of the test that no step shows the answers of
// an exercise before the exercise is done.
import { bestScore, type ExerciseProgress } from '../progress/progress.js';

/**
 * A lesson's parts grouped into steps, one per `##` heading: anything before the first heading
 * belongs to step 1, so nothing is ever left out. The build cuts the course's lessons with it
 * (src/build/lesson-steps.ts), AddedLessonBody an added case's.
 */
export function stepGroups<T>(parts: readonly T[], isHeading: (part: T) => boolean): T[][] {
	const groups: T[][] = [];
	for (const part of parts) {
		if (isHeading(part) && groups.length > 0 && groups.at(-1)!.some(isHeading)) groups.push([]);
		if (groups.length === 0) groups.push([]);
		groups.at(-1)!.push(part);
	}
	return groups;
}

/** A step as the lesson page finds it: its number (from 1), its title and the exercises it holds. */
export interface LessonStep {
	n: number;
	title: string;
	exercises: string[];
}

/**
 * The step to show for the hash query: `?step=3`, `?exercise=<id>` (the step holding it: a link to
 * one exercise opens where it is), or `?step=all` (the whole lesson on one page, 0). Anything else,
 * including a step that does not exist, opens step 1: a stale link still opens the lesson.
 */
export function stepToShow(query: URLSearchParams, steps: readonly LessonStep[]): number {
	const exercise = query.get('exercise');
	const holding = exercise ? steps.find((s) => s.exercises.includes(exercise)) : undefined;
	if (holding) return holding.n;
	const step = query.get('step');
	if (step === 'all') return 0;
	const n = Number(step);
	return Number.isInteger(n) && n >= 1 && n <= steps.length ? n : 1;
}

/** Where an exercise stands: a checked exercise with attempts left and a score under full is not finished. */
export type ExerciseStanding = 'not-started' | 'to-improve' | 'finished';

export function standingOf(entry: ExerciseProgress | undefined, attemptsAllowed: number): ExerciseStanding {
	const best = bestScore(entry);
	if (!entry || best === null) return 'not-started';
	const over = best >= 1 || entry.revealed || (attemptsAllowed > 0 && entry.attempts.length >= attemptsAllowed);
	return over ? 'finished' : 'to-improve';
}

/** "2 of 3 exercises finished", with what is left to improve, for a step or a lesson. */
export function standingText(standings: readonly ExerciseStanding[]): string {
	const finished = standings.filter((s) => s === 'finished').length;
	const toImprove = standings.filter((s) => s === 'to-improve').length;
	const noun = standings.length === 1 ? 'exercise' : 'exercises';
	const base = `${finished} of ${standings.length} ${noun} finished`;
	return toImprove ? `${base}, ${toImprove} you can still improve` : base;
}

/** What a lesson's source places, in reading order: embedded articles and exercises. */
export type Placement =
	| { kind: 'articles'; step: number; ids: string[] | null; show: string[] | null; highlights: boolean }
	| { kind: 'exercise'; step: number; id: string };

/**
 * Reads the `<Articles …/>` and `<Exercise id="…"/>` a lesson's markdown body places, with the
 * step (1-based, one per `##` section, as the build splits them) each is in. Array props are read
 * as the lessons write them: `ids={['a', 'b']}`.
 */
export function placementsOf(body: string): Placement[] {
	const placements: Placement[] = [];
	let step = 0;
	let sawHeading = false;
	for (const line of body.split('\n')) {
		if (/^## /.test(line)) {
			if (sawHeading || step === 0) step++;
			sawHeading = true;
			continue;
		}
		if (step === 0) step = 1;
		for (const match of line.matchAll(/<(Articles|Exercise)\b([^>]*)\/>/g)) {
			const attributes = match[2];
			if (match[1] === 'Exercise') {
				const id = /\bid="([^"]+)"/.exec(attributes)?.[1];
				if (id) placements.push({ kind: 'exercise', step, id });
			} else {
				placements.push({
					kind: 'articles',
					step,
					ids: listProp(attributes, 'ids'),
					show: listProp(attributes, 'show'),
					highlights: !/\bhighlights=\{false\}/.test(attributes)
				});
			}
		}
	}
	return placements;
}

function listProp(attributes: string, name: string): string[] | null {
	const value = new RegExp(`\\b${name}=\\{\\[([^\\]]*)\\]\\}`).exec(attributes)?.[1];
	return value === undefined ? null : [...value.matchAll(/'([^']+)'|"([^"]+)"/g)].map((m) => m[1] ?? m[2]);
}
