import { describe, expect, it } from 'vitest';
import { memoryDatabase } from './memory.js';
import { loadProgress, storeHandIn, updateProgress } from './records.js';

const check = (answer: string) => (e: { attempts: string[] } | undefined) => ({ attempts: [...(e?.attempts ?? []), answer] });

describe('storage blocked: the records in memory', () => {
	it('keep answers and hand-ins for as long as the tab is open, with the same rules', async () => {
		const db = memoryDatabase();
		await Promise.all([updateProgress(db, 'course', 'one', check('a')), updateProgress(db, 'course', 'one', check('b'))]);
		expect(await loadProgress(db, 'course', (v) => v)).toEqual({ one: { attempts: ['a', 'b'] } });
		await storeHandIn(db, 'assignment:A', { code: 'FIRST', at: '1' });
		await expect(storeHandIn(db, 'assignment:A', { code: 'SECOND', at: '2' })).rejects.toMatchObject({ reason: 'handed-in' });
	});

	it('keep nothing of a change that was refused half-way', async () => {
		const db = memoryDatabase();
		await expect(
			db.run(['progress'], 'readwrite', async (tx) => {
				await tx.put('progress', ['course', 'one'], { attempts: [] });
				throw new Error('refused');
			})
		).rejects.toThrow('refused');
		expect(await loadProgress(db, 'course', (v) => v)).toEqual({});
	});
});
