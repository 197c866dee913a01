// The cases added to this browser from case files: a reactive list for the course map and the
// library (CaseEntry, marked as added), and open / remove / bundle. Opening validates the file with
// the build's readers (sharing/case-file.ts, loaded on demand: app/readers.ts) before anything is stored; a case id that a built-in
// case uses is refused. A write the browser refuses keeps the case for this tab and says so; a
// browser that blocks storage gets a store in memory, and a notice.
import { browser } from '$app/env';
import { isError, type Problem } from '../content/problems.js';
import type { Category } from '../content/types.js';
import type { KeyedExercise } from '../course/types.js';
import { openAddedCases, type AddedCaseStore, type StoredCase } from '../persistence/added-cases.js';
import { SaveError, toSaveError } from '../persistence/save-error.js';
import { contentVersion } from '../assignments/content-version.js';
import { packBundle, type CaseEntry, type PackedCaseBundle } from '../sharing/bundle.js';
import type { AddedCaseBundle } from '../sharing/case-file.js';
import { loadReaders } from '../app/readers.js';
import { loadPart } from '../app/parts.js';
import { loadCaseScript } from '../app/case-script.js';
import { packageConfig } from '../app/lms.svelte.js';
import { unpackCase } from '../content/shipped.js';
import type { PackagedCase } from '../scorm/course-package.js';

/**
 * A case file is a few hundred kilobytes (five long articles and their annotations); far larger
 * is not one, and is refused before it is read.
 */
export const MAX_CASE_FILE_BYTES = 20_000_000;

export interface OpenContext {
	categories: readonly Category[];
	/** The built-in cases: an added case may not take one's id. */
	builtIn: readonly { id: string; title: string }[];
}

export type OpenOutcome =
	| { type: 'added'; id: string; title: string; replaced: boolean; warnings: Problem[]; notSaved?: SaveError }
	| { type: 'refused'; fileName: string; message: string; problems: Problem[] };

type ResolveKey = Awaited<ReturnType<typeof loadPart<'exercises'>>>['resolveKey'];

function keyedOf(bundle: AddedCaseBundle, resolveKey: ResolveKey): KeyedExercise[] {
	return bundle.exercises.map((e) => ({ ...e, key: resolveKey(e.exercise, [bundle.case]) }));
}

function entryOf(record: StoredCase, resolveKey: ResolveKey): CaseEntry {
	const c = record.bundle.case;
	return {
		id: c.id,
		title: c.title,
		summary: c.summary,
		articles: c.articles.map((a) => ({ id: a.id, label: a.label, headline: a.headline })),
		annotationCount: c.annotations.length,
		version: contentVersion(keyedOf(record.bundle, resolveKey)),
		source: 'added',
		contentHash: record.contentHash,
		lessons: record.bundle.lessons,
		exercises: record.bundle.exercises.map(({ lesson, exercise }) => ({
			id: exercise.id,
			lesson,
			type: exercise.type,
			prompt: exercise.prompt,
			case: c.id
		}))
	};
}

class AddedCases {
	/** In the order they were added. */
	list: CaseEntry[] = $state.raw([]);
	/** The exercises of every added case, with their keys: the gradebook scores with them. */
	exercises: KeyedExercise[] = $state.raw([]);
	/** 'memory': nothing added lasts beyond this tab. */
	mode: 'starting' | AddedCaseStore['mode'] = $state('starting');
	readonly loaded: Promise<void>;
	/**
	 * Set when an added case cannot be listed because the exercises part (their keys, their version)
	 * did not load: the cases are still stored, and the course map says so.
	 */
	problem = $state('');
	#records = new Map<string, StoredCase>();
	/** The exercises part's key resolver, loaded once there is an added case (src/lib/parts/exercises.ts). */
	#resolveKey: ResolveKey | undefined;
	#listeners = new Set<(id: string) => void>();
	#store: Promise<AddedCaseStore> | undefined;

	constructor() {
		this.loaded = browser ? this.#load() : Promise.resolve();
	}

