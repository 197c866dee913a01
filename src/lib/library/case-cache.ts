// Loads each case once and remembers how it went: loading, loaded, or failed and why. Where the
// bundle comes from is passed in (a built-in case's data file, an added case's stored file), so
// this is pure and tested in Node; src/lib/state/library.svelte.ts makes the states reactive.
import { CaseOpenError, openCase } from './open-case.js';
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
	/** Told of every change of state. */
	onState?(id: string, state: CaseState): void;
}

export class CaseCache {
	private readonly loading = new Map<string, Promise<LoadedCase>>();
	private readonly states = new Map<string, CaseState>();

	constructor(private readonly sources: CaseSources) {}

	state(id: string): CaseState | undefined {
		return this.states.get(id);
	}

	/** The case, loaded once; a failure is kept, so asking again does not retry (reload the page to retry). */
	load(id: string): Promise<LoadedCase> {
		let promise = this.loading.get(id);
		if (!promise) {
			promise = this.open(id);
			this.loading.set(id, promise);
			promise.catch(() => {});
		}
		return promise;
	}

	private async open(id: string): Promise<LoadedCase> {
		const entry = this.sources.find(id);
		if (!entry) return this.fail({ reason: 'unknown', id });
		this.set(id, { status: 'loading' });
		let bundle: CaseBundle | undefined;
		try {
			bundle = await this.sources.bundle(entry);
		} catch (error) {
			if (error instanceof CaseLoadError) return this.fail(error.failure);
			return this.fail({ reason: 'invalid', id, message: (error as Error).message });
		}
		if (!bundle) return this.fail({ reason: 'missing', id, file: entry.file ?? id });
		try {
			const loaded = openCase(entry, bundle);
			this.set(id, { status: 'loaded', loaded });
			return loaded;
		} catch (error) {
			if (error instanceof CaseOpenError) return this.fail({ reason: 'invalid', id, message: error.message });
			throw error;
		}
	}

	private fail(failure: CaseFailure): never {
		this.set(failure.id, { status: 'failed', failure });
		throw new CaseLoadError(failure);
	}

	private set(id: string, state: CaseState) {
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
			return `The case "${failure.id}" could not be opened: its file ${failure.file} is missing from this copy of Sidelight. Copy the whole Sidelight folder again, with its cases folder, and reload the page.`;
		case 'timeout':
			return `The case "${failure.id}" took too long to open (its file ${failure.file}). Reload the page to try again.`;
		case 'wrong-id':
			return `The case "${failure.id}" could not be opened: its file ${failure.file} holds the case "${failure.found}" instead. Copy the whole Sidelight folder again and reload the page.`;
		case 'invalid':
			return `The case "${failure.id}" could not be opened: ${failure.message}.`;
	}
}
