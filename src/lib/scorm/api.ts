// Finding the LMS: the SCORM 1.2 API is a plain object named `API` that the LMS puts on a window
// above the course's frame. Standard discovery (ADL's own wrapper, pipwerks, Moodle's player):
// walk `parent` up to 7 levels, then the opener and its parents. Kolibri's shim sets `window.parent.API`.
// Pure apart from reading the windows it is given; reading a cross-origin window throws, which
// here means "no API there".

/** The SCORM 1.2 API as the LMS offers it: every value is a string. */
export interface Scorm12Api {
	LMSInitialize(arg: ''): string;
	LMSFinish(arg: ''): string;
	LMSGetValue(element: string): string;
	LMSSetValue(element: string, value: string): string;
	LMSCommit(arg: ''): string;
	LMSGetLastError(): string;
	LMSGetErrorString(code: string): string;
}

/** How many parents to climb: 7, as in ADL's reference code (LMSs nest frames a few deep). */
export const MAX_PARENTS = 7;

export interface WindowLike {
	parent?: WindowLike | null;
	opener?: WindowLike | null;
	API?: unknown;
}

function apiOn(win: WindowLike): Scorm12Api | null {
	try {
		const api = win.API as Partial<Scorm12Api> | undefined;
		return api && typeof api.LMSInitialize === 'function' && typeof api.LMSSetValue === 'function' ? (api as Scorm12Api) : null;
	} catch {
		return null;
	}
}

function climb(start: WindowLike | null | undefined): Scorm12Api | null {
	let win = start;
	for (let level = 0; win && level <= MAX_PARENTS; level++) {
		const api = apiOn(win);
		if (api) return api;
		let parent: WindowLike | null | undefined;
		try {
			parent = win.parent;
		} catch {
			return null;
		}
		if (!parent || parent === win) return null;
		win = parent;
	}
	return null;
}

/** The LMS's API seen from `win`, or null when the course runs on its own. */
export function findApi(win: WindowLike): Scorm12Api | null {
	const found = climb(win);
	if (found) return found;
	try {
		return climb(win.opener);
	} catch {
		return null;
	}
}
