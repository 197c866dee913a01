// Sidelight inside an LMS: when the page is a SCORM package (index.html carries the sidelight-lms
// meta tag) and the LMS's API is found, resume from what the LMS kept, report every check to it,
// and finish the session when the page goes away. Anywhere else (the normal site, a package opened
// outside an LMS) this does nothing and the page works exactly as usual. It touches the progress
// store only through its public methods (get, reset, check, state).
import { courseAssignment, LMS_META, packagedAssignmentId, parseLmsConfig, type LmsConfig } from '../scorm/course-package.js';
import type { Assignment } from '../assignments/types.js';
import { findApi } from '../scorm/api.js';
import { mergeResumed } from '../scorm/result.js';
import { ScormSession } from '../scorm/session.js';
import type { KeyedExercise } from '../course/types.js';
import type { Answer } from '../exercises/types.js';
import type { ExerciseProgress, ProgressState } from '../progress/progress.js';

export interface ProgressLike {
	readonly state: ProgressState;
	/** Resolves once the stored progress is read (stores that read it asynchronously). */
	readonly loaded?: Promise<void>;
	get(id: string): ExerciseProgress;
	reset(ids: readonly string[]): unknown;
	check(id: string, answer: Answer, score: number): unknown;
}

/** What the page tells the student about the LMS connection. */
export const lms = $state({
	connected: false,
	/** Problems the student must hear about: answers the LMS could not keep, refused writes, unreadable saves. */
	warnings: [] as string[]
});

/** Reads the package's config; null on the normal site. */
export function packageConfig(): LmsConfig | null {
	if (typeof document === 'undefined') return null;
	const meta = document.querySelector<HTMLMetaElement>(`meta[name="${LMS_META}"]`);
	if (!meta) return null;
	try {
		return parseLmsConfig(meta.content);
	} catch (error) {
		lms.warnings = [`This package is damaged, so nothing is sent to the LMS: ${(error as Error).message}.`];
		return null;
	}
}

export function isLmsPackage(): boolean {
	return typeof document !== 'undefined' && document.querySelector(`meta[name="${LMS_META}"]`) !== null;
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
