// The student's progress in the browser: rune state mirrored to localStorage, so answers survive a
// reload, a closed tab and a night away, and kept in step across tabs through the storage event.
import { browser } from '$app/env';
import {
	emptyProgress,
	parseStoredProgress,
	serializeProgress,
	withAnswer,
	withCheck,
	withoutExercises,
	type ExerciseProgress,
	type ProgressState
} from '../progress/progress.js';
import type { Answer } from '../exercises/types.js';
import { readStored, writeStored } from './storage.js';

/** One shared entry for untouched exercises, so a change elsewhere does not look like a change to them. */
const EMPTY: ExerciseProgress = Object.freeze(emptyProgress());

export class ProgressStore {
	// Raw, not deep: every change replaces the state (see progress.ts), so entries that did not
	// change keep their identity and the exercises showing them are not re-derived or re-scored.
	state: ProgressState = $state.raw({});

	/** `key` is the localStorage key: the course has one, each assignment its own. */
	constructor(private readonly key: string) {
		if (!browser) return;
		this.state = this.read();
		window.addEventListener('storage', (event) => {
			if (event.key === key) this.state = this.read();
		});
	}

	get(id: string): ExerciseProgress {
		return this.state[id] ?? EMPTY;
	}

	answer(id: string, answer: Answer) {
		this.update(id, withAnswer(this.get(id), answer));
	}

	check(id: string, answer: Answer, score: number) {
		this.update(id, withCheck(this.get(id), answer, score));
	}

	/** Back to editing the same answer, for another attempt. */
	retry(id: string) {
		this.update(id, { ...this.get(id), checked: false });
	}

	reveal(id: string) {
		this.update(id, { ...this.get(id), revealed: true, checked: true });
	}

	reset(ids: readonly string[]) {
		this.state = withoutExercises(this.state, ids);
		this.write();
	}

	private update(id: string, entry: ExerciseProgress) {
		this.state = { ...this.state, [id]: entry };
		this.write();
	}

	private read(): ProgressState {
		return readStored(
			this.key,
			(raw) => {
				const parsed = parseStoredProgress(raw);
				if (!parsed) throw new Error('not progress this version of Sidelight can read');
				return parsed;
			},
			{}
		);
	}

	private write() {
		if (browser) writeStored(this.key, serializeProgress(this.state));
	}
}

/** The student's own progress through the course. */
export const progress = new ProgressStore('sidelight:progress');
