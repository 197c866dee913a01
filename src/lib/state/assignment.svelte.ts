// A student's work on one assignment, in this browser: their name, their answers (a progress
// store of its own, so the assignment never mixes with their course progress) and, once handed
// in, the result code. Survives reloads. The hand-in is checked against what is stored inside
// the same transaction that writes it, so a second tab can neither hand in again nor, by
// changing the name, erase the hand-in; the other tab follows at once.
import { browser } from '$app/env';
import type { Db } from '../persistence/database.js';
import { readMeta, storeHandIn, storeName, type StoredMeta } from '../persistence/records.js';
import { toSaveError } from '../persistence/save-error.js';
import { ProgressStore } from './progress.svelte.js';
import { database } from './storage.svelte.js';

export type HandedIn = NonNullable<StoredMeta['handedIn']>;

const NONE: StoredMeta = { name: '', handedIn: null };

export class AssignmentWork {
	readonly progress: ProgressStore;
	meta: StoredMeta = $state.raw(NONE);
	ready = $state(false);
	readonly loaded: Promise<void>;
	private readonly key: string;

	constructor(assignmentId: string) {
		this.key = `assignment:${assignmentId}`;
		this.progress = new ProgressStore(this.key, this.key);
		this.loaded = browser ? this.load() : Promise.resolve();
	}

	private async load() {
		const db = await database();
		this.meta = (await readMeta<StoredMeta>(db, this.key).catch(() => undefined)) ?? NONE;
		this.ready = true;
		db.onChange(async (changes) => {
			if (changes.some((c) => c.store === 'meta' && c.key === this.key))
				this.meta = (await readMeta<StoredMeta>(db, this.key)) ?? NONE;
		});
	}

	/** Saves the name; refused (SaveError 'handed-in') once handed in, in this tab or another. */
	setName(name: string): Promise<void> {
		return this.write((db) => storeName(db, this.key, name));
	}

	/** Saves the hand-in; refused (SaveError 'handed-in') if one is already stored. Resolves once stored. */
	handIn(handedIn: HandedIn): Promise<void> {
		return this.write((db) => storeHandIn(db, this.key, handedIn));
	}

	private async write(store: (db: Db) => Promise<StoredMeta>) {
		await this.loaded;
		const db = await database();
		try {
			this.meta = await store(db);
		} catch (error) {
			// Show what is really stored (a hand-in made in another tab), then say why.
			this.meta = (await readMeta<StoredMeta>(db, this.key).catch(() => undefined)) ?? this.meta;
			throw toSaveError(error);
		}
	}
}
