// The parts of the app that load on demand (the case editor, the teacher area), so that a student's
// first load does not carry them: one list and one naming shared by the build plugin that writes
// each part (src/build/parts-plugin.ts), the loader that runs it (src/lib/app/parts.ts) and the
// service worker that precaches it.
export const PARTS = ['author', 'teacher'] as const;
export type PartName = (typeof PARTS)[number];

/** Where a part's script sits in the build, relative to index.html. */
export const partFile = (name: PartName): string => `_app/parts/${name}.js`;

/** The global a part's script assigns its exports to (a classic script's top-level `var`). */
export const partGlobal = (name: PartName): string => `sidelightPart_${name}`;

/** The global the app puts the modules it shares with its parts on (Svelte's runtime, the stores). */
export const HOST_GLOBAL = 'sidelightHost';
