// The reference shelf's notes, compiled by mdsvex (one eager glob, as for lessons): in the student's
// part loaded on demand (src/lib/parts/student.ts), so no page's first load carries every note.
import type { Component } from 'svelte';
import type { ShelfNote } from '../reference/types.js';

const bodies = import.meta.glob<{ default: Component }>('/lessons/shelf/*.md', { eager: true });

export function noteBody(note: ShelfNote): Component | undefined {
	return bodies[`/lessons/shelf/${note.slug}.md`]?.default;
}
