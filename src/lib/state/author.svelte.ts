// One editing session in the case editor: the draft with its undo history, the live validation of
// it (the build's readers, re-run on every change), and autosave to the drafts database. Components
// call `apply` with the result of a pure operation (src/lib/authoring/edit/), so every change is
// undoable, validated and saved the same way.
import { problemsAt, type DraftCheck, type FieldProblem } from '../authoring/edit/field-problems.js';
import { loadReaders } from '../app/readers.js';
import { canRedo, canUndo, record, redo, startHistory, undo, type History } from '../authoring/edit/history.js';
import type { CaseDraft } from '../authoring/files/draft.js';
import type { Category } from '../content/types.js';
import { Autosaver, openDrafts, type DraftStore, type SaveState } from '../persistence/drafts.js';
import { toSaveError } from '../persistence/save-error.js';

let storePromise: Promise<DraftStore> | undefined;

/** The drafts database, opened once per page; a refusal (private mode, blocked) rejects with a SaveError. */
export function draftStore(): Promise<DraftStore> {
	storePromise ??= openDrafts().catch((error) => {
		storePromise = undefined;
		throw toSaveError(error);
	});
	return storePromise;
}

/**
 * How long after the last change the draft is validated again. Reading the real case (5 articles,
 * 165 annotations) takes about 75 ms on this machine, too long to run on every keystroke; 150 ms
 * after typing stops, the messages still feel live.
 */
export const VALIDATE_DELAY_MS = 150;

const EMPTY: CaseDraft = { case: { id: '', title: '', summary: '', articles: [] }, texts: {}, annotations: {} };

export class AuthorSession {
	readonly key: string;
	private readonly categories: readonly Category[];
	history: History<CaseDraft> = $state.raw(startHistory(EMPTY));
	saveState: SaveState = $state.raw({ kind: 'saved' });
	/** The last validation: re-run VALIDATE_DELAY_MS after the last change, so typing never waits for it. */
	check: DraftCheck = $state.raw({ problems: [], errors: 0, warnings: 0, pending: true });
	private readonly saver: Autosaver;
	private validateTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(key: string, draft: CaseDraft, categories: readonly Category[]) {
		this.key = key;
		this.categories = categories;
		this.history = startHistory(draft);
		this.validate();
		this.saver = new Autosaver(
			async (d) => (await draftStore()).save(this.key, d),
			(state) => (this.saveState = state)
		);
	}

	private changed(): void {
		this.saver.change(this.history.present);
		clearTimeout(this.validateTimer);
		this.validateTimer = setTimeout(() => this.validate(), VALIDATE_DELAY_MS);
	}

	/** Runs the build's readers (a script loaded on first use) over the draft as it is now. */
	private validate(): void {
		const draft = this.history.present;
		loadReaders().then(
			(readers) => {
				if (draft === this.history.present) this.check = readers.checkDraft(draft, this.categories);
			},
			(error: Error) => (this.check = { problems: [], errors: 0, warnings: 0, unavailable: error.message })
		);
	}

	get draft(): CaseDraft {
		return this.history.present;
	}

	/** Records a change (typing in one field, with the same `mergeKey`, is one undo step) and saves it soon. */
	apply(next: CaseDraft, mergeKey?: string): void {
		if (next === this.history.present) return;
		this.history = record(this.history, next, mergeKey);
		this.changed();
	}

	get canUndo(): boolean {
		return canUndo(this.history);
	}

	get canRedo(): boolean {
		return canRedo(this.history);
	}

	undo(): void {
		if (!this.canUndo) return;
		this.history = undo(this.history);
		this.changed();
	}

	redo(): void {
		if (!this.canRedo) return;
		this.history = redo(this.history);
		this.changed();
	}

	/** Writes now (the page is being hidden or left). */
	flush(): Promise<void> {
		return this.saver.flush();
	}

	/** Saves the draft as it is now, e.g. when it is first created. */
	saveNow(): Promise<void> {
		this.saver.change(this.history.present);
		return this.saver.flush();
	}

	problemsAt(field: string): FieldProblem[] {
		return problemsAt(this.check, field);
	}
}
