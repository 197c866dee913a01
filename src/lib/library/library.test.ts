// The case library: what the build splits out (the index carries no case text; each case's data
// file carries its own case and its lessons' exercises), the lookups the course map and the
// teacher's lists use, how loading a case goes (once, or a clear failure; again on retry or once forgotten), and that two cases may
// use the same annotation ids, each exercise resolving in its own lesson's case.
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { loadContent } from '../../build/load-content.js';
import { contentVersion } from '../assignments/content-version.js';
import { resolveKey } from '../exercises/resolve-key.js';
import { buildLibrary, caseScript } from './build-library.js';
import { CaseCache, CaseLoadError, canRetry, describeFailure } from './case-cache.js';
import { Catalog } from './catalog.js';
import { openCase } from './open-case.js';
import type { CaseBundle, CaseEntry, CaseState } from './types.js';

const project = join(import.meta.dirname, '../../..');
const real = loadContent({ cwd: project, onWarning: () => {} });
const twoCases = loadContent({ cwd: join(project, 'tests/fixtures/two-cases'), onWarning: () => {} });

/** Runs a case's data file as a browser would, and returns what it handed over. */
function runScript(script: string): { id: string; bundle: CaseBundle }[] {
	const calls: { id: string; bundle: CaseBundle }[] = [];
	const self = { sidelightCase: (id: string, bundle: CaseBundle) => calls.push({ id, bundle }) };
	runInNewContext(script, { self });
	return calls;
}

describe('the build splits content into an index and one data file per case', () => {
	const { index, bundles } = buildLibrary(real);

	it('leaves every article text out of the index the course map carries', () => {
		const text = JSON.stringify(index);
		for (const c of real.cases) for (const a of c.articles) expect(text).not.toContain(a.text.slice(0, 200));
		expect(index.cases.map((c) => c.id)).toEqual(real.cases.map((c) => c.id));
	});

	it('names the database with the same content version as when every key was resolved in the browser', () => {
		const before = real.exercises.map((e) => ({ ...e, key: resolveKey(e.exercise, real.cases) }));
		expect(index.contentVersion).toBe(contentVersion(before));
	});

	it('lists every exercise with its lesson, type, prompt and case, in course order', () => {
		expect(index.exercises.map((e) => e.id)).toEqual(real.exercises.map((e) => e.exercise.id));
		expect(index.exercises[0]).toMatchObject({ lesson: real.course[0].slug, case: real.course[0].case });
	});

	it('writes a data file that hands its own case and its lessons’ exercises to the page', () => {
		const [{ entry, bundle }] = bundles;
		expect(entry.file).toBe(`cases/${entry.id}.js`);
		const calls = runScript(caseScript(entry.id, bundle));
		expect(calls).toEqual([{ id: entry.id, bundle: JSON.parse(JSON.stringify(bundle)) }]);
		expect(bundle.exercises).toHaveLength(real.exercises.length);
		expect(bundle.case.annotations[0]).not.toHaveProperty('quote');
	});

	it('a data file loaded before the page is ready does nothing rather than fail', () => {
		const [{ entry, bundle }] = bundles;
		expect(() => runInNewContext(caseScript(entry.id, bundle), { self: {} })).not.toThrow();
	});
});

describe('two cases with the same annotation ids', () => {
	it('build without a problem, each exercise resolving in its own lesson’s case', () => {
		const { bundles } = buildLibrary(twoCases);
		expect(bundles.map((b) => [b.entry.id, b.bundle.exercises.map((e) => e.exercise.id)])).toEqual([
			['demo', ['first-sort']],
			['second', ['second-sort']]
		]);
	});

	it('give each case its own key when loaded', async () => {
		const { index, bundles } = buildLibrary(twoCases);
		const cache = new CaseCache({
			find: (id) => index.cases.find((c) => c.id === id),
			bundle: async (entry) => bundles.find((b) => b.entry.id === entry.id)?.bundle,
			open: openCase
		});
		const second = await cache.load('second');
		const [item] = second.exercises[0].key.type === 'classify' ? second.exercises[0].key.items : [];
		expect(item.explanation).toBe('In the second case: a question that blames without asking.');
		const demo = await cache.load('demo');
		const [first] = demo.exercises[0].key.type === 'classify' ? demo.exercises[0].key.items : [];
		expect(first.explanation).toBe('Asks who is counting as if nobody is.');
	});

	it('have different content versions, so an assignment on one never accepts results made on the other', () => {
		const { index } = buildLibrary(twoCases);
		expect(index.cases[0].version).not.toBe(index.cases[1].version);
	});
});

