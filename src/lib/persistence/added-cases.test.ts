// Added cases outlive the tab in their own database, which no content update touches; a full or
// refused store says so; a browser without storage still lets a student open a case for the tab.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Category } from '../content/types.js';
import { readCaseFile, writeCaseFile } from '../sharing/case-file.js';
import { floodDraft } from '../sharing/testing/flood-case.js';
import { ADDED_CASES_DATABASE, openAddedCases, type StoredCase } from './added-cases.js';
import { databaseName, openDatabase } from './database.js';
import { freshIndexedDb } from './testing.js';

const categories = JSON.parse(readFileSync(join(import.meta.dirname, '../../../lessons/categories.json'), 'utf8')) as Category[];
const text = writeCaseFile(floodDraft(), categories).text!;
const bundle = readCaseFile(text, categories).bundle!;
const record: StoredCase = {
	id: 'flood-reports',
	title: bundle.case.title,
	contentHash: bundle.contentHash,
	text,
	addedAt: '2026-12-01T10:00:00.000Z',
	bundle
};

beforeEach(freshIndexedDb);

describe('added cases in the browser', () => {
	it('are kept across page loads, with the case file text and the validated case', async () => {
		const first = await openAddedCases();
		expect(first.mode).toBe('indexeddb');
		await first.put(record);
		const again = await openAddedCases();
		expect(await again.list()).toEqual([record]);
	});

	it('live in their own database, apart from the course’s records', async () => {
		await (await openAddedCases()).put(record);
		await openDatabase(databaseName(['ukraine-55000'], '00000000'));
		const names = (await indexedDB.databases()).map((d) => d.name);
		expect(names).toContain(ADDED_CASES_DATABASE);
		expect(names).toContain('sidelight/ukraine-55000/00000000');
	});

	it('can be removed, and put back (undo)', async () => {
		const store = await openAddedCases();
		await store.put(record);
		await store.remove('flood-reports');
		expect(await store.list()).toEqual([]);
		await store.put(record);
		expect((await store.list()).map((r) => r.id)).toEqual(['flood-reports']);
	});

	it('say “storage is full” when the browser refuses the write', async () => {
		const store = await openAddedCases();
		const original = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function () {
			throw new DOMException('quota', 'QuotaExceededError');
		};
		try {
			await expect(store.put(record)).rejects.toMatchObject({
				reason: 'full',
				message: expect.stringMatching(/storage is full/)
			});
		} finally {
			IDBObjectStore.prototype.put = original;
		}
		expect(await store.list()).toEqual([]);
	});

	it('are kept in memory when the browser blocks storage', async () => {
		const real = globalThis.indexedDB;
		(globalThis as { indexedDB?: unknown }).indexedDB = {
			open() {
				throw new DOMException('blocked', 'SecurityError');
			}
		};
		try {
			const store = await openAddedCases();
			expect(store.mode).toBe('memory');
			await store.put(record);
			expect(await store.list()).toEqual([record]);
		} finally {
			globalThis.indexedDB = real;
		}
	});
});
