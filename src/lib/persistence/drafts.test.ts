import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addArticle, newDraft } from '../authoring/edit/case-ops.js';
import { Autosaver, DRAFTS_DATABASE, newDraftKey, openDrafts, type SaveState } from './drafts.js';
import { SaveError } from './save-error.js';
import { freshIndexedDb } from './testing.js';

beforeEach(freshIndexedDb);
afterEach(() => vi.useRealTimers());

const draft = (title: string) => addArticle(newDraft({ title }), { headline: 'A headline', text: 'Text\u00a0kept.\n\n' }).draft;

describe('an author’s drafts in the browser', () => {
	it('are kept in their own database, and read back exactly as saved', async () => {
		const store = await openDrafts();
		const key = newDraftKey();
		await store.save(key, draft('First case'));
		store.close();
		const again = await openDrafts();
		expect((await again.load(key))?.draft).toEqual(draft('First case'));
		expect((await indexedDB.databases()).map((d) => d.name)).toEqual([DRAFTS_DATABASE]);
		again.close();
	});

	it('are listed newest first to resume, with their titles, and can be removed', async () => {
		const store = await openDrafts();
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(1000);
		await store.save('one', draft('Older'));
		vi.setSystemTime(2000);
		await store.save('two', draft('Newer'));
		expect((await store.list()).map((d) => [d.key, d.title, d.caseId])).toEqual([
			['two', 'Newer', 'newer'],
			['one', 'Older', 'older']
		]);
		await store.remove('one');
		expect((await store.list()).map((d) => d.key)).toEqual(['two']);
		store.close();
	});
});

describe('autosave', () => {
	it('writes once, shortly after the last of several quick changes', async () => {
		vi.useFakeTimers();
		const writes: string[] = [];
		const states: string[] = [];
		const saver = new Autosaver(
			async (d) => void writes.push(d.case.title),
			(s) => states.push(s.kind),
			250
		);
		saver.change(draft('a'));
		saver.change(draft('ab'));
		saver.change(draft('abc'));
		await vi.advanceTimersByTimeAsync(249);
		expect(writes).toEqual([]);
		await vi.advanceTimersByTimeAsync(1);
		expect(writes).toEqual(['abc']);
		expect(states.at(-1)).toBe('saved');
		expect(saver.unsaved).toBe(false);
	});

	it('writes at once when the page is left (flush), without waiting', async () => {
		vi.useFakeTimers();
		const writes: string[] = [];
		const saver = new Autosaver(
			async (d) => void writes.push(d.case.title),
			() => {}
		);
		saver.change(draft('leaving'));
		await saver.flush();
		expect(writes).toEqual(['leaving']);
	});

	it('says a write failed and why, keeps the draft, and writes it on the next try', async () => {
		let full = true;
		const written: string[] = [];
		const states: SaveState[] = [];
		const saver = new Autosaver(
			async (d) => {
				if (full) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
				written.push(d.case.title);
			},
			(s) => states.push(s),
			0
		);
		saver.change(draft('kept'));
		await saver.flush();
		const failed = states.at(-1);
		expect(failed?.kind).toBe('failed');
		expect(failed?.kind === 'failed' && failed.error).toBeInstanceOf(SaveError);
		expect(failed?.kind === 'failed' && failed.error.message).toBe('Not saved: this browser’s storage is full.');
		expect(saver.unsaved).toBe(true);
		full = false;
		await saver.flush();
		expect(written).toEqual(['kept']);
		expect(states.at(-1)).toEqual({ kind: 'saved' });
	});

	it('a change made during a write is written after it, never lost', async () => {
		const written: string[] = [];
		let release: () => void = () => {};
		const saver = new Autosaver(
			(d) =>
				new Promise<void>((resolve) => {
					written.push(d.case.title);
					release = resolve;
				}),
			() => {},
			0
		);
		saver.change(draft('first'));
		const first = saver.flush();
		saver.change(draft('second'));
		release();
		await first;
		await vi.waitFor(() => expect(written).toEqual(['first', 'second']));
		release();
	});
});
