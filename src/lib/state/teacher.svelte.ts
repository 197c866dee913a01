// The teacher's own data in this browser: the assignments they made (or added by code) and the
// gradebook, over IndexedDB. Every change is one transaction that reads the stored gradebook,
// applies the change and writes it back (two tabs importing at once both keep their students),
// and resolves only once committed; on failure it throws a SaveError and the page's state is
// unchanged. The gradebook is stored as the domain's own backup text (compacted), so a change to
// the gradebook's format needs no change here.
import { browser } from '$app/env';
import { decodeAssignment, encodeAssignment } from '../assignments/assignment-code.js';
import type { Assignment } from '../assignments/types.js';
import { emptyGradebook, importResult } from '../gradebook/import-result.js';
import { BackupError, exportBackup, restoreBackup } from '../gradebook/backup.js';
import { mergeGradebooks } from '../gradebook/records.js';
import type { Gradebook, ImportOutcome } from '../gradebook/types.js';
import type { KeyedExercise } from '../course/types.js';
import type { Db, Tx } from '../persistence/database.js';
import {
	addAssignmentCode,
	compactJson,
	gradebookKey,
	listAssignments,
	readGradebookText,
	readMeta,
	setGradebookAside
} from '../persistence/records.js';
import { SaveError, toSaveError } from '../persistence/save-error.js';
import { database, storage } from './storage.svelte.js';

const CHANGED = 'teacher:gradebook-changed-at';
const BACKED_UP = 'teacher:gradebook-backed-up-at';
type KeyedMap = ReadonlyMap<string, KeyedExercise>;
let provideExercises: (load: () => Promise<KeyedMap>) => void = () => {};
const exercisesLoader = new Promise<() => Promise<KeyedMap>>((resolve) => (provideExercises = resolve));

/**
 * The teacher's own exercises with keys, which the gradebook is rebuilt and re-scored against: the
 * teacher pages pass the library's (their cases load then), so no other page loads case data.
 */
export function useTeacherExercises(load: () => Promise<KeyedMap>): void {
	provideExercises(load);
}

class TeacherStore {
	/** Newest first. Stored as their codes, so a damaged entry is caught by the code's checksum. */
	// Raw: both are replaced whole on every change, never mutated in place.
	assignments: Assignment[] = $state.raw([]);
	gradebook: Gradebook = $state.raw(emptyGradebook());
	ready = $state(false);
	/** The stored gradebook was saved by a newer Sidelight: shown, never overwritten. */
	readOnly: string | null = $state(null);
	/** When the gradebook last changed and was last exported (ms), for the backup reminder. */
	changedAt = $state(0);
	backedUpAt = $state(0);
	readonly loaded: Promise<void>;

	constructor() {
		this.loaded = browser ? this.start() : Promise.resolve();
	}

	/** True when the gradebook changed since the last backup was exported. */
	get needsBackup(): boolean {
		return this.changedAt > this.backedUpAt;
	}

	private exercises: KeyedMap = new Map();

	private async start() {
		this.exercises = await (await exercisesLoader)();
		const db = await database();
		await this.load(db);
		this.ready = true;
		db.onChange((changes) => {
			if (changes.some((c) => c.store === 'assignments' || c.store === 'gradebook' || c.store === 'meta')) void this.load(db);
		});
	}

	private async load(db: Db) {
		try {
			const entries = await listAssignments(db);
			const assignments: Assignment[] = [];
			for (const { value } of entries) {
				try {
					assignments.push(decodeAssignment(value.code));
				} catch {
					// A damaged code cannot be used; it stays stored and the others load.
				}
			}
			this.assignments = assignments;
			this.gradebook = await this.readBook(db);
			this.changedAt = (await readMeta<number>(db, CHANGED)) ?? 0;
			this.backedUpAt = (await readMeta<number>(db, BACKED_UP)) ?? 0;
		} catch (error) {
			console.warn('Sidelight could not read the teacher’s data:', error);
		}
	}

	private async readBook(db: Db): Promise<Gradebook> {
		const text = await readGradebookText(db);
		if (text === undefined) return emptyGradebook();
		try {
			this.readOnly = null;
			return this.parse(text);
		} catch (error) {
			if (error instanceof BackupError && error.type === 'newer-version') {
				this.readOnly = error.message;
				return emptyGradebook();
			}
			// Unreadable: set aside once (offered for download), and start an empty gradebook.
			await setGradebookAside(db, text);
			void storage.refreshUnreadable();
			return emptyGradebook();
		}
	}

	/** Adds an assignment (made here, or pasted as a code); a known one is left as it is. Throws SaveError. */
	addAssignment(assignment: Assignment): Promise<void> {
		const adding = this.#addAssignment(assignment);
		// Remembered until stored, so an import begun meanwhile finds the assignment (see settled()).
		this.#adding.add(adding);
		void adding.catch(() => {}).finally(() => this.#adding.delete(adding));
		return adding;
	}

	async #addAssignment(assignment: Assignment): Promise<void> {
		await this.loaded;
		await this.write(['assignments'], (tx) => addAssignmentCode(tx, assignment.id, encodeAssignment(assignment)));
		if (!this.assignments.some((a) => a.id === assignment.id)) this.assignments = [assignment, ...this.assignments];
	}

	#adding = new Set<Promise<void>>();

