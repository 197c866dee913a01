import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from './database.js';
import { listUnreadable, loadProgress, readMeta, setAside, storeHandIn, storeName, updateProgress } from './records.js';
import { SaveError, saveError } from './save-error.js';
import { freshIndexedDb } from './testing.js';

interface Entry {
	answer: string | null;
	attempts: string[];
}
const readEntry = (v: unknown) =>
	typeof v === 'object' && v !== null && Array.isArray((v as Entry).attempts) ? (v as Entry) : null;
const check = (answer: string) => (e: Entry | undefined) => ({ answer, attempts: [...(e?.attempts ?? []), answer] });

beforeEach(freshIndexedDb);

describe('two tabs saving at the same moment', () => {
	it('keeps both tabs’ answers to different exercises', async () => {
		const { db: tabA } = await openDatabase('sidelight/x/1');
		const { db: tabB } = await openDatabase('sidelight/x/1');
		await Promise.all([
			updateProgress(tabA, 'course', 'one', check('a')),
			updateProgress(tabB, 'course', 'two', check('b')),
			updateProgress(tabA, 'course', 'three', check('c'))
		]);
		expect(Object.keys(await loadProgress(tabB, 'course', readEntry)).sort()).toEqual(['one', 'three', 'two']);
	});

	it('keeps both attempts when both tabs check the same exercise', async () => {
		const { db: tabA } = await openDatabase('sidelight/x/1');
		const { db: tabB } = await openDatabase('sidelight/x/1');
		await Promise.all([updateProgress(tabA, 'course', 'one', check('a')), updateProgress(tabB, 'course', 'one', check('b'))]);
		const { one } = await loadProgress(tabA, 'course', readEntry);
		expect(one.attempts.sort()).toEqual(['a', 'b']);
	});

	it('keeps an assignment’s progress apart from the course’s', async () => {
		const { db } = await openDatabase('sidelight/x/1');
		await updateProgress(db, 'course', 'one', check('course'));
		await updateProgress(db, 'assignment:A', 'one', check('homework'));
		expect((await loadProgress(db, 'course', readEntry)).one.answer).toBe('course');
		expect((await loadProgress(db, 'assignment:A', readEntry)).one.answer).toBe('homework');
	});
});

describe('a hand-in from a stale tab', () => {
	it('cannot hand in a second time, and the first hand-in stays', async () => {
		const { db: tabA } = await openDatabase('sidelight/x/1');
		const { db: tabB } = await openDatabase('sidelight/x/1');
		await storeName(tabA, 'assignment:A', 'Zoë');
		await storeHandIn(tabA, 'assignment:A', { code: 'FIRST', at: '1' });
		await expect(storeHandIn(tabB, 'assignment:A', { code: 'SECOND', at: '2' })).rejects.toMatchObject({ reason: 'handed-in' });
		expect(await readMeta(tabA, 'assignment:A')).toEqual({ name: 'Zoë', handedIn: { code: 'FIRST', at: '1' } });
	});

	it('cannot erase the hand-in by changing the name', async () => {
		const { db } = await openDatabase('sidelight/x/1');
		await storeHandIn(db, 'assignment:A', { code: 'FIRST', at: '1' });
		await expect(storeName(db, 'assignment:A', '')).rejects.toBeInstanceOf(SaveError);
		expect((await readMeta<{ handedIn: unknown }>(db, 'assignment:A'))?.handedIn).toEqual({ code: 'FIRST', at: '1' });
	});

	it('cannot change answers after the hand-in', async () => {
		const { db } = await openDatabase('sidelight/x/1');
		await updateProgress(db, 'assignment:A', 'one', check('before'), 'assignment:A');
		await storeHandIn(db, 'assignment:A', { code: 'FIRST', at: '1' });
		await expect(updateProgress(db, 'assignment:A', 'one', check('after'), 'assignment:A')).rejects.toMatchObject({
			reason: 'handed-in'
		});
		expect((await loadProgress(db, 'assignment:A', readEntry)).one.attempts).toEqual(['before']);
	});
});

describe('unreadable stored data', () => {
	it('is set aside once, however often the page loads, and removed from where it was', async () => {
		const { db } = await openDatabase('sidelight/x/1');
		await db.run(['progress'], 'readwrite', (tx) => tx.put('progress', ['course', 'bad'], { not: 'progress' }));
		await updateProgress(db, 'course', 'good', check('a'));
		for (let load = 0; load < 8; load++) expect(Object.keys(await loadProgress(db, 'course', readEntry))).toEqual(['good']);
		const aside = await listUnreadable(db);
		expect(aside).toHaveLength(1);
		expect(aside[0].value.source).toBe('progress course bad');
		expect(JSON.parse(aside[0].value.text)).toEqual({ not: 'progress' });
	});

	it('is not kept twice when the same text comes from the same place again', async () => {
		const { db } = await openDatabase('sidelight/x/1');
		for (let i = 0; i < 3; i++) await db.run(['unreadable'], 'readwrite', (tx) => setAside(tx, 'gradebook', '{not json'));
		expect(await listUnreadable(db)).toHaveLength(1);
	});
});

describe('unreadable data when storage is full', () => {
	it('still shows every readable answer, and leaves the unreadable one where it was', async () => {
		const { db } = await openDatabase('sidelight/x/1');
		await db.run(['progress'], 'readwrite', (tx) => tx.put('progress', ['course', 'bad'], { not: 'progress' }));
		await updateProgress(db, 'course', 'good', check('a'));
		const full = {
			...db,
			run: ((stores, mode, body) =>
				mode === 'readwrite' ? Promise.reject(saveError('full')) : db.run(stores, mode, body)) as typeof db.run
		};
		expect(Object.keys(await loadProgress(full, 'course', readEntry))).toEqual(['good']);
		expect(await db.run(['progress'], 'readonly', (tx) => tx.get('progress', ['course', 'bad']))).toEqual({ not: 'progress' });
	});
});
