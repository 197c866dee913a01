// Content integrity: a lesson never shows, highlighted, the passages an exercise asks a student to
// find or classify, before that exercise (earlier in the same step, or in an earlier step). A recap
// with highlights belongs after the exercises, in its own step.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/build/load-content.js';
import { placementsOf } from '../../src/lib/course/lesson-steps.js';
import type { Exercise } from '../../src/lib/exercises/types.js';

const content = loadContent();

/** The annotations an exercise's answer is made of, where the exercise names them. */
function answerAnnotations(exercise: Exercise): string[] {
	if (exercise.type === 'mark' || exercise.type === 'mark-and-label') return exercise.targets;
	if (exercise.type === 'classify') return exercise.items.map((i) => i.annotation);
	return [];
}

describe('no lesson gives away an exercise’s answers above it', () => {
	for (const lesson of content.course) {
		it(`lesson ${lesson.number} (${lesson.slug}) highlights an exercise's passages only after it`, () => {
			const folder = `${String(lesson.number).padStart(2, '0')}-${lesson.slug}`;
			const body = readFileSync(join('lessons', 'course', folder, 'lesson.md'), 'utf8');
			const caseData = content.cases.find((c) => c.id === lesson.case)!;
			const shownSoFar = new Map<string, number>();
			const leaks: string[] = [];
			for (const placement of placementsOf(body)) {
				if (placement.kind === 'articles') {
					if (!placement.highlights) continue;
					for (const a of caseData.annotations)
						if ((!placement.ids || placement.ids.includes(a.article)) && (!placement.show || placement.show.includes(a.category)))
							if (!shownSoFar.has(a.id)) shownSoFar.set(a.id, placement.step);
					continue;
				}
				const exercise = content.exercises.find((e) => e.exercise.id === placement.id)?.exercise;
				if (!exercise) continue;
				for (const id of answerAnnotations(exercise))
					if (shownSoFar.has(id))
						leaks.push(`${placement.id} (step ${placement.step}) asks for "${id}", highlighted in step ${shownSoFar.get(id)}`);
			}
			expect(leaks, `${folder}/lesson.md: show these highlights after the exercise, or not at all`).toEqual([]);
		});
	}
});
