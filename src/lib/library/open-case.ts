// Turns a case's bundle, as its data file or an added case's file delivered it, into a case ready to
// show and score: unpacked (quotes and backlinks derived again) and every exercise's key resolved in
// this case alone, so two cases may use the same annotation ids. Throws a CaseOpenError naming
// the exercise when a key does not resolve (a damaged or hand-edited file), never a half case.
import { unpackCase } from '../content/shipped.js';
import { resolveKey } from '../exercises/resolve-key.js';
import type { CaseBundle, CaseEntry, LoadedCase } from './types.js';

export class CaseOpenError extends Error {}

export function openCase(entry: CaseEntry, bundle: CaseBundle): LoadedCase {
	if (
		!bundle ||
		typeof bundle !== 'object' ||
		!bundle.case ||
		!Array.isArray(bundle.case.articles) ||
		!Array.isArray(bundle.exercises)
	)
		throw new CaseOpenError(`the data of case "${entry.id}" is not a case`);
	if (bundle.case.id !== entry.id) throw new CaseOpenError(`the data holds case "${bundle.case.id}", not "${entry.id}"`);
	const c = unpackCase(bundle.case);
	const exercises = bundle.exercises.map((e) => {
		try {
			return { ...e, key: resolveKey(e.exercise, [c]) };
		} catch (error) {
			throw new CaseOpenError(`case "${entry.id}": ${(error as Error).message}`);
		}
	});
	return { entry, case: c, exercises, lessons: bundle.lessons ?? [], lessonPages: bundle.lessonPages };
}
