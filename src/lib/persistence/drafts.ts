// The case editor's drafts in IndexedDB, in a database of their own (`sidelight/author-drafts`),
// apart from the per-content databases of answers and gradebooks (database.ts): a draft belongs to
// no case yet, must survive a new copy of the site, and a broken draft must never touch a student's
// records. Every change is saved shortly after it is made (the Autosaver below debounces), and a
// failed write says why (save-error.ts) while the page keeps the draft in memory.
import { openDB, type IDBPDatabase } from 'idb';
import type { CaseDraft } from '../authoring/files/draft.js';
import { toSaveError, type SaveError } from './save-error.js';

export const DRAFTS_DATABASE = 'sidelight/author-drafts';
const STORE = 'drafts';
const VERSION = 1;

export interface StoredDraft {
	key: string;
	/** The case's title when last saved, for the list of drafts to resume. */
	title: string;
	caseId: string;
	/** Milliseconds since 1970, of the last save. */
	updated: number;
	draft: CaseDraft;
}

export type DraftSummary = Omit<StoredDraft, 'draft'>;

export interface DraftStore {
	/** Newest first. */
	list(): Promise<DraftSummary[]>;
	load(key: string): Promise<StoredDraft | undefined>;
	/** Resolves once committed; rejects with a SaveError (storage full, refused…). */
	save(key: string, draft: CaseDraft): Promise<void>;
	remove(key: string): Promise<void>;
	close(): void;
}

/** A key for a new draft: time first, so keys sort by creation, then randomness against two tabs at once. */
export function newDraftKey(now = Date.now()): string {
	return `draft-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export async function openDrafts(name = DRAFTS_DATABASE): Promise<DraftStore> {
	let db: IDBPDatabase;
	try {
		db = await openDB(name, VERSION, {
			upgrade(database) {
				database.createObjectStore(STORE, { keyPath: 'key' });
			}
		});
	} catch (error) {
		throw toSaveError(error);
	}
	db.addEventListener('versionchange', () => db.close());
	return {
		async list() {
			const all = (await db.getAll(STORE)) as StoredDraft[];
			return all
				.map(({ key, title, caseId, updated }) => ({ key, title, caseId, updated }))
				.sort((a, b) => b.updated - a.updated);
		},
		load: async (key) => (await db.get(STORE, key)) as StoredDraft | undefined,
		async save(key, draft) {
			const record: StoredDraft = { key, title: draft.case.title, caseId: draft.case.id, updated: Date.now(), draft };
			try {
				const tx = db.transaction(STORE, 'readwrite');
				await Promise.all([tx.store.put(record), tx.done]);
			} catch (error) {
				throw toSaveError(error);
			}
		},
		async remove(key) {
			try {
				const tx = db.transaction(STORE, 'readwrite');
				await Promise.all([tx.store.delete(key), tx.done]);
			} catch (error) {
				throw toSaveError(error);
			}
		},
		close: () => db.close()
	};
}

/**
 * How long after the last change a draft is written. Short enough that a crash loses at most a
 * few keystrokes (the brief allows 300 ms), long enough that typing is not one write per key.
 */
export const AUTOSAVE_DELAY_MS = 250;

export type SaveState = { kind: 'saved' } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'failed'; error: SaveError };

/**
 * Writes the latest draft it was given, `delay` ms after the last change, one write at a time;
 * `flush` writes at once (on pagehide, or when the page is hidden). A failed write is reported and
 * the draft stays pending, so the next change (or flush) tries again: nothing is dropped.
 */
export class Autosaver {
	private latest: CaseDraft | undefined;
	private timer: ReturnType<typeof setTimeout> | undefined;
	private running: Promise<void> | undefined;

	constructor(
		private readonly write: (draft: CaseDraft) => Promise<void>,
		private readonly onState: (state: SaveState) => void,
		private readonly delay = AUTOSAVE_DELAY_MS
	) {}

	change(draft: CaseDraft): void {
		this.latest = draft;
		this.onState({ kind: 'pending' });
		clearTimeout(this.timer);
		this.timer = setTimeout(() => void this.flush(), this.delay);
	}

	/** Writes what is pending now; resolves when it is written (or failed). */
	async flush(): Promise<void> {
		clearTimeout(this.timer);
		this.timer = undefined;
		if (this.running) await this.running;
		const draft = this.latest;
		if (!draft) return;
		this.latest = undefined;
		this.onState({ kind: 'saving' });
		this.running = this.write(draft).then(
			() => {
				// A change made while writing is written next; until then the page shows it pending.
				this.onState(this.latest ? { kind: 'pending' } : { kind: 'saved' });
			},
			(error) => {
				this.latest ??= draft;
				this.onState({ kind: 'failed', error: toSaveError(error) });
			}
		);
		await this.running;
		this.running = undefined;
		if (this.latest && !this.timer && this.latest !== draft) await this.flush();
	}

	/** Whether a change has not reached storage yet. */
	get unsaved(): boolean {
		return this.latest !== undefined;
	}
}