	/**
	 * Resolves once every assignment being added is stored (or has failed, which its own caller
	 * shows): a teacher who pastes a result code right after adding its assignment is not refused.
	 */
	async settled(): Promise<void> {
		await this.loaded;
		await Promise.allSettled([...this.#adding]);
	}

	async removeAssignment(id: string): Promise<void> {
		await this.loaded;
		await this.write(['assignments'], (tx) => tx.delete('assignments', id));
		this.assignments = this.assignments.filter((a) => a.id !== id);
	}

	find(id: string): Assignment | undefined {
		return this.assignments.find((a) => a.id === id) ?? this.gradebook.assignments[id]?.assignment;
	}

	/**
	 * Applies `change` to the stored gradebook in one transaction (a change returning the same
	 * book writes nothing). Throws SaveError (or what `change` throws); the page's gradebook
	 * changes only once the new one is stored.
	 */
	async updateGradebook(change: (book: Gradebook) => Gradebook): Promise<void> {
		await this.loaded;
		if (this.readOnly) throw new SaveError('other', `Not saved: ${this.readOnly}`);
		const now = Date.now();
		let changed = false;
		const next = await this.write(['gradebook', 'meta'], async (tx) => {
			const text = await tx.get<string>('gradebook', gradebookKey);
			let before: Gradebook;
			try {
				before = this.parse(text);
			} catch {
				// Unreadable and not yet set aside (no room, or another tab wrote it): never written over.
				throw new SaveError(
					'other',
					'Not saved: the gradebook stored in this browser cannot be read, so nothing is written over it. Free some space and reload the page.'
				);
			}
			const book = change(before);
			if (book === before) return book;
			const written = compactJson(exportBackup(book));
			await tx.put('gradebook', gradebookKey, written);
			await tx.put('meta', CHANGED, now);
			changed = true;
			this.remember(written, book);
			return book;
		});
		if (changed) {
			this.gradebook = next;
			this.changedAt = Math.max(this.changedAt, now);
		}
	}

	// The text last read or written and its gradebook: parsing a big gradebook (every hand-in code
	// decoded again) for each of 30 imports in a row would be quadratic; books are never mutated.
	private last: { text: string; book: Gradebook } | null = null;
	private remember(text: string, book: Gradebook) {
		this.last = { text, book };
	}
	private parse(text: string | undefined): Gradebook {
		if (text === undefined) return emptyGradebook();
		if (this.last?.text === text) return this.last.book;
		const book = restoreBackup(text, this.exercises);
		this.remember(text, book);
		return book;
	}

	/** Imports one result, built on updateGradebook; a refusal or duplicate writes nothing. Throws SaveError. */
	async import(
		assignment: Assignment,
		exercises: ReadonlyMap<string, KeyedExercise>,
		text: string,
		addedCases?: ReadonlyMap<string, string>
	): Promise<ImportOutcome> {
		let outcome: ImportOutcome | undefined;
		await this.updateGradebook((book) => {
			const imported = importResult(book, assignment, exercises, text, addedCases);
			outcome = imported.outcome;
			return imported.book;
		});
		return outcome!;
	}

	backup(): string {
		return exportBackup(this.gradebook);
	}

	/** The teacher exported a backup: the reminder goes until the gradebook changes again. */
	async markBackedUp(): Promise<void> {
		const now = Date.now();
		this.backedUpAt = now;
		try {
			await this.write(['meta'], (tx) => tx.put('meta', BACKED_UP, now));
		} catch {
			// Only the reminder's memory: the backup file itself is already saved.
		}
	}

	/**
	 * Replaces the gradebook with a backup's, or merges the backup into it; throws BackupError or
	 * SaveError, leaving everything as it was. The backup is rebuilt and re-scored from its codes.
	 */
	async restore(text: string, how: 'replace' | 'merge' = 'replace'): Promise<void> {
		await this.loaded;
		const restored = restoreBackup(text, this.exercises);
		const now = Date.now();
		let book = restored;
		await this.write(['gradebook', 'assignments', 'meta'], async (tx) => {
			if (how === 'merge') book = mergeGradebooks(this.parse(await tx.get<string>('gradebook', gradebookKey)), restored);
			const written = compactJson(exportBackup(book));
			await tx.put('gradebook', gradebookKey, written);
			await tx.put('meta', CHANGED, now);
			this.remember(written, book);
			for (const record of Object.values(book.assignments))
				await addAssignmentCode(tx, record.assignment.id, encodeAssignment(record.assignment));
		});
		this.gradebook = book;
		this.readOnly = null;
		this.changedAt = now;
		const known = new Set(this.assignments.map((a) => a.id));
		const added = Object.values(book.assignments)
			.map((r) => r.assignment)
			.filter((a) => !known.has(a.id));
		this.assignments = [...added, ...this.assignments];
	}

	private async write<R>(stores: Parameters<Db['run']>[0], body: (tx: Tx) => Promise<R>): Promise<R> {
		const db = await database();
		try {
			return await db.run(stores, 'readwrite', body);
		} catch (error) {
			if (error instanceof BackupError) throw error;
			throw error instanceof SaveError || isStorageError(error) ? toSaveError(error) : error;
		}
	}
}

function isStorageError(error: unknown): boolean {
	return error instanceof DOMException;
}

export const teacher = new TeacherStore();
