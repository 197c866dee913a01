// The student's progress in the browser: rune state over IndexedDB, one record per exercise, so
// answers survive a reload, a closed tab and a night away, and two tabs never overwrite each
// other's answers (each change is applied to the stored entry inside its own transaction).
// Nothing is written before the stored state is read. A change that fails to save stays in the
// page (the answer the student typed is still there) and `status(id)` says it was not saved.
import {
	emptyProgress,
	withAnswer,
	withCheck,
	withoutExercises,
	type ExerciseProgress,
	type ProgressState
} from '../progress/progress.js';
import type { Answer } from '../exercises/types.js';
import { browser } from '$app/env';
import type { Db } from '../persistence/database.js';
import { deleteProgress, loadProgress, readProgressEntry, updateProgress } from '../persistence/records.js';
import { SaveError, toSaveError } from '../persistence/save-error.js';
import { database, readStoredEntry, storage } from './storage.svelte.js';

/** One shared entry for untouched exercises, so a change elsewhere does not look like a change to them. */
const EMPTY: ExerciseProgress = Object.freeze(emptyProgress());

type Change = (entry: ExerciseProgress) => ExerciseProgress;

export class ProgressStore {
	// Raw, not deep: every change replaces the state (see progress.ts), so entries that did not
	// change keep their identity and the exercises showing them are not re-derived or re-scored.
	state: ProgressState = $state.raw({});
	/** True once the stored progress has been read. */
	ready = $state(false);
	/** Exercise id → why its last change was not saved (absent: saved). */
	problems: Record<string, SaveError> = $state.raw({});
	/** Resolves when `ready`. */
	readonly loaded: Promise<void>;
	/** Per exercise, the number of changes not yet confirmed: a stored copy never replaces a newer typed one. */
	// Plain, not reactive: it only decides which copy to show, nothing renders from it.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	private readonly pending = new Map<string, number>();

	/** `scope` names the records: 'course', or an assignment's own. `lock` is the meta key that, once handed in, refuses changes. */
	constructor(
		private readonly scope: string,
		private readonly lock?: string
	) {
		this.loaded = browser ? this.load() : Promise.resolve();
	}

	private async load() {
		const db = await database();
		const stored = await loadProgress(db, this.scope, readStoredEntry).catch(() => ({}));
		this.state = { ...stored, ...this.unconfirmed() };
		this.ready = true;
		void storage.refreshUnreadable();
		db.onChange((changes) => {
			for (const change of changes) {
				if (change.store === 'progress' && Array.isArray(change.key) && change.key[0] === this.scope)
					void this.reload(db, change.key[1]);
			}
		});
	}

	/** Changes made before the stored state arrived (kept, and written after it). */
	private unconfirmed(): ProgressState {
		return Object.fromEntries(
			[...this.pending].filter(([id, count]) => count > 0 && this.state[id]).map(([id]) => [id, this.state[id]])
		);
	}

	private async reload(db: Db, id: string) {
		if (this.pending.get(id)) return;
		const entry = readStoredEntry(await readProgressEntry(db, this.scope, id));
		if (this.pending.get(id)) return;
		this.state = entry ? { ...this.state, [id]: entry } : withoutExercises(this.state, [id]);
	}

	get(id: string): ExerciseProgress {
		return this.state[id] ?? EMPTY;
	}

	/** Why the last change to `id` was not saved, or undefined when it was. */
	status(id: string): SaveError | undefined {
		return this.problems[id];
	}

	/** Typing: shown at once (so the field follows), then saved. */
	answer(id: string, answer: Answer): Promise<void> {
		return this.update(id, (e) => withAnswer(e, answer), true);
	}

	/** A check is shown only once it is saved: the page never shows a score that a reload would lose. */
	check(id: string, answer: Answer, score: number): Promise<void> {
		return this.update(id, (e) => withCheck(e, answer, score), false);
	}

	/** Back to editing the same answer, for another attempt. */
	retry(id: string): Promise<void> {
		return this.update(id, (e) => ({ ...e, checked: false }), false);
	}

	reveal(id: string): Promise<void> {
		return this.update(id, (e) => ({ ...e, revealed: true, checked: true }), false);
	}

	async reset(ids: readonly string[]): Promise<void> {
		await this.loaded;
		try {
			await deleteProgress(await database(), this.scope, ids);
			this.state = withoutExercises(this.state, ids);
			this.problems = Object.fromEntries(Object.entries(this.problems).filter(([id]) => !ids.includes(id)));
		} catch (error) {
			throw toSaveError(error);
		}
	}

	private async update(id: string, change: Change, showAtOnce: boolean) {
		if (showAtOnce) this.state = { ...this.state, [id]: change(this.get(id)) };
		this.pending.set(id, (this.pending.get(id) ?? 0) + 1);
		try {
			await this.loaded;
			const stored = await updateProgress<ExerciseProgress>(
				await database(),
				this.scope,
				id,
				(s) => change(readStoredEntry(s) ?? EMPTY),
				this.lock
			);
			const left = this.pending.get(id)! - 1;
			this.pending.set(id, left);
			// A newer change typed meanwhile stays on screen; its own save brings the stored copy.
			if (left === 0 || !showAtOnce) this.state = { ...this.state, [id]: stored };
			if (this.problems[id]) this.problems = withoutKey(this.problems, id);
		} catch (error) {
			this.pending.set(id, this.pending.get(id)! - 1);
			// The page keeps what the student typed; it only says it was not saved.
			this.problems = { ...this.problems, [id]: toSaveError(error) };
		}
	}
}

function withoutKey<T>(record: Record<string, T>, key: string): Record<string, T> {
	return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

/** The student's own progress through the course. */
export const progress = new ProgressStore('course');
