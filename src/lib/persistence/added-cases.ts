// Cases opened from a case file, kept in this browser in their OWN IndexedDB database,
// `sidelight/added-cases`: not in the per-content-version database (database.ts), which a new
// version of the built-in content replaces, since an added case belongs to no version of the
// course. Each record keeps the case file's text (to re-read or hand on) and the validated bundle
// (so a page can show the case without validating it again). A refused or full store throws a
// SaveError with the words to show; a browser that blocks storage gets an in-memory store.
import { openDB, type IDBPDatabase } from 'idb';
import type { AddedCaseBundle } from '../sharing/case-file.js';
import { toSaveError } from './save-error.js';

export const ADDED_CASES_DATABASE = 'sidelight/added-cases';
const STORE = 'cases';
const VERSION = 1;

export interface StoredCase {
	id: string;
	title: string;
	contentHash: string;
	/** The case file as it was opened, character for character. */
	text: string;
	/** Its name when it came from a file. */
	fileName?: string;
	/** new Date().toISOString() when it was added. */
	addedAt: string;
	bundle: AddedCaseBundle;
}

export interface AddedCaseStore {
	/** 'memory': the browser refused storage, so added cases last as long as the tab. */
	readonly mode: 'indexeddb' | 'memory';
	list(): Promise<StoredCase[]>;
	/** Adds or replaces; rejects with a SaveError (nothing changed) when the browser refuses. */
	put(record: StoredCase): Promise<void>;
	remove(id: string): Promise<void>;
}

/** The browser's store, or one in memory (with mode 'memory') when IndexedDB is missing or blocked. */
export async function openAddedCases(): Promise<AddedCaseStore> {
	let db: IDBPDatabase;
	try {
		db = await openDB(ADDED_CASES_DATABASE, VERSION, {
			upgrade(database) {
				database.createObjectStore(STORE, { keyPath: 'id' });
			}
		});
	} catch (error) {
		console.warn('Sidelight keeps added cases in memory only:', error);
		return memoryAddedCases();
	}
	const attempt = async <T>(body: () => Promise<T>): Promise<T> => {
		try {
			return await body();
		} catch (error) {
			throw toSaveError(error);
		}
	};
	return {
		mode: 'indexeddb',
		list: () => attempt(async () => ((await db.getAll(STORE)) as StoredCase[]).sort(byAdded)),
		put: (record) => attempt(async () => void (await db.put(STORE, record))),
		remove: (id) => attempt(async () => void (await db.delete(STORE, id)))
	};
}

export function memoryAddedCases(): AddedCaseStore {
	const records = new Map<string, StoredCase>();
	return {
		mode: 'memory',
		list: async () => [...records.values()].map((r) => structuredClone(r)).sort(byAdded),
		put: async (record) => void records.set(record.id, structuredClone(record)),
		remove: async (id) => void records.delete(id)
	};
}

function byAdded(a: StoredCase, b: StoredCase): number {
	return a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : a.id < b.id ? -1 : 1;
}
