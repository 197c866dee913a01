// The same records in memory, for a browser that blocks storage (or an IndexedDB this copy
// cannot open): every page keeps working, and nothing lasts beyond the tab. Transactions run one
// at a time and apply their writes only when the body finishes, like IndexedDB's.
import type { Change, Db, Entry, Key, StoreName, Tx } from './database.js';

const keyText = (key: Key) => JSON.stringify(key);

export function memoryDatabase(name = 'memory'): Db {
	const stores = new Map<StoreName, Map<string, { key: Key; value: unknown }>>();
	const storeOf = (name: StoreName) => stores.get(name) ?? stores.set(name, new Map()).get(name)!;
	let queue: Promise<unknown> = Promise.resolve();
	return {
		name,
		run(_stores, _mode, body) {
			const run = queue.then(async () => {
				const writes: (() => void)[] = [];
				const pending = new Map<string, { key: Key; value: unknown } | null>();
				const tx: Tx = {
					get: async <T>(store: StoreName, key: Key) => {
						const staged = pending.get(`${store}:${keyText(key)}`);
						if (staged !== undefined) return (staged?.value ?? undefined) as T | undefined;
						return structuredClone(storeOf(store).get(keyText(key))?.value) as T | undefined;
					},
					all: async <T>(store: StoreName, scope?: string) =>
						[...storeOf(store).values()]
							.filter((e) => scope === undefined || (Array.isArray(e.key) && e.key[0] === scope))
							.map((e) => structuredClone(e) as Entry<T>),
					put: async (store, key, value) => {
						const copy = structuredClone(value);
						pending.set(`${store}:${keyText(key)}`, { key, value: copy });
						writes.push(() => storeOf(store).set(keyText(key), { key, value: copy }));
					},
					delete: async (store, key) => {
						pending.set(`${store}:${keyText(key)}`, null);
						writes.push(() => storeOf(store).delete(keyText(key)));
					}
				};
				const result = await body(tx);
				for (const write of writes) write();
				return result;
			});
			queue = run.catch(() => {});
			return run;
		},
		onChange(_listener: (changes: Change[]) => void) {},
		close() {}
	};
}
