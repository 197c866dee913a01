// The case library in Svelte context: the index (cases built in, then added ones; lessons,
// exercises, categories) and loadCase(id), which loads a case's data once and keeps its state
// (loading, loaded, failed) reactive for the page that shows it. The root layout creates it and
// sets it with setLibrary; components and routes read it with getLibrary(). A failed case loads
// again on retryCase ("Try again"); an added case that is replaced or removed is forgotten, so the
// page showing it loads the new version without a reload (issue 11).
import { getContext, setContext } from 'svelte';
import { SvelteMap } from 'svelte/reactivity';
import { builtInIndex } from '../app/built-in-index.js';
import { loadCaseScript } from '../app/case-script.js';
import { loadPart } from '../app/parts.js';
import type { Case } from '../content/types.js';
import type { KeyedExercise } from '../course/types.js';
import { caseFileName, caseScript } from '../library/case-data-file.js';
import { CaseCache } from '../library/case-cache.js';
import { Catalog } from '../library/catalog.js';
import type { CaseBundle, CaseEntry, CaseFailure, CaseState, LibraryIndex, LoadedCase } from '../library/types.js';
import { addedCases } from './added-cases.svelte.js';

const KEY = Symbol('sidelight library');

export class Library extends Catalog {
	private readonly states = new SvelteMap<string, CaseState>();
	private readonly cache: CaseCache;
	/** Each loaded case's bundle as it arrived, so the page can write the case's data file again (an LMS package). */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- nothing renders from it
	private readonly bundles = new Map<string, CaseBundle>();
	/** How often each case was forgotten: a bundle that arrives from before the latest is out of date. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- nothing renders from it
	private readonly generations = new Map<string, number>();

	constructor(index: LibraryIndex, load: (entry: CaseEntry) => Promise<CaseBundle | undefined> = defaultLoad) {
		super(index, () => addedCases.list);
		this.cache = new CaseCache({
			find: (id) => this.findCase(id),
			bundle: async (entry) => {
				// The code that opens it loads while the case's data does.
				loadPart('exercises').catch(() => {});
				const generation = this.generations.get(entry.id) ?? 0;
				const bundle = await load(entry);
				// A load begun before the case was forgotten (replaced) must not put the old bundle back.
				if (bundle && generation === (this.generations.get(entry.id) ?? 0)) this.bundles.set(entry.id, bundle);
				return bundle;
			},
			open: async (entry, bundle) => (await loadPart('exercises')).openCase(entry, bundle),
			onState: (id, state) => {
				if (state) this.states.set(id, state);
				else this.states.delete(id);
			}
		});
		addedCases.onChange((id) => this.forgetCase(id));
	}

	/** Loads a case that failed again, for real (a new request for its file): "Try again". */
	retryCase(id: string): Promise<LoadedCase> {
		return this.cache.retry(id);
	}

	/** Drops a case whose data changed; a page showing it (useCases) loads it again. */
	forgetCase(id: string): void {
		this.generations.set(id, (this.generations.get(id) ?? 0) + 1);
		this.bundles.delete(id);
		this.cache.forget(id);
	}

	/** The case's state, reactive; undefined until something asks for it. */
	caseState(id: string): CaseState | undefined {
		return this.states.get(id);
	}

	loadCase(id: string): Promise<LoadedCase> {
		return this.cache.load(id);
	}

	/** A loaded case's data file, as the build wrote it: the same bytes (caseScript of the same data). */
	async caseFile(id: string): Promise<{ path: string; text: string }> {
		const { entry } = await this.loadCase(id);
		return { path: entry.file ?? caseFileName(id), text: caseScript(id, this.bundles.get(id)!) };
	}

	loadCases(ids: readonly string[]): Promise<LoadedCase[]> {
		return Promise.all(ids.map((id) => this.loadCase(id)));
	}

