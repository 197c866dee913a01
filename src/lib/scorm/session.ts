// One learner's session with the LMS, in SCORM 1.2 terms: what Sidelight writes after each check
// and on leaving, and how it resumes. Pure apart from the API object it is given (tested with a
// recording fake and with scorm-again's Scorm12API); the page wires it to the progress store.
//
// Written after each change in checks (sync):
//   cmi.core.score.min/max/raw   0, 100, the mean best score over the package's exercises (unchecked = 0)
//   cmi.core.lesson_status       passed once raw ≥ mastery; with every exercise checked, failed
//                                (or completed without a mastery score); incomplete until then
//   cmi.interactions.n.*         one record per new check (1.2 interactions are a write-only journal)
//   cmi.objectives.n.*           one per technique, fixed index, id = the technique's slug
//   cmi.suspend_data             the result code of every checked attempt (Sidelight's own format),
//   cmi.comments                 and the same code, so a teacher can re-score it in the gradebook
//   LMSCommit
// On leaving (finish): cmi.core.session_time, cmi.core.exit ("suspend" until every exercise is
// checked), LMSFinish.
//
// suspend_data holds at most 4,096 characters. When every attempt does not fit, the code keeps
// the best and the last attempt of each exercise; if that still does not fit, it keeps as many
// whole exercises as fit and `sync` reports the others in `notStored`, so the page can say so.
// The browser's own store keeps everything either way: nothing is dropped without the student
// being told.
import { handInCode } from './result.js';
import type { Assignment } from '../assignments/types.js';
import { decodeResult } from '../assignments/result-code.js';
import type { KeyedExercise } from '../course/types.js';
import { techniquesOf } from '../course/techniques.js';
import { score } from '../exercises/score.js';
import { scormInteraction } from '../exports/interaction-kinds.js';
import { bestScore, type ExerciseProgress, type ProgressState } from '../progress/progress.js';
import type { Scorm12Api } from './api.js';
import { MAX_SUSPEND_DATA, cmiResult, cmiScore, cmiTime, cmiTimespan, isIdentifier } from './data-model.js';

export interface SessionOptions {
	/** The package's exercises, in order. */
	exercises: readonly KeyedExercise[];
	/** The assignment the result code is written against (the whole course has one too). */
	assignment: Assignment;
	/** Percent the learner needs to pass, from the manifest; the LMS's own value wins when it has one. */
	masteryScore: number | null;
	now?: () => Date;
}

export interface SyncReport {
	/** Exercises whose answers did not fit in suspend_data (they stay in this browser). */
	notStored: string[];
	/** Calls the LMS refused, with its error code and message: never hidden. */
	errors: string[];
}

export class ScormSession {
	private readonly exercises: readonly KeyedExercise[];
	private readonly byId: Map<string, KeyedExercise>;
	private readonly techniques: string[];
	private readonly now: () => Date;
	private readonly started: Date;
	private interactionCount = 0;
	/** Checks already written as interactions, per exercise. */
	private written = new Map<string, number>();
	private lastCheckAt = new Map<string, number>();
	private lastCode = '';
	readonly masteryScore: number | null;
	readonly student: string;
	readonly errors: string[] = [];

	private constructor(
		private readonly api: Scorm12Api,
		private readonly options: SessionOptions
	) {
		this.exercises = options.exercises;
		this.byId = new Map(options.exercises.map((e) => [e.exercise.id, e]));
		this.techniques = [...new Set(options.exercises.flatMap((e) => techniquesOf(e)))].sort();
		this.now = options.now ?? (() => new Date());
		this.started = this.now();
		const lmsMastery = Number.parseFloat(this.get('cmi.student_data.mastery_score'));
		this.masteryScore = Number.isFinite(lmsMastery) && lmsMastery >= 0 && lmsMastery <= 100 ? lmsMastery : options.masteryScore;
		this.student = this.get('cmi.core.student_name').slice(0, 100) || 'LMS learner';
		this.interactionCount = Number.parseInt(this.get('cmi.interactions._count'), 10) || 0;
	}

	/** LMSInitialize, then what the LMS kept from last time: the progress to resume, if any. */
	static start(
		api: Scorm12Api,
		options: SessionOptions
	): { session: ScormSession; resumed: ProgressState; problem: string | null } | null {
		if (String(api.LMSInitialize('')) !== 'true') return null;
		const session = new ScormSession(api, options);
		const { state, problem } = session.readSuspendData();
		for (const [id, entry] of Object.entries(state)) session.written.set(id, entry.attempts.length);
		if (session.get('cmi.core.lesson_status') === 'not attempted') session.set('cmi.core.lesson_status', 'incomplete');
		return { session, resumed: state, problem };
	}

	private readSuspendData(): { state: ProgressState; problem: string | null } {
		const code = this.get('cmi.suspend_data');
		if (!code) return { state: {}, problem: null };
		try {
			const result = decodeResult(code, this.options.assignment, this.byId);
			const state: ProgressState = {};
			for (const [id, attempts] of Object.entries(result.answers)) {
				const keyed = this.byId.get(id)!;
				const scored = attempts.map((a) => ({ answer: a.answer, score: score(keyed.exercise, keyed.key, a.answer).score }));
				state[id] = { answer: scored.at(-1)!.answer, attempts: scored, checked: true, revealed: false };
			}
			this.lastCode = code;
			return { state, problem: null };
		} catch (error) {
			return {
				state: {},
				problem: `The LMS's saved answers could not be read: ${error instanceof Error ? error.message : error}`
			};
		}
	}

