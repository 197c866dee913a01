// Sidelight's records in IndexedDB: one small schema, opened through `idb`, with versioned
// migrations, and every change made in one transaction so a failed write changes nothing.
//
// Namespacing (why the database name carries the course): every file:// page in Chromium shares
// one storage origin, so two copies of Sidelight on one computer (an old and a new version, or
// two different cases) see each other's IndexedDB databases. Each copy therefore opens its own
// database, named from what it holds:
//
//     sidelight/<case ids, joined by +>/<content version of all its exercises>
//
// e.g. `sidelight/ukraine-55000/1a2b3c4d`. Copies with the same content share records (they would
// score the same answers the same way); copies that differ in a case or in any exercise never
// read, rewrite or delete each other's records, so neither can take the other's data for
// "unreadable". When a copy opens its database for the first time, it may copy (never move) the
// records of the newest other database of the same cases: an updated copy starts with the
// student's answers and the teacher's gradebook, and the old copy keeps all of its own.
//
// The schema version inside one name only ever grows by the migrations below. A copy that finds
// its database at a newer version (saved by a newer Sidelight with the same content) cannot open
// it; it works in memory and says so rather than touch that data.
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { toSaveError } from './save-error.js';

/** Object stores. Keys: progress [scope, exerciseId]; meta, assignments, gradebook, unreadable: strings. */
export type StoreName = 'progress' | 'meta' | 'assignments' | 'gradebook' | 'unreadable';
export const STORE_NAMES: readonly StoreName[] = ['progress', 'meta', 'assignments', 'gradebook', 'unreadable'];
export type Key = string | string[];

export const SCHEMA_VERSION = 1;
export const NAME_PREFIX = 'sidelight/';

/** Migration n takes a database from version n to n + 1 (index 0: creating it). */
const MIGRATIONS: ((db: IDBPDatabase) => void)[] = [
	(db) => {
		for (const name of STORE_NAMES) db.createObjectStore(name);
	}
];

export interface Entry<T> {
	key: Key;
	value: T;
}

/** The operations a transaction body may use; it must await nothing else (IndexedDB commits when idle). */
export interface Tx {
	get<T>(store: StoreName, key: Key): Promise<T | undefined>;
	/** Every entry of a store, or of one progress scope (keys [scope, …]). */
	all<T>(store: StoreName, scope?: string): Promise<Entry<T>[]>;
	put(store: StoreName, key: Key, value: unknown): Promise<void>;
	delete(store: StoreName, key: Key): Promise<void>;
}

export interface Change {
	store: StoreName;
	key: Key;
}

export interface Db {
	readonly name: string;
	/** Runs `body` in one transaction; resolves only once it committed, else rejects with a SaveError. */
	run<R>(stores: readonly StoreName[], mode: 'readonly' | 'readwrite', body: (tx: Tx) => Promise<R>): Promise<R>;
	/** Called with the changes another tab committed. */
	onChange(listener: (changes: Change[]) => void): void;
	close(): void;
}

export function databaseName(caseIds: readonly string[], contentVersion: string): string {
	return `${NAME_PREFIX}${[...caseIds].sort().join('+')}/${contentVersion}`;
}

/** The case ids a Sidelight database name holds, or null for any other database. */
export function casesOf(name: string): string | null {
	const match = /^sidelight\/([^/]+)\/[^/]+$/.exec(name);
	return match ? match[1] : null;
}

type AnyTx = IDBPTransaction<unknown, StoreName[], 'readonly' | 'readwrite'>;

function scopeRange(scope: string): IDBKeyRange {
	// Arrays sort after strings in IndexedDB, so [scope, []] is above every [scope, id].
	return IDBKeyRange.bound([scope], [scope, []]);
}

function wrap(tx: AnyTx, changes: Change[]): Tx {
	return {
		get: async (store, key) => (await tx.objectStore(store).get(key)) as never,
		all: async (store, scope) => {
			const range = scope === undefined ? undefined : scopeRange(scope);
			const objectStore = tx.objectStore(store);
			const [keys, values] = await Promise.all([objectStore.getAllKeys(range), objectStore.getAll(range)]);
			return keys.map((key, i) => ({ key: key as Key, value: values[i] }));
		},
		put: async (store, key, value) => {
			await tx.objectStore(store).put!(value, key);
			changes.push({ store, key });
		},
		delete: async (store, key) => {
			await tx.objectStore(store).delete!(key);
			changes.push({ store, key });
		}
	};
}

/** Opens (creating or migrating) a Sidelight database. Throws if IndexedDB is missing, blocked or newer. */
export async function openDatabase(name: string): Promise<{ db: Db; created: boolean }> {
	let created = false;
	const idb = await openDB(name, SCHEMA_VERSION, {
		upgrade(db, oldVersion) {
			created = oldVersion === 0;
			for (let v = oldVersion; v < SCHEMA_VERSION; v++) MIGRATIONS[v](db as IDBPDatabase);
		},
		// Another tab holds an older version open: it is asked to close (below), so this waits briefly.
		blocked() {}
	});
	const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : null;
	const listeners: ((changes: Change[]) => void)[] = [];
	if (channel) channel.onmessage = (event) => listeners.forEach((l) => l(event.data as Change[]));
	idb.addEventListener('versionchange', () => idb.close());
	const db: Db = {
		name,
		async run(stores, mode, body) {
			const changes: Change[] = [];
			let tx: AnyTx;
			try {
				tx = idb.transaction([...stores], mode) as unknown as AnyTx;
			} catch (error) {
				throw toSaveError(error);
			}
			const done = tx.done;
			let result;
			try {
				result = await body(wrap(tx, changes));
			} catch (error) {
				// The body's own refusal (a domain error) goes up as it is; nothing it wrote is kept.
				done.catch(() => {});
				try {
					tx.abort();
				} catch {
					// already finished or aborted
				}
				throw (error as { name?: string })?.name === 'QuotaExceededError' ? toSaveError(error) : error;
			}
			try {
				await done;
			} catch (error) {
				throw toSaveError(error);
			}
			if (changes.length) channel?.postMessage(changes);
			return result;
		},
		onChange: (listener) => void listeners.push(listener),
		close() {
			channel?.close();
			idb.close();
		}
	};
	return { db, created };
}
