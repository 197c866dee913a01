// Opens this copy's records once per page: IndexedDB when the browser allows it, else memory,
// with the reason, so the page can say that nothing will be kept. Before the first use it copies
// an older version's records (a new database only) and moves 0.1.0's localStorage data in.
import { databaseName, openDatabase, type Db } from './database.js';
import { copyForward, markOpened } from './copy-forward.js';
import { migrateLocalStorage, type KeyValueStorage } from './legacy-local-storage.js';
import { memoryDatabase } from './memory.js';

export interface Connection {
	db: Db;
	/** 'memory': nothing outlives the tab. */
	mode: 'indexeddb' | 'memory';
	/** Why memory, in words for the notice. */
	reason?: 'blocked' | 'newer';
}

export interface Identity {
	caseIds: readonly string[];
	contentVersion: string;
}

/** localStorage, or null when reading it throws (SecurityError with site data blocked). */
export function safeLocalStorage(): KeyValueStorage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}

export async function connect(identity: Identity, readProgress: (value: unknown) => unknown | null): Promise<Connection> {
	const name = databaseName(identity.caseIds, identity.contentVersion);
	let db: Db;
	let created: boolean;
	try {
		({ db, created } = await openDatabase(name));
	} catch (error) {
		const newer = (error as { name?: string })?.name === 'VersionError';
		console.warn('Sidelight keeps this tab’s work in memory only:', error);
		return { db: memoryDatabase(name), mode: 'memory', reason: newer ? 'newer' : 'blocked' };
	}
	try {
		if (created) await copyForward(db);
		await migrateLocalStorage(db, safeLocalStorage(), readProgress);
		await markOpened(db);
	} catch (error) {
		// Nothing is lost by a failed copy or move (the originals stay); the page works with what it has.
		console.warn('Sidelight could not bring older data over:', error);
	}
	void askToPersist();
	return { db, mode: 'indexeddb' };
}

/** Asks the browser not to clear Sidelight's data under storage pressure, where it offers that. */
async function askToPersist() {
	try {
		if (navigator.storage?.persist && !(await navigator.storage.persisted())) await navigator.storage.persist();
	} catch {
		// Not offered here: the data is kept as long as the browser keeps it.
	}
}
