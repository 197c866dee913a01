// Lookups over the library's index: cases (built in, then added), lessons, exercises and categories,
// all without loading any case. Pure, so the state module (src/lib/state/library.svelte.ts) wraps
// it and Node tests check it with fixture indexes.
import type { Category } from '../content/types.js';
import type { LessonMeta } from '../course/types.js';
import type { CaseEntry, ExerciseEntry, LibraryIndex } from './types.js';

export class Catalog {
	private readonly exercises: Map<string, ExerciseEntry>;

	constructor(
		readonly index: LibraryIndex,
		/** Cases added in this copy; read on every call, so a reactive list stays reactive. */
		private readonly added: () => readonly CaseEntry[] = () => []
	) {
		this.exercises = new Map(index.exercises.map((e) => [e.id, e]));
	}

	get categories(): Category[] {
		return this.index.categories;
	}

	get course(): LessonMeta[] {
		return this.index.course;
	}

	/** Built-in cases first, in build order, then added ones (an added case never hides a built-in one). */
	get cases(): CaseEntry[] {
		const builtIn = new Set(this.index.cases.map((c) => c.id));
		return [...this.index.cases, ...this.added().filter((c) => !builtIn.has(c.id))];
	}

	findCase(id: string): CaseEntry | undefined {
		return this.cases.find((c) => c.id === id);
	}

	findLesson(slug: string): LessonMeta | undefined {
		return this.index.course.find((l) => l.slug === slug);
	}

	findExercise(id: string): ExerciseEntry | undefined {
		return this.exercises.get(id);
	}

	/** "2.3": lesson number and place in the lesson, as students and teachers refer to exercises. */
	exerciseNumber(id: string): string {
		const entry = this.exercises.get(id);
		const lesson = entry && this.findLesson(entry.lesson);
		return lesson ? `${lesson.number}.${lesson.exercises.indexOf(id) + 1}` : '';
	}

	/** A category by slug; an unknown slug gets a plain stand-in rather than breaking the page. */
	categoryOf(slug: string): Category {
		return this.index.categories.find((c) => c.slug === slug) ?? { slug, label: slug, symbol: '•', definition: '' };
	}

	/** The cases whose data hold these exercises, once each, in the order first named; unknown ids are skipped. */
	casesOfExercises(ids: readonly string[]): string[] {
		return [...new Set(ids.flatMap((id) => this.exercises.get(id)?.case ?? []))];
	}
}
