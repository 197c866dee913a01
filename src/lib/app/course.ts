// The course in the browser: lesson metadata and exercises from the validated content bundle,
// and the compiled mdsvex lessons (one eager glob: a second, lazy one over the same files makes
// Vite warn that the dynamic import is ineffective).
import type { Component } from 'svelte';
import { content } from './content.js';
import type { KeyedExercise, LessonMeta } from '../course/types.js';
import { resolveKey } from '../exercises/resolve-key.js';

const modules = import.meta.glob<{ default: Component }>('/lessons/course/*/lesson.md', { eager: true });

export const lessons: LessonMeta[] = content.course;
/** Every exercise in course order, with its key (resolved here: pure, and microseconds each). */
export const allExercises: KeyedExercise[] = content.exercises.map((e) => ({ ...e, key: resolveKey(e.exercise, content.cases) }));
const exercises = new Map(allExercises.map((e) => [e.exercise.id, e]));

export function findLesson(slug: string): LessonMeta | undefined {
	return lessons.find((l) => l.slug === slug);
}

export function lessonComponent(lesson: LessonMeta): Component | undefined {
	const folder = `${String(lesson.number).padStart(2, '0')}-${lesson.slug}`;
	return modules[`/lessons/course/${folder}/lesson.md`]?.default;
}

export function findExercise(id: string): KeyedExercise | undefined {
	return exercises.get(id);
}

/** "2.3": lesson number and place in the lesson, as students and teachers refer to exercises. */
export function exerciseNumber(id: string): string {
	const entry = exercises.get(id);
	const lesson = entry && findLesson(entry.lesson);
	return lesson ? `${lesson.number}.${lesson.exercises.indexOf(id) + 1}` : '';
}
