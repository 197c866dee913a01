// Where the readers script sits in the build, relative to index.html: one name shared by the plugin
// that writes it, the loader that injects it and the service worker that precaches it.
export const READERS_FILE = '_app/readers.js';
/** The global the script assigns its API to (a classic script's top-level `var`). */
export const READERS_GLOBAL = 'sidelightReaders';