	#open(): Promise<AddedCaseStore> {
		return (this.#store ??= openAddedCases().then((store) => {
			this.mode = store.mode;
			return store;
		}));
	}

	async #load() {
		try {
			for (const record of await (await this.#open()).list()) this.#records.set(record.id, record);
		} catch (error) {
			console.warn('Sidelight could not list the added cases:', error);
		}
		const packaged = packageConfig()?.addedCase;
		if (packaged) await this.#addPackaged(packaged);
		await this.#loadKeys();
		this.#publish();
	}

	/** Loads what resolves the added cases' keys, if there are any; says so if it cannot. */
	async #loadKeys() {
		if (this.#resolveKey || this.#records.size === 0) return;
		try {
			this.#resolveKey = (await loadPart('exercises')).resolveKey;
			this.problem = '';
		} catch (error) {
			this.problem = `Your added cases are kept in this browser, but cannot be shown: ${(error as Error).message}`;
		}
	}

	/**
	 * An LMS package of an assignment on an added case carries the case's data file: added for this
	 * visit (not stored, the LMS keeps the package), as if the student had opened its case file.
	 */
	async #addPackaged(packaged: PackagedCase) {
		try {
			const bundle = await loadCaseScript(packaged);
			this.#records.set(packaged.id, {
				id: packaged.id,
				title: bundle.case.title,
				contentHash: packaged.contentHash,
				text: '',
				addedAt: new Date(0).toISOString(),
				bundle: { ...bundle, case: unpackCase(bundle.case), contentHash: packaged.contentHash }
			});
		} catch (error) {
			// The assignment page then asks for the case file, naming the case and its version.
			console.warn(`Sidelight could not load ${packaged.file}, the case this package's assignment uses:`, error);
		}
	}

	/**
	 * Told the id of every case added, replaced, removed or put back, so what keeps a case's bundle
	 * (the library's cache) drops the old one. Returns the call that stops telling.
	 */
	onChange(listener: (id: string) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	#changed(id: string) {
		for (const listener of this.#listeners) listener(id);
	}

	#publish() {
		const resolveKey = this.#resolveKey;
		// Without the resolver (it did not load: `problem` says so) nothing is listed, and nothing is lost.
		const records = resolveKey ? [...this.#records.values()].sort((a, b) => (a.addedAt < b.addedAt ? -1 : 1)) : [];
		this.list = records.map((record) => entryOf(record, resolveKey!));
		this.exercises = records.flatMap(({ bundle }) => keyedOf(bundle, resolveKey!));
	}

	/** Validates and adds a case file (a File, or its text); replaces an added case of the same id. */
	async open(file: File | string, context: OpenContext): Promise<OpenOutcome> {
		const fileName = typeof file === 'string' ? 'the case file' : file.name;
		if (typeof file !== 'string' && file.size > MAX_CASE_FILE_BYTES) {
			return {
				type: 'refused',
				fileName,
				message: `${fileName} is far larger than any case file, so it was not read.`,
				problems: []
			};
		}
		const text = typeof file === 'string' ? file : await file.text();
		let readers;
		try {
			readers = await loadReaders();
		} catch (error) {
			return { type: 'refused', fileName, message: `${fileName} was not read: ${(error as Error).message}`, problems: [] };
		}
		const { bundle, problems } = readers.readCaseFile(text, context.categories, fileName);
		if (!bundle) {
			const errors = problems.filter(isError);
			return {
				type: 'refused',
				fileName,
				message: `${fileName} was not added: ${errors.length === 1 ? 'it has a problem' : `it has ${errors.length} problems`} to fix first.`,
				problems
			};
		}
		const clash = context.builtIn.find((c) => c.id === bundle.case.id);
		if (clash) {
			return {
				type: 'refused',
				fileName,
				message: `${fileName} was not added: its id “${bundle.case.id}” is the id of the built-in case “${clash.title}”. Give the case another id in the editor and export it again.`,
				problems: []
			};
		}
		await this.loaded;
		const record: StoredCase = {
			id: bundle.case.id,
			title: bundle.case.title,
			contentHash: bundle.contentHash,
			text,
			...(typeof file === 'string' ? {} : { fileName }),
			addedAt: new Date().toISOString(),
			bundle
		};
		const replaced = this.#records.has(record.id);
		let notSaved: SaveError | undefined;
		try {
			await (await this.#open()).put(record);
		} catch (error) {
			notSaved = error instanceof SaveError ? error : toSaveError(error);
		}
		// Kept for this tab either way: the student can work with it now, and is told it will not last.
		this.#records.set(record.id, record);
		await this.#loadKeys();
		this.#publish();
		this.#changed(record.id);
		return { type: 'added', id: record.id, title: record.title, replaced, warnings: problems, ...(notSaved ? { notSaved } : {}) };
	}

	/** Removes an added case; returns it so an Undo can put it back. Throws SaveError, changing nothing. */
	async remove(id: string): Promise<StoredCase | undefined> {
		await this.loaded;
		const record = this.#records.get(id);
		if (!record) return undefined;
		await (await this.#open()).remove(id);
		this.#records.delete(id);
		this.#publish();
		this.#changed(id);
		return record;
	}

	/** Puts a removed case back (Undo). Throws SaveError, changing nothing. */
	async restore(record: StoredCase): Promise<void> {
		await (await this.#open()).put(record);
		this.#records.set(record.id, record);
		await this.#loadKeys();
		this.#publish();
		this.#changed(record.id);
	}

	/** The case as a data file would hold it (CaseBundle of src/lib/library/types.ts: the case packed). */
	async bundle(id: string): Promise<PackedCaseBundle | undefined> {
		await this.loaded;
		const record = this.#records.get(id);
		return record ? packBundle(record.bundle) : undefined;
	}

	/** The validated case, unpacked, with its content hash. */
	async validated(id: string): Promise<AddedCaseBundle | undefined> {
		await this.loaded;
		return this.#records.get(id)?.bundle;
	}

	/** Id → content hash of every added case, for the gradebook (SLA3 assignments). */
	hashes(): Map<string, string> {
		return new Map(this.list.map((c) => [c.id, c.contentHash ?? '']));
	}
}

export const addedCases = new AddedCases();
