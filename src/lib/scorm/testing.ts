// Test helpers (Node only): the real course with its keys, and scorm-again's SCORM 1.2 runtime as
// the LMS, recording every value Sidelight writes.
import { join } from 'node:path';
import * as scorm12 from 'scorm-again/scorm12';
import type DeclaredScorm12API from 'scorm-again/scorm12';
import { loadContent } from '../../build/load-content.js';
import type { KeyedExercise } from '../course/types.js';
import { resolveKey } from '../exercises/resolve-key.js';
import type { Scorm12Api } from './api.js';

// The ESM build exports the class by name; its type declarations say default.
const { Scorm12API } = scorm12 as unknown as { Scorm12API: typeof DeclaredScorm12API };

export function courseExercises(): KeyedExercise[] {
	const content = loadContent({ cwd: join(import.meta.dirname, '../../..') });
	return content.exercises.map((e) => ({ ...e, key: resolveKey(e.exercise, content.cases) }));
}

/** scorm-again's runtime, with what was set in order, and what the LMS kept from a previous session. */
export function testLms(kept: Record<string, string> = {}): { api: Scorm12Api; sets: [string, string][] } {
	const runtime = new Scorm12API({ logLevel: 5, autocommit: false });
	if (Object.keys(kept).length) runtime.loadFromFlattenedJSON(kept, '');
	const sets: [string, string][] = [];
	const api: Scorm12Api = {
		LMSInitialize: (a) => runtime.LMSInitialize(a),
		LMSFinish: (a) => runtime.LMSFinish(a),
		LMSGetValue: (e) => runtime.LMSGetValue(e),
		LMSSetValue: (e, v) => {
			sets.push([e, v]);
			return runtime.LMSSetValue(e, v);
		},
		LMSCommit: (a) => runtime.LMSCommit(a),
		LMSGetLastError: () => String(runtime.LMSGetLastError()),
		LMSGetErrorString: (c) => runtime.LMSGetErrorString(c)
	};
	return { api, sets };
}
