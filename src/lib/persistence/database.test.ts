import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { casesOf, databaseName, openDatabase } from './database.js';
import { copyForward, markOpened } from './copy-forward.js';
import { loadProgress, updateProgress } from './records.js';
import { freshIndexedDb } from './testing.js';

const readAny = (v: unknown) => v;
const answer = (value: string) => () => ({ value });

beforeEach(freshIndexedDb);

describe('two copies of Sidelight on one computer (one file:// origin)', () => {
	it('name their databases by the cases and the content they hold', () => {
		expect(databaseName(['ukraine-55000'], '1a2b3c4d')).toBe('sidelight/ukraine-55000/1a2b3c4d');
		expect(databaseName(['b', 'a'], '0')).toBe(databaseName(['a', 'b'], '0'));
		expect(databaseName(['ukraine-55000'], '1a2b3c4d')).not.toBe(databaseName(['ukraine-55000'], 'ffffffff'));
		expect(casesOf('sidelight/ukraine-55000/1a2b3c4d')).toBe('ukraine-55000');
		expect(casesOf('something-else')).toBeNull();
	});

	it('keep their records apart: neither sees, changes or removes the other’s', async () => {
		const { db: older } = await openDatabase(databaseName(['case-a'], 'v1'));
		const { db: other } = await openDatabase(databaseName(['case-b'], 'v1'));
		await updateProgress(older, 'course', 'one', answer('older'));
		await updateProgress(other, 'course', 'one', answer('other case'));
		expect(await loadProgress(older, 'course', readAny)).toEqual({ one: { value: 'older' } });
		expect(await loadProgress(other, 'course', readAny)).toEqual({ one: { value: 'other case' } });
	});

	it('a newer version of the same case starts from a copy of the older one’s records, which keeps them', async () => {
		const { db: v1 } = await openDatabase(databaseName(['case-a'], 'v1'));
		await updateProgress(v1, 'course', 'one', answer('from v1'));
		await markOpened(v1, 1);
		const { db: elsewhere } = await openDatabase(databaseName(['case-b'], 'v1'));
		await updateProgress(elsewhere, 'course', 'two', answer('another case'));
		await markOpened(elsewhere, 2);

		const { db: v2, created } = await openDatabase(databaseName(['case-a'], 'v2'));
		expect(created).toBe(true);
		expect(await copyForward(v2)).toBe('sidelight/case-a/v1');
		expect(await loadProgress(v2, 'course', readAny)).toEqual({ one: { value: 'from v1' } });

		await updateProgress(v2, 'course', 'one', answer('changed in v2'));
		expect(await loadProgress(v1, 'course', readAny)).toEqual({ one: { value: 'from v1' } });
	});

	it('an older copy opening a database a newer schema made is refused, and the data is untouched', async () => {
		const { openDB } = await import('idb');
		const newer = await openDB('sidelight/case-a/v1', 99, { upgrade: (db) => void db.createObjectStore('x') });
		newer.close();
		await expect(openDatabase('sidelight/case-a/v1')).rejects.toMatchObject({ name: 'VersionError' });
	});
});
