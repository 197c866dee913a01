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

export class ProgressStore {
	state: ProgressState = $state({});

	/** `key` is the localStorage key: the course has one, each assignment its own. */
	constructor(private readonly key: string) {
		if (!browser) return;
		this.state = this.read();
		window.addEventListener('storage', (event) => {
			if (event.key === key) this.state = this.read();
		});
	}

	get(id: string): ExerciseProgress {
		return this.state[id] ?? emptyProgress();
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
		const raw = localStorage.getItem(this.key);
		const parsed = parseStoredProgress(raw);
		if (parsed) return parsed;
		// Never lose a student's work silently: keep what could not be read beside the fresh start.
		localStorage.setItem(`${this.key}:unreadable:${Date.now()}`, raw ?? '');
		return {};
	}

	private write() {
		if (!browser) return;
		try {
			localStorage.setItem(this.key, serializeProgress($state.snapshot(this.state)));
		} catch (error) {
			// Storage full or blocked (private mode): the page still works, progress lasts until it closes.
			console.warn('Sidelight could not save progress:', error);
		}
	}
}

/** The student's own progress through the course. */
export const progress = new ProgressStore('sidelight:progress');