	/** These exercises with their keys, loading the cases that hold them; unknown ids are left out. */
	async keyedExercises(ids: readonly string[]): Promise<Map<string, KeyedExercise>> {
		const loaded = await this.loadCases(this.casesOfExercises(ids));
		// Plain collections: a result handed back, not state anything watches.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const wanted = new Set(ids);
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		return new Map(
			loaded.flatMap((l) => l.exercises.filter((e) => wanted.has(e.exercise.id)).map((e) => [e.exercise.id, e] as const))
		);
	}

	/** Every built-in exercise with its key, in course order (loads every case the course uses). */
	async allExercises(): Promise<KeyedExercise[]> {
		const byId = await this.keyedExercises(this.index.exercises.map((e) => e.id));
		return this.index.exercises.flatMap((e) => byId.get(e.id) ?? []);
	}
}

function defaultLoad(entry: CaseEntry): Promise<CaseBundle | undefined> {
	return entry.source === 'added' ? addedCases.bundle(entry.id) : loadCaseScript(entry);
}

export function setLibrary(library: Library): Library {
	return setContext(KEY, library);
}

export function getLibrary(): Library {
	const library = getContext<Library | undefined>(KEY);
	if (!library) throw new Error('getLibrary() needs the library the root layout sets (setLibrary)');
	return library;
}

const SCOPE = Symbol('sidelight loaded cases');

/** The cases a page has loaded, for what it renders inside (a lesson's mdsvex <Exercise> and <Articles>). */
export interface CaseScope {
	readonly cases: LoadedCase[];
	/** The case by id; without an id, the first (a lesson's own case). */
	findCase(id?: string): Case | undefined;
	findExercise(id: string): KeyedExercise | undefined;
}

export function setCaseScope(cases: () => LoadedCase[]): CaseScope {
	const scope: CaseScope = {
		get cases() {
			return cases();
		},
		findCase: (id) => (id === undefined ? cases()[0]?.case : cases().find((l) => l.case.id === id)?.case),
		findExercise: (id) => {
			for (const loaded of cases()) {
				const found = loaded.exercises.find((e) => e.exercise.id === id);
				if (found) return found;
			}
			return undefined;
		}
	};
	return setContext(SCOPE, scope);
}

/** The loaded cases around this component; none outside a page that loads cases. */
export function getCaseScope(): CaseScope {
	return getContext<CaseScope | undefined>(SCOPE) ?? { cases: [], findCase: () => undefined, findExercise: () => undefined };
}

/** The cases a page asked for with useCases: ready once all are loaded, or the first failure. */
export interface CasesView {
	readonly ready: LoadedCase[] | undefined;
	readonly failure: CaseFailure | undefined;
}

/**
 * Loads these cases (during component set-up) and sets them as the case scope for what the
 * component renders: for pages that show their own parts while the cases load (the gradebook).
 */
export function useCases(ids: () => readonly string[]): CasesView {
	const library = getLibrary();
	$effect.pre(() => {
		// Reading each state makes a forgotten case (undefined again: an added case replaced) load anew.
		for (const id of ids()) if (!library.caseState(id)) library.loadCase(id).catch(() => {});
	});
	const states = $derived(ids().map((id) => library.caseState(id)));
	const view: CasesView = {
		get ready() {
			const loaded = states.flatMap((s) => (s?.status === 'loaded' ? [s.loaded] : []));
			return loaded.length === states.length ? loaded : undefined;
		},
		get failure() {
			for (const s of states) if (s?.status === 'failed') return s.failure;
			return undefined;
		}
	};
	setCaseScope(() => view.ready ?? []);
	return view;
}

/** The index for a route's load function, which runs outside components (no context): to tell an unknown id from a known one. */
export function catalogForLoad(): Catalog {
	return new Catalog(builtInIndex, () => addedCases.list);
}

/**
 * The index once the added cases are read from storage: for routes an added case may be opened at
 * (its side-by-side view, its lesson), which a reload or a link opens before that list is there.
 */
export async function catalogForLoadWithAdded(): Promise<Catalog> {
	await addedCases.loaded;
	return catalogForLoad();
}