describe('the catalog', () => {
	const { index } = buildLibrary(real);
	const added: CaseEntry = { ...index.cases[0], id: 'added-case', title: 'Added', source: 'added', file: undefined };

	it('numbers exercises as students and teachers refer to them', () => {
		const catalog = new Catalog(index);
		const lesson = index.course[1];
		expect(catalog.exerciseNumber(lesson.exercises[2])).toBe(`${lesson.number}.3`);
		expect(catalog.exerciseNumber('no-such-exercise')).toBe('');
	});

	it('lists built-in cases first, then added ones, and an added case never hides a built-in one', () => {
		const list = [added, { ...added, id: index.cases[0].id, title: 'Impostor' }];
		const catalog = new Catalog(index, () => list);
		expect(catalog.cases.map((c) => c.title)).toEqual([...index.cases.map((c) => c.title), 'Added']);
		expect(catalog.findCase(index.cases[0].id)?.source).toBe('built-in');
	});

	it('gives an unknown category a plain stand-in rather than breaking the page', () => {
		expect(new Catalog(index).categoryOf('made-up')).toEqual({ slug: 'made-up', label: 'made-up', symbol: '•', definition: '' });
	});

	describe('with an added case that brings its own lesson', () => {
		const lesson = {
			slug: 'flood',
			number: 90,
			title: 'Two reports',
			objectives: [],
			minutes: 10,
			case: 'added-case',
			exercises: ['flood-a', 'flood-b']
		};
		const withLesson: CaseEntry = {
			...added,
			contentHash: '89cfc2fd',
			lessons: [lesson],
			exercises: lesson.exercises.map((id) => ({
				id,
				lesson: 'flood',
				type: 'choice',
				prompt: `About ${id}`,
				case: 'added-case'
			}))
		};
		const catalog = new Catalog(index, () => [withLesson]);

		it('finds the added lesson under its case, and keeps the course map’s lessons the built-in course', () => {
			expect(catalog.findCaseLesson('added-case', 'flood')).toBe(lesson);
			expect(catalog.findCaseLesson('added-case', 'nope')).toBeUndefined();
			expect(catalog.findCaseLesson(index.cases[0].id, index.course[0].slug)).toBeUndefined();
			expect(catalog.course).toEqual(index.course);
			expect(catalog.findLesson('flood')).toBeUndefined();
		});

		it('finds and numbers the added case’s exercises, and knows which case holds them', () => {
			expect(catalog.findExercise('flood-b')?.prompt).toBe('About flood-b');
			expect(catalog.exerciseNumber('flood-b')).toBe('90.2');
			expect(catalog.casesOfExercises(['flood-a', index.exercises[0].id])).toEqual(['added-case', index.exercises[0].case]);
		});

		it('names the added case and its version for an assignment of its exercises (an SLA3 code)', () => {
			expect(catalog.assignedCaseOf(['flood-a', 'flood-b'])).toEqual({
				case: { id: 'added-case', title: 'Added', contentHash: '89cfc2fd' }
			});
		});

		it('names no case for built-in exercises alone (SLA1 and SLA2 codes stay as they were)', () => {
			expect(catalog.assignedCaseOf(index.exercises.slice(0, 2).map((e) => e.id))).toEqual({});
		});

		it('refuses to mix an added case’s exercises with built-in ones, saying what to do', () => {
			const mixed = catalog.assignedCaseOf(['flood-a', index.exercises[0].id]);
			expect(mixed).toEqual({
				problem: expect.stringContaining('Choose exercises of “Added” alone, or make one assignment per case')
			});
		});
	});

	it('knows which cases hold a set of exercises, once each', () => {
		const ids = index.exercises.slice(0, 3).map((e) => e.id);
		expect(new Catalog(index).casesOfExercises([...ids, 'unknown'])).toEqual([index.exercises[0].case]);
	});
});

