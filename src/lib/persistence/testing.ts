// Test helpers: a fresh fake IndexedDB per test (fake-indexeddb, in Node) and a localStorage
// stand-in holding a fixture's keys.
import { IDBFactory } from 'fake-indexeddb';
import type { KeyValueStorage } from './legacy-local-storage.js';

export function freshIndexedDb() {
	globalThis.indexedDB = new IDBFactory();
}

export function fakeLocalStorage(entries: Record<string, string>): KeyValueStorage & { entries: Map<string, string> } {
	const map = new Map(Object.entries(entries));
	return {
		entries: map,
		get length() {
			return map.size;
		},
		key: (i) => [...map.keys()][i] ?? null,
		getItem: (k) => map.get(k) ?? null,
		removeItem: (k) => void map.delete(k)
	};
}
