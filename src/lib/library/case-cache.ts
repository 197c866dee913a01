// Loads each case once and remembers how it went: loading, loaded, or failed and why. Where the
// bundle comes from is passed in (a built-in case's data file, an added case's stored file), so
// this is pure and tested in Node; src/lib/state/library.svelte.ts makes the states reactive.
// A failure is kept (a page that asks again does not hammer a missing file) until someone asks to
// try again (retry); forget drops a case that changed (an added case replaced by a newer file), so
// the next load reads the new one (issue 11). How a bundle is opened (its keys resolved) is passed in
// too: the app opens cases with the exercises part, loaded on demand (src/lib/parts/exercises.ts), so
// that no page's first load carries every exercise type's logic.
import type { CaseBundle, CaseEntry, CaseFailure, CaseState, LoadedCase } from './types.js';

/** Thrown (and kept as the case's state) when a case cannot be opened. */
export class CaseLoadError extends Error {
	constructor(readonly failure: CaseFailure) {
		super(describeFailure(failure));
	}
}

export interface CaseSources {
	find(id: string): CaseEntry | undefined;
	/** The case's bundle; rejects with a CaseLoadError for a missing file, a timeout or a wrong id. */
	bundle(entry: CaseEntry): Promise<CaseBundle | undefined>;
	/** Unpacks the bundle and resolves its keys (open-case.ts openCase); throws (a CaseOpenError) for a damaged one. */
	open(entry: CaseEntry, bundle: CaseBundle): LoadedCase | Promise<LoadedCase>;
	/** Told of every change of state; undefined once the case is forgotten. */
	onState?(id: string, state: CaseState | undefined): void;
}

export class CaseCache {
	private readonly loading = new Map<string, Promise<LoadedCase>>();
	private readonly states = new Map<string, CaseState>();
	/** The current attempt at each case, so a load begun before forget cannot set a stale state. */
	private readonly attempts = new Map<string, symbol>();

	constructor(private readonly sources: CaseSources) {}

	state(id: string): CaseState | undefined {
		return this.states.get(id);
	}

	/** The case, loaded once; a failure is kept, so asking again does not retry (retry does). */
	load(id: string): Promise<LoadedCase> {
		let promise = this.loading.get(id);
		if (!promise) {
			const attempt = Symbol(id);
			this.attempts.set(id, attempt);
			promise = this.open(id, attempt);
			this.loading.set(id, promise);
			promise.catch(() => {});
		}
		return promise;
	}

	/** Loads the case again if it failed ("Try again"); a case loading or loaded is left as it is. */
	retry(id: string): Promise<LoadedCase> {
		if (this.states.get(id)?.status === 'failed') this.forget(id);
		return this.load(id);
	}

	/**
	 * Drops what is known of the case (its bundle changed): the next load reads it again. A load
	 * still under way for it is left to finish, but no longer changes the case's state.
	 */
	forget(id: string): void {
		this.loading.delete(id);
		this.attempts.delete(id);
		if (this.states.delete(id)) this.sources.onState?.(id, undefined);
	}

	private async open(id: string, attempt: symbol): Promise<LoadedCase> {
		const entry = this.sources.find(id);
		if (!entry) return this.fail({ reason: 'unknown', id }, attempt);
		this.set(id, { status: 'loading' }, attempt);
		let bundle: CaseBundle | undefined;
		try {
			bundle = await this.sources.bundle(entry);
		} catch (error) {
			if (error instanceof CaseLoadError) return this.fail(error.failure, attempt);
			return this.fail({ reason: 'invalid', id, message: (error as Error).message }, attempt);
		}
		if (!bundle) return this.fail({ reason: 'missing', id, file: entry.file ?? id }, attempt);
		try {
			const loaded = await this.sources.open(entry, bundle);
			this.set(id, { status: 'loaded', loaded }, attempt);
			return loaded;
		} catch (error) {
			// A damaged bundle, or the code that opens it not loading (a part missing from the folder): both
			// are said on the page, and "Try again" tries again.
			if (error instanceof Error) return this.fail({ reason: 'invalid', id, message: error.message.replace(/\.$/, '') }, attempt);
			throw error;
		}
	}

	private fail(failure: CaseFailure, attempt: symbol): never {
		this.set(failure.id, { status: 'failed', failure }, attempt);
		throw new CaseLoadError(failure);
	}

	/** Only the latest attempt at a case sets its state: one forgotten meanwhile is out of date. */
	private set(id: string, state: CaseState, attempt: symbol) {
		if (this.attempts.get(id) !== attempt) return;
		this.states.set(id, state);
		this.sources.onState?.(id, state);
	}
}

/** What went wrong and what to do, in words for a student or teacher. */
export function describeFailure(failure: CaseFailure): string {
	switch (failure.reason) {
		case 'unknown':
			return `There is no case called "${failure.id}" in this copy of Sidelight. Go back to the course map and choose a case from the list.`;
		case 'missing':
			return `The case "${failure.id}" could not be opened: its file ${failure.file} is missing from this copy of Sidelight. Copy the whole Sidelight folder again, with its cases folder, then try again.`;
		case 'timeout':
			return `The case "${failure.id}" took too long to open (its file ${failure.file}). Try again; if it keeps happening, copy the whole Sidelight folder again.`;
		case 'wrong-id':
			return `The case "${failure.id}" could not be opened: its file ${failure.file} holds the case "${failure.found}" instead. Copy the whole Sidelight folder again, then try again.`;
		case 'invalid':
			return `The case "${failure.id}" could not be opened: ${failure.message}.`;
	}
}

/** Whether trying again can help: a file may turn up or arrive in time; an id no case has will not. */
export function canRetry(failure: CaseFailure): boolean {
	return failure.reason !== 'unknown';
}
