// One-time move of what Sidelight 0.1.0 kept in localStorage (keys `sidelight:*`) into
// IndexedDB, without loss: every record is written in one transaction, and the old keys are
// removed only after it committed. What cannot be read is set aside (once) rather than dropped;
// records this database already has win over the older localStorage ones, which are then set
// aside too, so nothing is overwritten and nothing is thrown away. Keys this copy does not know
// (a newer format) are left where they are.
import { decodeAssignment } from '../assignments/assignment-code.js';
import type { Db, Tx } from './database.js';
import { addAssignmentCode, compactJson, gradebookKey, setAside, type StoredMeta } from './records.js';

/** The part of the Storage interface this needs (localStorage, or a fake in tests). */
export interface KeyValueStorage {
	readonly length: number;
	key(index: number): string | null;
	getItem(key: string): string | null;
	removeItem(key: string): void;
}

export interface LegacyReport {
	/** Keys moved (and removed from localStorage). */
	moved: string[];
	/** Of those, the ones set aside as unreadable. */
	setAside: string[];
}

const PROGRESS = /^sidelight:progress$|^sidelight:assignment:([^:]+):progress$/;
const META = /^sidelight:assignment:([^:]+):meta$/;
const UNREADABLE = /:unreadable:\d+$/;

/** The localStorage keys of Sidelight 0.1.0, or [] when localStorage is missing or blocked. */
export function legacyKeys(storage: KeyValueStorage | null): string[] {
	if (!storage) return [];
	try {
		const keys: string[] = [];
		for (let i = 0; i < storage.length; i++) {
			const key = storage.key(i);
			if (key?.startsWith('sidelight:')) keys.push(key);
		}
		return keys.sort();
	} catch {
		return [];
	}
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

function readMeta(text: string): StoredMeta | null {
	const data = parseJson(text) as { name?: unknown; handedIn?: { code?: unknown; at?: unknown } | null } | undefined;
	if (typeof data?.name !== 'string') return null;
	const handedIn =
		data.handedIn && typeof data.handedIn.code === 'string' ? { code: data.handedIn.code, at: String(data.handedIn.at) } : null;
	return { name: data.name, handedIn };
}

/**
 * Moves every known `sidelight:*` key into `db`. `readProgress` is the domain's check of one
 * exercise's stored progress (null: unreadable).
 */
export async function migrateLocalStorage(
	db: Db,
	storage: KeyValueStorage | null,
	readProgress: (value: unknown) => unknown | null
): Promise<LegacyReport> {
	const keys = legacyKeys(storage);
	const report: LegacyReport = { moved: [], setAside: [] };
	if (!keys.length || !storage) return report;
	const texts = new Map<string, string>();
	for (const key of keys) {
		const text = storage.getItem(key);
		if (text !== null) texts.set(key, text);
	}
	await db.run(['progress', 'meta', 'assignments', 'gradebook', 'unreadable'], 'readwrite', async (tx) => {
		const aside = async (key: string, text: string) => {
			await setAside(tx, key, text);
			report.setAside.push(key);
		};
		for (const [key, text] of texts) {
			if (UNREADABLE.test(key)) {
				// 0.1.0 made a copy of unreadable data on every load: one copy of each is enough.
				await setAside(tx, key.replace(UNREADABLE, ''), text);
			} else if (PROGRESS.test(key)) {
				if (!(await moveProgress(tx, key, text, readProgress))) await aside(key, text);
			} else if (META.test(key)) {
				const meta = readMeta(text);
				const metaKey = `assignment:${META.exec(key)![1]}`;
				const stored = await tx.get('meta', metaKey);
				if (!meta) await aside(key, text);
				else if (stored === undefined) await tx.put('meta', metaKey, meta);
				else if (!same(stored, meta)) await aside(`${key} (older copy)`, text);
			} else if (key === 'sidelight:teacher:assignments') {
				const codes = parseJson(text);
				if (!Array.isArray(codes)) {
					await aside(key, text);
					continue;
				}
				for (const [i, code] of codes.entries()) {
					try {
						// Stored newest first: keep that order.
						await addAssignmentCode(tx, decodeAssignment(String(code)).id, String(code), codes.length - i);
					} catch {
						await aside(`${key} ${i + 1}`, String(code));
					}
				}
			} else if (key === 'sidelight:teacher:gradebook') {
				// Kept as the domain's text; the teacher store reads it (and sets it aside if it cannot).
				const stored = await tx.get<string>('gradebook', gradebookKey);
				if (stored === undefined) await tx.put('gradebook', gradebookKey, compactJson(text));
				else if (stored !== compactJson(text)) await aside(`${key} (older copy)`, text);
			} else continue; // not a 0.1.0 key: leave it for the copy that knows it
			report.moved.push(key);
		}
	});
	// Only now, with everything committed, do the old keys go.
	for (const key of report.moved) {
		try {
			storage.removeItem(key);
		} catch {
			// It stays; the next load finds it already in IndexedDB and sets it aside, once.
		}
	}
	return report;
}

/** The same record: a move that was cut short (the page closed after the commit, before the old keys went) is not set aside again. */
function same(a: unknown, b: unknown): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

async function moveProgress(
	tx: Tx,
	key: string,
	text: string,
	readProgress: (value: unknown) => unknown | null
): Promise<boolean> {
	const data = parseJson(text) as { version?: unknown; exercises?: unknown } | undefined;
	if (data?.version !== 1 || typeof data.exercises !== 'object' || data.exercises === null) return false;
	const scope = key === 'sidelight:progress' ? 'course' : `assignment:${PROGRESS.exec(key)![1]}`;
	for (const [id, entry] of Object.entries(data.exercises)) {
		const stored = await tx.get('progress', [scope, id]);
		if (readProgress(entry) === null) await setAside(tx, `${key} ${id}`, JSON.stringify(entry));
		else if (stored === undefined) await tx.put('progress', [scope, id], entry);
		else if (!same(stored, entry)) await setAside(tx, `${key} ${id} (older copy)`, JSON.stringify(entry));
	}
	return true;
}
