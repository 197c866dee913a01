// A copy of Sidelight opening its database for the first time starts from the records of the
// newest other database of the same cases (an older version of the same course, see
// database.ts): copied, never moved, so the older copy keeps working with all of its own data.
import { openDB } from 'idb';
import { STORE_NAMES, casesOf, type Db, type StoreName } from './database.js';

export const OPENED_KEY = 'opened-at';

/** Copies into `db` the records of the most recently opened other database of the same cases; returns its name. */
export async function copyForward(db: Db): Promise<string | null> {
	const cases = casesOf(db.name);
	if (!cases || typeof indexedDB.databases !== 'function') return null;
	const others = (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n !== db.name && casesOf(n) === cases);
	let newest: { name: string; opened: number } | null = null;
	for (const name of others) {
		const other = await openDB(name);
		try {
			if (!other.objectStoreNames.contains('meta')) continue;
			const opened = Number((await other.get('meta', OPENED_KEY)) ?? 0);
			if (!newest || opened > newest.opened) newest = { name, opened };
		} finally {
			other.close();
		}
	}
	if (!newest) return null;
	const source = await openDB(newest.name);
	try {
		const stores = STORE_NAMES.filter((s) => s !== 'unreadable' && source.objectStoreNames.contains(s));
		const records: { store: StoreName; key: IDBValidKey; value: unknown }[] = [];
		for (const store of stores) {
			const tx = source.transaction(store);
			const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
			records.push(...keys.map((key, i) => ({ store, key, value: values[i] })));
		}
		await db.run(stores, 'readwrite', async (tx) => {
			for (const r of records) if (r.key !== OPENED_KEY) await tx.put(r.store, r.key as string, r.value);
		});
	} finally {
		source.close();
	}
	return newest.name;
}

export async function markOpened(db: Db, now = Date.now()): Promise<void> {
	await db.run(['meta'], 'readwrite', (tx) => tx.put('meta', OPENED_KEY, now));
}
