// localStorage with two promises: what cannot be read is kept aside, never overwritten (a
// student's or teacher's data is not lost to a bug or a newer format), and a full or blocked
// storage never breaks the page.

/** Parses what is stored under `key`; on failure keeps the raw text under a side key and returns `fallback`. */
export function readStored<T>(key: string, parse: (raw: string) => T, fallback: T): T {
	const raw = localStorage.getItem(key);
	if (raw === null) return fallback;
	try {
		return parse(raw);
	} catch (error) {
		localStorage.setItem(`${key}:unreadable:${Date.now()}`, raw);
		console.warn(`Sidelight kept unreadable data from ${key} aside:`, error);
		return fallback;
	}
}

export function writeStored(key: string, text: string): boolean {
	try {
		localStorage.setItem(key, text);
		return true;
	} catch (error) {
		// Storage full or blocked (private mode): the page still works; the data lasts until it closes.
		console.warn(`Sidelight could not save ${key}:`, error);
		return false;
	}
}
