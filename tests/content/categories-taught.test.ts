// Content integrity: a student is never graded on, or shown a highlight for, a technique no lesson
// names. Every category an annotation uses must appear by its label in some lesson's prose.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/build/load-content.js';
import { proseOfMarkdown } from '../../src/lib/text/reading-level.js';

const content = loadContent();
const lessonFolders = content.course.map((l) => `${String(l.number).padStart(2, '0')}-${l.slug}`);
const prose = lessonFolders.map((folder) => ({
	folder,
	// Lower case, one space between words: "Vague <Term …>attribution</Term>" reads "vague attribution".
	text: proseOfMarkdown(readFileSync(join('lessons', 'course', folder, 'lesson.md'), 'utf8'))
		.toLowerCase()
		.replace(/\s+/g, ' ')
}));

describe('the course teaches what it annotates', () => {
	it('names every category an annotation uses, by its label, in some lesson', () => {
		const used = new Map<string, string[]>();
		for (const c of content.cases) for (const a of c.annotations) used.set(a.category, [...(used.get(a.category) ?? []), a.id]);
		const untaught = [...used]
			.map(([slug, ids]) => ({ slug, label: content.categories.find((c) => c.slug === slug)?.label ?? slug, ids }))
			.filter(({ label }) => !prose.some((p) => p.text.includes(label.toLowerCase())))
			.map(
				({ slug, label, ids }) => `${slug} ("${label}", used by ${ids.length} annotations, e.g. ${ids.slice(0, 3).join(', ')})`
			);
		expect(untaught, 'categories no lesson names by label: teach each one in a lesson').toEqual([]);
	});

	it('teaches emotive language before any exercise asks a student to label it', () => {
		const emotive = content.categories.find((c) => c.slug === 'emotive-language')!.label.toLowerCase();
		const taughtIn = prose.findIndex((p) => p.text.includes(emotive));
		const firstGraded = content.course.findIndex((lesson) =>
			lesson.exercises.some((id) =>
				JSON.stringify(content.exercises.find((e) => e.exercise.id === id)?.exercise).includes('"emotive-language"')
			)
		);
		expect(taughtIn).toBeGreaterThanOrEqual(0);
		expect(taughtIn).toBeLessThanOrEqual(firstGraded);
	});
});
