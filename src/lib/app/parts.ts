// Loads a part of the app on demand (src/lib/parts/part-files.ts): in the build, the part's classic
// script (src/lib/app/classic-script.ts), which runs against the Svelte runtime and stores the app
// shares with it (src/build/parts-plugin.ts); under `vite dev`, a plain dynamic import. Only the
// parts' types are imported here, so none of their code is in the first load.
import type * as AuthorPart from '../parts/author.js';
import type * as TeacherPart from '../parts/teacher.js';
import type * as StudentPart from '../parts/student.js';
import type * as ExercisesPart from '../parts/exercises.js';
import { PART_BODIES, partFile, partGlobal, partScript, type PartName } from '../parts/part-files.js';
import { loadClassicScript, SCRIPT_TIMEOUT_MS, ScriptLoadError } from './classic-script.js';

export interface Parts {
	author: typeof AuthorPart;
	teacher: typeof TeacherPart;
	student: typeof StudentPart;
	exercises: typeof ExercisesPart;
}

export class PartLoadError extends Error {}

// Dropped from the build with the branch that uses it (import.meta.env.DEV is false there).
const devImports: { [N in PartName]: () => Promise<Parts[N]> } | undefined = import.meta.env.DEV
	? {
			author: () => import('../parts/author.js'),
			teacher: () => import('../parts/teacher.js'),
			student: () => import('../parts/student.js'),
			exercises: () => import('../parts/exercises.js')
		}
	: undefined;

const loading = new Map<PartName, Promise<unknown>>();

/** The part, loaded once; a failed load is forgotten so that "Try again" really tries again. */
export function loadPart<N extends PartName>(name: N): Promise<Parts[N]> {
	let promise = loading.get(name) as Promise<Parts[N]> | undefined;
	if (!promise) {
		promise = (devImports ? devImports[name]() : runPartScript(name)).catch((error: unknown) => {
			loading.delete(name);
			throw error;
		});
		loading.set(name, promise);
	}
	return promise;
}

async function runPartScript<N extends PartName>(name: N): Promise<Parts[N]> {
	const file = partFile(name);
	const found = () => (globalThis as Record<string, unknown>)[partGlobal(name)] as Parts[N] | undefined;
	if (!found()) {
		try {
			await loadClassicScript(file);
		} catch (error) {
			const timedOut = error instanceof ScriptLoadError && error.reason === 'timeout';
			throw new PartLoadError(
				`Sidelight could not load ${file} (${timedOut ? `it took more than ${SCRIPT_TIMEOUT_MS / 1000} seconds` : 'the file is missing or could not be read'}). Make sure the whole Sidelight folder was copied, then try again.`
			);
		}
	}
	const part = found();
	if (!part)
		throw new PartLoadError(`${file} is there but is not this part of Sidelight. Copy the whole Sidelight folder again.`);
	return part;
}

/**
 * The part's script, written again from the body it keeps (part-files.ts partScript), for a
 * package made in the browser: from file:// the page cannot read its own files, but it can load a
 * part and read its body back. Loads the part first if this page has not. Under `vite dev` there
 * is no script to write.
 */
export async function partScriptText(name: PartName): Promise<string> {
	await loadPart(name);
	const body = (globalThis as { [PART_BODIES]?: Record<string, () => unknown> })[PART_BODIES]?.[name];
	if (!body)
		throw new PartLoadError(`${partFile(name)} cannot be copied into a package from this page (vite dev serves no parts)`);
	return partScript(name, String(body));
}