describe('loading a case', () => {
	const { index, bundles } = buildLibrary(real);
	const [{ entry, bundle }] = bundles;
	const cacheWith = (load: (e: CaseEntry) => Promise<CaseBundle | undefined>) => {
		const states: [string, CaseState['status'] | 'forgotten'][] = [];
		const cache = new CaseCache({
			find: (id) => index.cases.find((c) => c.id === id),
			bundle: load,
			open: openCase,
			onState: (id, state) => states.push([id, state?.status ?? 'forgotten'])
		});
		return { cache, states };
	};

	it('loads once, goes from loading to loaded, and unpacks quotes and backlinks', async () => {
		const load = vi.fn(async () => bundle);
		const { cache, states } = cacheWith(load);
		const [a, b] = await Promise.all([cache.load(entry.id), cache.load(entry.id)]);
		expect(a).toBe(b);
		expect(load).toHaveBeenCalledTimes(1);
		expect(states).toEqual([
			[entry.id, 'loading'],
			[entry.id, 'loaded']
		]);
		const original = real.cases[0];
		expect(a.case.annotations).toEqual(original.annotations);
		expect(a.exercises.map((e) => e.exercise.id)).toEqual(real.exercises.map((e) => e.exercise.id));
	});

	it('says a case it does not know is unknown, without asking for any file', async () => {
		const load = vi.fn(async () => bundle);
		const { cache } = cacheWith(load);
		await expect(cache.load('nope')).rejects.toThrow('There is no case called "nope"');
		expect(cache.state('nope')).toEqual({ status: 'failed', failure: { reason: 'unknown', id: 'nope' } });
		expect(load).not.toHaveBeenCalled();
	});

	it('says so when the code that opens a case does not load, and Try again opens it', async () => {
		let partLoads = false;
		const cache = new CaseCache({
			find: (id) => index.cases.find((c) => c.id === id),
			bundle: async () => bundle,
			open: (e, b) => {
				if (!partLoads)
					throw new Error('Sidelight could not load _app/parts/exercises.js (the file is missing or could not be read).');
				return openCase(e, b);
			}
		});
		await expect(cache.load(entry.id)).rejects.toThrow(
			`The case "${entry.id}" could not be opened: Sidelight could not load _app/parts/exercises.js (the file is missing or could not be read).`
		);
		expect(cache.state(entry.id)?.status).toBe('failed');
		partLoads = true;
		expect((await cache.retry(entry.id)).exercises.length).toBe(real.exercises.length);
	});

	it('names the missing data file and says what to do', async () => {
		const { cache } = cacheWith(async () => undefined);
		await expect(cache.load(entry.id)).rejects.toThrow(
			`The case "${entry.id}" could not be opened: its file cases/${entry.id}.js is missing from this copy of Sidelight. Copy the whole Sidelight folder again`
		);
	});

	it('keeps a timeout or a file holding another case as the case’s state', async () => {
		const failure = { reason: 'wrong-id', id: entry.id, file: entry.file!, found: 'other' } as const;
		const { cache } = cacheWith(async () => Promise.reject(new CaseLoadError(failure)));
		await expect(cache.load(entry.id)).rejects.toThrow('holds the case "other" instead');
		expect(cache.state(entry.id)).toEqual({ status: 'failed', failure });
	});

	it('keeps a failure when asked again, and loads for real on retry once the file is there', async () => {
		const load = vi.fn<(e: CaseEntry) => Promise<CaseBundle | undefined>>(async () => undefined);
		const { cache, states } = cacheWith(load);
		await expect(cache.load(entry.id)).rejects.toThrow('is missing');
		await expect(cache.load(entry.id)).rejects.toThrow('is missing');
		expect(load).toHaveBeenCalledTimes(1);
		load.mockImplementation(async () => bundle);
		const loaded = await cache.retry(entry.id);
		expect(loaded.case.id).toBe(entry.id);
		expect(load).toHaveBeenCalledTimes(2);
		expect(cache.state(entry.id)?.status).toBe('loaded');
		expect(states).toEqual([
			[entry.id, 'loading'],
			[entry.id, 'failed'],
			[entry.id, 'forgotten'],
			[entry.id, 'loading'],
			[entry.id, 'loaded']
		]);
	});

	it('does not load a case again on retry while it is loaded', async () => {
		const load = vi.fn(async () => bundle);
		const { cache } = cacheWith(load);
		const first = await cache.load(entry.id);
		expect(await cache.retry(entry.id)).toBe(first);
		expect(load).toHaveBeenCalledTimes(1);
	});

	it('says to try again after a timeout, and not after an id no case has', () => {
		const timeout = { reason: 'timeout', id: 'a', file: 'cases/a.js' } as const;
		expect(describeFailure(timeout)).toBe(
			'The case "a" took too long to open (its file cases/a.js). Try again; if it keeps happening, copy the whole Sidelight folder again.'
		);
		expect(canRetry(timeout)).toBe(true);
		expect(canRetry({ reason: 'missing', id: 'a', file: 'cases/a.js' })).toBe(true);
		expect(canRetry({ reason: 'unknown', id: 'a' })).toBe(false);
	});

	it('reads a forgotten case anew (an added case replaced by a newer file)', async () => {
		const newer: CaseBundle = { ...bundle, case: { ...bundle.case, title: 'Newer title' } };
		const load = vi.fn<(e: CaseEntry) => Promise<CaseBundle | undefined>>(async () => bundle);
		const { cache } = cacheWith(load);
		expect((await cache.load(entry.id)).case.title).toBe(bundle.case.title);
		load.mockImplementation(async () => newer);
		cache.forget(entry.id);
		expect(cache.state(entry.id)).toBeUndefined();
		expect((await cache.load(entry.id)).case.title).toBe('Newer title');
	});

	it('lets no load begun before forget set the case’s state', async () => {
		let finish!: (b: CaseBundle) => void;
		const load = vi.fn<(e: CaseEntry) => Promise<CaseBundle | undefined>>(() => new Promise<CaseBundle>((r) => (finish = r)));
		const { cache } = cacheWith(load);
		const stale = cache.load(entry.id);
		cache.forget(entry.id);
		finish(bundle);
		await stale;
		expect(cache.state(entry.id)).toBeUndefined();
	});

	it('refuses a damaged bundle whose exercises do not resolve, naming the exercise', async () => {
		const damaged: CaseBundle = { ...bundle, case: { ...bundle.case, annotations: [] } };
		const { cache } = cacheWith(async () => damaged);
		await expect(cache.load(entry.id)).rejects.toThrow(/could not be opened: case "ukraine-55000": exercise "[^"]+"/);
		expect(cache.state(entry.id)?.status).toBe('failed');
	});
});
