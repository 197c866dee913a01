import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { decodeAssignment } from '../assignments/assignment-code.js';
import { restoreBackup } from '../gradebook/backup.js';
import { parseStoredProgress, serializeProgress, type ExerciseProgress } from '../progress/progress.js';
import { openDatabase, type Db } from './database.js';
import { migrateLocalStorage } from './legacy-local-storage.js';
import { listAssignments, listUnreadable, loadProgress, readGradebookText, readMeta } from './records.js';
import { fakeLocalStorage, freshIndexedDb } from './testing.js';

// What Sidelight 0.1.0 really stored in Chromium (tests/fixtures/legacy-storage/capture.ts made it).
const fixture = JSON.parse(readFileSync('tests/fixtures/legacy-storage/v0.1.0.json', 'utf8')) as {
	localStorage: Record<string, string>;
};
const legacy = fixture.localStorage;
const readEntry = (value: unknown) => parseStoredProgress(serializeProgress({ e: value as ExerciseProgress }))?.e ?? null;
const assignmentId = Object.keys(legacy)
	.map((k) => /^sidelight:assignment:([^:]+):meta$/.exec(k)?.[1])
	.find(Boolean)!;

beforeEach(freshIndexedDb);

async function migrated(entries: Record<string, string>) {
	const { db } = await openDatabase('sidelight/ukraine-55000/test');
	const storage = fakeLocalStorage(entries);
	const report = await migrateLocalStorage(db, storage, readEntry);
	return { db, storage, report };
}

describe('moving 0.1.0’s localStorage data into IndexedDB', () => {
	it('keeps the student’s course progress, exercise by exercise, exactly', async () => {
		const { db } = await migrated(legacy);
		expect(await loadProgress(db, 'course', readEntry)).toEqual(parseStoredProgress(legacy['sidelight:progress']));
	});

	it('keeps an assignment’s work, name and hand-in', async () => {
		const { db } = await migrated(legacy);
		const key = `sidelight:assignment:${assignmentId}`;
		expect(await loadProgress(db, `assignment:${assignmentId}`, readEntry)).toEqual(
			parseStoredProgress(legacy[`${key}:progress`])
		);
		expect(await readMeta(db, `assignment:${assignmentId}`)).toEqual(JSON.parse(legacy[`${key}:meta`]));
	});

	it('keeps the teacher’s assignments, newest first, and the gradebook with every hand-in', async () => {
		const { db } = await migrated(legacy);
		const codes = JSON.parse(legacy['sidelight:teacher:assignments']) as string[];
		expect((await listAssignments(db)).map((a) => a.value.code)).toEqual(codes);
		expect((await listAssignments(db)).map((a) => a.id)).toEqual(codes.map((c) => decodeAssignment(c).id));
		const text = (await readGradebookText(db))!;
		// No exercises: both keep every hand-in as its code (unscored), so the codes themselves are compared.
		expect(restoreBackup(text, new Map())).toEqual(restoreBackup(legacy['sidelight:teacher:gradebook'], new Map()));
		expect(text.length).toBeLessThan(legacy['sidelight:teacher:gradebook'].length * 0.8);
	});

	it('removes the old keys only after everything is stored, and moves nothing twice', async () => {
		const { db, storage, report } = await migrated(legacy);
		expect(report.moved.sort()).toEqual(Object.keys(legacy).sort());
		expect(storage.entries.size).toBe(0);
		expect(await migrateLocalStorage(db, storage, readEntry)).toEqual({ moved: [], setAside: [] });
	});

	it('leaves every old key in place when the transaction fails (storage full)', async () => {
		const failing: Db = {
			name: 'sidelight/x/1',
			run: () => Promise.reject(Object.assign(new Error('full'), { name: 'QuotaExceededError' })),
			onChange() {},
			close() {}
		};
		const storage = fakeLocalStorage(legacy);
		await expect(migrateLocalStorage(failing, storage, readEntry)).rejects.toThrow();
		expect(Object.fromEntries(storage.entries)).toEqual(legacy);
	});

	it('sets unreadable data aside once, with 0.1.0’s many copies of it, and loses nothing readable', async () => {
		const { db, storage } = await migrated({
			'sidelight:progress': '{not json',
			'sidelight:progress:unreadable:1764000000000': '{not json',
			'sidelight:progress:unreadable:1764000000001': '{not json',
			'sidelight:teacher:assignments': JSON.stringify(['SLA1-BROKEN', ...JSON.parse(legacy['sidelight:teacher:assignments'])]),
			'sidelight:future:thing': 'kept for a newer copy'
		});
		const aside = await listUnreadable(db);
		expect(aside.map((a) => a.value.source).sort()).toEqual(['sidelight:progress', 'sidelight:teacher:assignments 1']);
		expect(await listAssignments(db)).toHaveLength(1);
		expect([...storage.entries.keys()]).toEqual(['sidelight:future:thing']);
	});

	it('never overwrites what IndexedDB already holds: the older copy is set aside instead', async () => {
		const { db } = await migrated(legacy);
		const again = fakeLocalStorage({ 'sidelight:progress': legacy['sidelight:progress'].replace('"score":1', '"score":0.5') });
		await migrateLocalStorage(db, again, readEntry);
		expect(await loadProgress(db, 'course', readEntry)).toEqual(parseStoredProgress(legacy['sidelight:progress']));
		expect((await listUnreadable(db)).length).toBeGreaterThan(0);
	});

	it('does nothing when localStorage is blocked', async () => {
		const { db } = await openDatabase('sidelight/x/1');
		const blocked = {
			get length(): number {
				throw new DOMException('blocked', 'SecurityError');
			},
			key: () => null,
			getItem: () => null,
			removeItem() {}
		};
		expect(await migrateLocalStorage(db, blocked, readEntry)).toEqual({ moved: [], setAside: [] });
	});
});

describe('a move cut short (the page closed after the commit, before the old keys went)', () => {
	it('finishes on the next load without setting anything aside', async () => {
		const { db } = await migrated(legacy);
		const again = fakeLocalStorage(legacy);
		expect((await migrateLocalStorage(db, again, readEntry)).moved.sort()).toEqual(Object.keys(legacy).sort());
		expect(again.entries.size).toBe(0);
		expect(await listUnreadable(db)).toEqual([]);
	});
});