	/** Writes what changed since the last sync (new checks), then commits. */
	sync(state: ProgressState): SyncReport {
		const errorsBefore = this.errors.length;
		const now = this.now();
		let changed = false;
		for (const { exercise } of this.exercises) {
			const entry = state[exercise.id];
			const done = this.written.get(exercise.id) ?? 0;
			if (!entry || entry.attempts.length <= done) continue;
			for (const attempt of entry.attempts.slice(done)) this.writeInteraction(exercise.id, attempt, now);
			this.written.set(exercise.id, entry.attempts.length);
			changed = true;
		}
		const { code, notStored } = handInCode(
			state,
			this.options.assignment,
			this.byId,
			this.student,
			this.started,
			MAX_SUSPEND_DATA
		);
		if (!changed && code === this.lastCode) return { notStored, errors: [] };
		this.writeScores(state);
		if (code !== this.lastCode) {
			this.set('cmi.suspend_data', code);
			this.set('cmi.comments', code.length <= MAX_SUSPEND_DATA ? code : '');
			this.lastCode = code;
		}
		this.call('LMSCommit');
		return { notStored, errors: this.errors.slice(errorsBefore) };
	}

	/** On leaving: session time, exit, LMSFinish. Safe to call twice. */
	finish(state: ProgressState): void {
		if (this.finished) return;
		this.finished = true;
		this.set('cmi.core.session_time', cmiTimespan(this.now().getTime() - this.started.getTime()));
		this.set('cmi.core.exit', this.allChecked(state) ? '' : 'suspend');
		this.call('LMSCommit');
		this.call('LMSFinish');
	}
	private finished = false;

	private allChecked(state: ProgressState): boolean {
		return this.exercises.every((e) => (state[e.exercise.id]?.attempts.length ?? 0) > 0);
	}

	/** pass/fail against mastery, for the course and for each technique. */
	private status(entries: (ExerciseProgress | undefined)[]): { raw: number; status: string } {
		const best = entries.map((e) => bestScore(e));
		const raw = best.length ? best.reduce<number>((s, b) => s + (b ?? 0), 0) / best.length : 0;
		const all = best.every((b) => b !== null);
		const mastery = this.masteryScore;
		let status = 'incomplete';
		if (mastery !== null && raw * 100 >= mastery) status = 'passed';
		else if (all) status = mastery === null ? 'completed' : 'failed';
		return { raw, status };
	}

	private writeScores(state: ProgressState) {
		const course = this.status(this.exercises.map((e) => state[e.exercise.id]));
		this.set('cmi.core.score.min', '0');
		this.set('cmi.core.score.max', '100');
		this.set('cmi.core.score.raw', cmiScore(course.raw));
		this.set('cmi.core.lesson_status', course.status);
		this.techniques.forEach((technique, n) => {
			const practising = this.exercises.filter((e) => techniquesOf(e).includes(technique));
			const t = this.status(practising.map((e) => state[e.exercise.id]));
			this.set(`cmi.objectives.${n}.id`, technique);
			this.set(`cmi.objectives.${n}.score.min`, '0');
			this.set(`cmi.objectives.${n}.score.max`, '100');
			this.set(`cmi.objectives.${n}.score.raw`, cmiScore(t.raw));
			this.set(`cmi.objectives.${n}.status`, t.status);
		});
	}

	private writeInteraction(
		id: string,
		attempt: { answer: ExerciseProgress['attempts'][number]['answer']; score: number },
		now: Date
	) {
		const { exercise } = this.byId.get(id)!;
		const { type, response } = scormInteraction(exercise, attempt.answer);
		const since = this.lastCheckAt.get(id) ?? this.started.getTime();
		this.lastCheckAt.set(id, now.getTime());
		const n = this.interactionCount++;
		const prefix = `cmi.interactions.${n}`;
		if (!isIdentifier(id)) this.errors.push(`exercise id "${id}" is not a SCORM identifier`);
		this.set(`${prefix}.id`, id);
		this.set(`${prefix}.type`, type);
		this.set(`${prefix}.student_response`, response);
		this.set(`${prefix}.result`, cmiResult(attempt.score));
		this.set(`${prefix}.weighting`, '1');
		this.set(`${prefix}.latency`, cmiTimespan(now.getTime() - since));
		this.set(`${prefix}.time`, cmiTime(now));
	}

	private get(element: string): string {
		try {
			return String(this.api.LMSGetValue(element) ?? '');
		} catch {
			return '';
		}
	}

	private set(element: string, value: string) {
		if (String(this.api.LMSSetValue(element, value)) !== 'true') this.recordError(`LMSSetValue("${element}")`);
	}

	private call(name: 'LMSCommit' | 'LMSFinish') {
		if (String(this.api[name]('')) !== 'true') this.recordError(name);
	}

	private recordError(what: string) {
		const code = String(this.api.LMSGetLastError());
		this.errors.push(`${what} failed: ${code} ${String(this.api.LMSGetErrorString(code))}`);
	}
}
