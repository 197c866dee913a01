// The compiled mdsvex lessons (one eager glob: a second, lazy one over the same files makes Vite
// warn that the dynamic import is ineffective). The lesson page renders one once its case is loaded.
import type { Component } from 'svelte';
import type { LessonMeta } from '../course/types.js';

const modules = import.meta.glob<{ default: Component }>('/lessons/course/*/lesson.md', { eager: true });

export function lessonComponent(lesson: LessonMeta): Component | undefined {
	const folder = `${String(lesson.number).padStart(2, '0')}-${lesson.slug}`;
	return modules[`/lessons/course/${folder}/lesson.md`]?.default;
}
