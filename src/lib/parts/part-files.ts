// The parts of the app that load on demand (the case editor, the teacher area, the student's pages
// with the course's lesson texts, the exercise types' logic that opens a case), so that no page's
// first load carries them: one list and one naming shared by the build
// plugin that writes each part (src/build/parts-plugin.ts), the loader that runs it
// (src/lib/app/parts.ts) and the service worker that precaches it.
export const PARTS = ['author', 'teacher', 'student', 'exercises'] as const;
export type PartName = (typeof PARTS)[number];

/** The parts a student's pages need (an LMS package made in the browser carries these). */
export const STUDENT_PARTS = ['student', 'exercises'] as const satisfies readonly PartName[];

/** Where a part's script sits in the build, relative to index.html. */
export const partFile = (name: PartName): string => `_app/parts/${name}.js`;

/** The global a part's script assigns its exports to (a classic script's top-level `var`). */
export const partGlobal = (name: PartName): string => `sidelightPart_${name}`;

/** The global each part's script keeps its body on, as a function (see partScript). */
export const PART_BODIES = 'sidelightPartBodies';

/**
 * A part's classic script around its body (`function () { … return exports; }`): the body is kept
 * on globalThis.sidelightPartBodies, so the app can write the very same script again from
 * String(body) into a package it makes where it cannot read its own files (file://, STACK.md).
 */
export const partScript = (name: PartName, body: string): string =>
	`var ${partGlobal(name)} = ((globalThis.${PART_BODIES} ??= {})[${JSON.stringify(name)}] = ${body})();\n`;

/** The global the app puts the modules it shares with its parts on (Svelte's runtime, the stores). */
export const HOST_GLOBAL = 'sidelightHost';
