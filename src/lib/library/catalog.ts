// Lookups over the library's index: cases (built in, then added), lessons, exercises and categories,
// all without loading any case. Pure, so the state module (src/lib/state/library.svelte.ts) wraps
// it and Node tests check it with fixture indexes.
import type { Category } from '../content/types.js';
import type { LessonMeta } from '../course/types.js';
import type { AssignedCase } from '../assignments/types.js';
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

	/** A lesson of the built-in course by slug (an added case's lessons: findCaseLesson). */
	findLesson(slug: string): LessonMeta | undefined {
		return this.index.course.find((l) => l.slug === slug);
	}

	/** An added case's lesson, found through its case (built-in lessons are the course's: findLesson). */
	findCaseLesson(caseId: string, slug: string): LessonMeta | undefined {
		const entry = this.findCase(caseId);
		return entry?.source === 'added' ? entry.lessons?.find((l) => l.slug === slug) : undefined;
	}

	/** The added cases, in the order they were added (each with its own lessons and exercises). */
	get addedCases(): CaseEntry[] {
		return this.cases.filter((c) => c.source === 'added');
	}

	/** A built-in exercise, or else one of an added case (a built-in id is never hidden by an added one). */
	findExercise(id: string): ExerciseEntry | undefined {
		return this.exercises.get(id) ?? this.addedExercise(id);
	}

	private addedExercise(id: string): ExerciseEntry | undefined {
		for (const c of this.addedCases) {
			const found = c.exercises?.find((e) => e.id === id);
			if (found) return found;
		}
		return undefined;
	}

	/**
	 * What an assignment of these exercises says about its case: nothing for built-in exercises
	 * alone (SLA1/SLA2 codes), the added case (an SLA3 code names it and its version) when they all
	 * come from one added case, or why no code can carry them (an SLA3 code names one case).
	 */
	assignedCaseOf(ids: readonly string[]): { case?: AssignedCase } | { problem: string } {
		const added = [...new Set(ids.flatMap((id) => (this.exercises.has(id) ? [] : (this.addedExercise(id)?.case ?? []))))];
		if (added.length === 0) return {};
		const entry = this.findCase(added[0])!;
		if (added.length > 1 || ids.some((id) => this.exercises.has(id)))
			return {
				problem: `An assignment on an added case can only hold that case’s exercises. Choose exercises of “${entry.title}” alone, or make one assignment per case.`
			};
		return { case: { id: entry.id, title: entry.title, contentHash: entry.contentHash ?? '' } };
	}

	/** "2.3": lesson number and place in the lesson, as students and teachers refer to exercises. */
	exerciseNumber(id: string): string {
		const entry = this.findExercise(id);
		const lesson =
			entry && (this.exercises.has(id) ? this.findLesson(entry.lesson) : this.findCaseLesson(entry.case, entry.lesson));
		return lesson ? `${lesson.number}.${lesson.exercises.indexOf(id) + 1}` : '';
	}

	/** A category by slug; an unknown slug gets a plain stand-in rather than breaking the page. */
	categoryOf(slug: string): Category {
		return this.index.categories.find((c) => c.slug === slug) ?? { slug, label: slug, symbol: '•', definition: '' };
	}

	/** The cases whose data hold these exercises, once each, in the order first named; unknown ids are skipped. */
	casesOfExercises(ids: readonly string[]): string[] {
		return [...new Set(ids.flatMap((id) => this.findExercise(id)?.case ?? []))];
	}
}
