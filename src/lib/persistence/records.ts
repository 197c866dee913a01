// What Sidelight keeps, as operations over the database: progress per exercise (so two tabs
// never overwrite each other's answers), an assignment's name and hand-in (checked inside the
// write, so a stale tab cannot hand in twice or erase a hand-in), the teacher's assignments, the
// gradebook as the domain's own text, and unreadable data set aside once for download.
import type { Db, Key, Tx } from './database.js';
import { saveError } from './save-error.js';

export interface Unreadable {
	/** What it was, e.g. "gradebook" or "progress course l1-x": shown to the person and used as the file name. */
	source: string;
	/** When it was set aside, ISO. */
	at: string;
	text: string;
}

export interface StoredMeta {
	name: string;
	handedIn: { code: string; at: string } | null;
}

export interface StoredAssignment {
	code: string;
	/** ms since 1970, for newest-first order. */
	added: number;
}

const GRADEBOOK_KEY = 'book';

/** Keeps `text` aside under `source`, once: the same text from the same source is never kept twice. */
export async function setAside(tx: Tx, source: string, text: string, now = new Date()): Promise<void> {
	const existing = await tx.all<Unreadable>('unreadable');
	if (existing.some((e) => e.value.source === source && e.value.text === text)) return;
	const at = now.toISOString();
	await tx.put('unreadable', `${source} ${at}`, { source, at, text } satisfies Unreadable);
}

export async function listUnreadable(db: Db): Promise<{ key: Key; value: Unreadable }[]> {
	return db.run(['unreadable'], 'readonly', (tx) => tx.all<Unreadable>('unreadable'));
}

export async function removeUnreadable(db: Db, key: Key): Promise<void> {
	await db.run(['unreadable'], 'readwrite', (tx) => tx.delete('unreadable', key));
}

/**
 * Every entry of one progress scope that `read` accepts; the others are moved aside (in the same
 * transaction, so a reload never sets them aside again).
 */
export async function loadProgress<T>(db: Db, scope: string, read: (value: unknown) => T | null): Promise<Record<string, T>> {
	const entries = await db.run(['progress'], 'readonly', (tx) => tx.all<unknown>('progress', scope));
	const state: Record<string, T> = {};
	const bad: { key: Key; value: unknown }[] = [];
	for (const entry of entries) {
		const value = read(entry.value);
		if (value === null) bad.push(entry);
		else state[(entry.key as string[])[1]] = value;
	}
	if (bad.length) {
		try {
			await db.run(['progress', 'unreadable'], 'readwrite', async (tx) => {
				for (const { key, value } of bad) {
					await setAside(tx, `progress ${(key as string[]).join(' ')}`, JSON.stringify(value));
					await tx.delete('progress', key);
				}
			});
		} catch {
			// No room to set them aside (storage full): they stay where they are, unshown, until there is.
		}
	}
	return state;
}

export async function readProgressEntry(db: Db, scope: string, id: string): Promise<unknown> {
	return db.run(['progress'], 'readonly', (tx) => tx.get('progress', [scope, id]));
}

/**
 * Applies `change` to the stored entry, inside one transaction, and returns what was stored.
 * With `lock` (a meta key), refuses once that meta says handed in.
 */
export async function updateProgress<T>(
	db: Db,
	scope: string,
	id: string,
	change: (stored: T | undefined) => T,
	lock?: string
): Promise<T> {
	return db.run(lock ? ['progress', 'meta'] : ['progress'], 'readwrite', async (tx) => {
		if (lock && (await tx.get<StoredMeta>('meta', lock))?.handedIn) throw saveError('handed-in');
		const next = change(await tx.get<T>('progress', [scope, id]));
		await tx.put('progress', [scope, id], next);
		return next;
	});
}

export async function deleteProgress(db: Db, scope: string, ids: readonly string[]): Promise<void> {
	await db.run(['progress'], 'readwrite', async (tx) => {
		for (const id of ids) await tx.delete('progress', [scope, id]);
	});
}

export async function readMeta<T>(db: Db, key: string): Promise<T | undefined> {
	return db.run(['meta'], 'readonly', (tx) => tx.get<T>('meta', key));
}

/** Applies `change` to the stored meta in one transaction; `change` may throw to refuse. */
export async function updateMeta<T>(db: Db, key: string, change: (stored: T | undefined) => T): Promise<T> {
	return db.run(['meta'], 'readwrite', async (tx) => {
		const next = change(await tx.get<T>('meta', key));
		await tx.put('meta', key, next);
		return next;
	});
}

/** Stored assignment codes, newest first. */
export async function listAssignments(db: Db): Promise<{ id: string; value: StoredAssignment }[]> {
	const entries = await db.run(['assignments'], 'readonly', (tx) => tx.all<StoredAssignment>('assignments'));
	return entries.map((e) => ({ id: e.key as string, value: e.value })).sort((a, b) => b.value.added - a.value.added);
}

export async function addAssignmentCode(tx: Tx, id: string, code: string, added = Date.now()): Promise<void> {
	if (await tx.get('assignments', id)) return;
	await tx.put('assignments', id, { code, added } satisfies StoredAssignment);
}

export async function readGradebookText(db: Db): Promise<string | undefined> {
	return db.run(['gradebook'], 'readonly', (tx) => tx.get<string>('gradebook', GRADEBOOK_KEY));
}

export const gradebookKey = GRADEBOOK_KEY;

/** Moves the stored gradebook text aside (once) and removes it, in one transaction. */
export async function setGradebookAside(db: Db, text: string): Promise<void> {
	await db.run(['gradebook', 'unreadable'], 'readwrite', async (tx) => {
		await setAside(tx, 'gradebook', text);
		if ((await tx.get('gradebook', GRADEBOOK_KEY)) === text) await tx.delete('gradebook', GRADEBOOK_KEY);
	});
}

/**
 * JSON text without the indentation a backup file has for people (43% of a pretty-printed
 * gradebook is whitespace); any other text is kept as it is.
 */
export function compactJson(text: string): string {
	try {
		return JSON.stringify(JSON.parse(text));
	} catch {
		return text;
	}
}

/** Stores the student's name for an assignment; refused once it is handed in (in any tab). */
export function storeName(db: Db, key: string, name: string): Promise<StoredMeta> {
	return updateMeta<StoredMeta>(db, key, (stored) => {
		if (stored?.handedIn) throw saveError('handed-in');
		return { handedIn: null, ...stored, name };
	});
}

/** Stores the hand-in; refused if one is already stored, so a stale tab can neither hand in twice nor replace it. */
export function storeHandIn(db: Db, key: string, handedIn: NonNullable<StoredMeta['handedIn']>): Promise<StoredMeta> {
	return updateMeta<StoredMeta>(db, key, (stored) => {
		if (stored?.handedIn) throw saveError('handed-in');
		return { name: '', ...stored, handedIn };
	});
}
