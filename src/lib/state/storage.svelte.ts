// This copy's connection to its stored records, opened once per page, and what the page must say
// about storage as a whole: that it works in memory only (blocked storage), and which unreadable
// data was set aside, for download and then removal.
import { browser } from '$app/env';
import { builtInIndex } from '../app/built-in-index.js';
import { connect, type Connection } from '../persistence/connect.js';
import type { Db, Key } from '../persistence/database.js';
import { listUnreadable, removeUnreadable, type Unreadable } from '../persistence/records.js';
import { parseStoredProgress, serializeProgress, type ExerciseProgress } from '../progress/progress.js';

/** One exercise's stored progress if the domain accepts it, else null. */
export function readStoredEntry(value: unknown): ExerciseProgress | null {
	return parseStoredProgress(serializeProgress({ entry: value as ExerciseProgress }))?.entry ?? null;
}

class StorageStatus {
	mode: 'starting' | Connection['mode'] = $state('starting');
	reason: Connection['reason'] = $state();
	unreadable: { key: Key; value: Unreadable }[] = $state.raw([]);

	async refreshUnreadable() {
		try {
			this.unreadable = await listUnreadable(await database());
		} catch {
			// Listing is a courtesy; the data stays where it is.
		}
	}

	/** Removes data set aside, after the person confirmed (and could download it first). */
	async discard(key: Key) {
		await removeUnreadable(await database(), key);
		await this.refreshUnreadable();
	}
}

export const storage = new StorageStatus();

// No initialiser, on purpose: this module is in an import cycle (course → lessons → Exercise →
// progress store → here), so a store may call database() before this module has finished
// evaluating, and `= null` would then reset the connection it made and open a second one.
let connection: Promise<Db> | undefined;

/** This copy's database (or memory), the same promise for every store on the page. */
export function database(): Promise<Db> {
	if (!browser) return new Promise(() => {});
	// A microtask later: stores are built while the bundle's modules are still evaluating, and the
	// course they name the database by may not be there yet.
	connection ??= Promise.resolve()
		.then(() =>
			// Named by the built-in cases and the version of every built-in exercise, computed by the build
			// (contentVersion() of them all, the same value as when the browser computed it).
			connect({ caseIds: builtInIndex.cases.map((c) => c.id), contentVersion: builtInIndex.contentVersion }, readStoredEntry)
		)
		.then((c) => {
			storage.mode = c.mode;
			storage.reason = c.reason;
			c.db.onChange((changes) => {
				if (changes.some((change) => change.store === 'unreadable')) void storage.refreshUnreadable();
			});
			void storage.refreshUnreadable();
			return c.db;
		});
	return connection;
}
