// The LMS session of a SCORM package (see lms.svelte.ts): resumes from what the LMS kept, reports
// every check, and finishes when the page goes away. In the student's part (src/lib/parts/student.ts),
// so the SCORM runtime and result encoding are not in any page's first load; one copy, one session.
import { courseAssignment, packagedAssignmentId } from '../scorm/course-package.js';
import type { Assignment } from '../assignments/types.js';
import { findApi } from '../scorm/api.js';
import { mergeResumed } from '../scorm/result.js';
import { ScormSession } from '../scorm/session.js';
import type { KeyedExercise } from '../course/types.js';
import type { Answer } from '../exercises/types.js';
import type { ExerciseProgress, ProgressState } from '../progress/progress.js';
import { lms, packageConfig } from './lms.svelte.js';

export interface ProgressLike {
	readonly state: ProgressState;
	/** Resolves once the stored progress is read (stores that read it asynchronously). */
	readonly loaded?: Promise<void>;
	get(id: string): ExerciseProgress;
	reset(ids: readonly string[]): unknown;
	check(id: string, answer: Answer, score: number): unknown;
}

/**
 * Connects a progress store to the LMS, if the page is a package for `assignment` (the whole course
 * by default) and an LMS is there. Returns a function that disconnects.
 */
export function connectLms(
	progress: ProgressLike,
	exercises: readonly KeyedExercise[],
	assignment: Assignment = courseAssignment(exercises)
): () => void {
	const config = packageConfig();
	if (!config || packagedAssignmentId(config) !== assignment.id) return () => {};
	// One LMS session per page: leaving the assignment's page and coming back reuses it (an LMS
	// refuses a second LMSInitialize), and only pagehide finishes it.
	if (!active) {
		const api = findApi(window);
		if (!api) return () => {};
		const started = ScormSession.start(api, { exercises, assignment, masteryScore: config.masteryScore });
		if (!started) {
			lms.warnings = [
				'Your LMS did not start a session, so your score is not sent to it. Your answers are still saved in this browser.'
			];
			return () => {};
		}
		active = { ...started, progress, restored: false };
		const session = started.session;
		window.addEventListener('pagehide', () => session.finish(active!.progress.state));
	}
	const current = active;
	current.progress = progress;
	const { session, problem } = current;
	if (problem) lms.warnings = [problem];
	let stop = () => {};
	let disconnected = false;

	async function resume() {
		await progress.loaded;
		if (current.restored) return;
		current.restored = true;
		const merged = mergeResumed(progress.state, current.resumed);
		for (const [id, entry] of Object.entries(merged)) {
			if (entry === progress.state[id]) continue;
			await progress.reset([id]);
			for (const attempt of entry.attempts) await progress.check(id, attempt.answer, attempt.score);
		}
	}

	void resume().then(() => {
		if (disconnected) return;
		lms.connected = true;
		stop = $effect.root(() => {
			$effect(() => {
				const report = session.sync(progress.state);
				const warnings = [...(problem ? [problem] : []), ...report.errors.map((e) => `The LMS refused a value: ${e}`)];
				if (report.notStored.length) {
					warnings.push(
						`Your LMS has room for only part of your answers: ${report.notStored.length} exercise(s) are saved in this browser only. Your score in the LMS still counts them.`
					);
				}
				lms.warnings = warnings;
			});
		});
	});
	return () => {
		disconnected = true;
		stop();
		lms.connected = false;
	};
}

let active: {
	session: ScormSession;
	resumed: ProgressState;
	problem: string | null;
	progress: ProgressLike;
	restored: boolean;
} | null = null;
