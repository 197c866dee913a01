// Live validation for the editor: the draft is written out as the files of the folder format and
// read back by the same readers the build uses (readCase, readCourse), so the author sees the
// build's own messages. Each problem is then mapped back to the draft field it names (a case
// field, an article field or its text, an annotation and field, a claims cell, an exercise, the
// lesson) as a string key the page looks up next to that field.
import { readCase, type TextFile } from '../../content/read-case.js';
import { explainProblem, isError, type Problem } from '../../content/problems.js';
import { SourceIndex } from '../../content/source.js';
import type { Category } from '../../content/types.js';
import { readCourse } from '../../course/read-course.js';
import { draftToFiles, type CaseDraft } from '../files/draft.js';
import type { DraftCheck, FieldProblem } from './field-problems.js';

export type { DraftCheck, FieldProblem };

export function checkDraft(draft: CaseDraft, categories: readonly Category[]): DraftCheck {
	const files = draftToFiles(draft);
	const caseFiles = files.filter((f) => !isCourseFile(f));
	const reading = readCase(caseFiles, categories);
	const problems: Problem[] = [...reading.problems];
	if (draft.lesson && reading.case) {
		const lessonMd = files.find((f) => f.path.endsWith('/lesson.md'));
		const exercisesJson = files.find((f) => f.path.endsWith('/exercises.json'));
		if (lessonMd && exercisesJson) {
			const course = readCourse(
				[{ folder: draft.lesson.folder, lesson: lessonMd, exercises: exercisesJson }],
				{ cases: [reading.case], categories: [...categories], unavailable: reading.unavailable },
				new SourceIndex()
			);
			problems.push(...course.problems);
		}
	}
	const mapped = problems.map((p) => ({ ...p, field: fieldOf(draft, p), text: explainProblem(p) }));
	const errors = mapped.filter(isError).length;
	return { case: reading.case, problems: mapped, errors, warnings: mapped.length - errors };
}

function isCourseFile(file: TextFile): boolean {
	return file.path.endsWith('/lesson.md') || file.path.endsWith('/exercises.json');
}

/** The draft field a problem names (see FieldProblem.field). */
export function fieldOf(draft: CaseDraft, problem: Problem): string {
	const file = problem.file;
	const [first, second, third] = problem.path;
	if (file.endsWith('/case.json') || file === 'case.json') {
		if (first === 'articles' && typeof second === 'number') {
			const article = draft.case.articles[second];
			if (article) return `article.${article.id}.${third === 'file' ? 'text' : (third ?? '')}`.replace(/\.$/, '');
		}
		return typeof first === 'string' ? `case.${first}` : 'case';
	}
	const annotationFile = /(?:^|\/)annotations\/([^/]+)\.json$/.exec(file);
	if (annotationFile) {
		const list = draft.annotations[annotationFile[1]] ?? [];
		const annotation = typeof first === 'number' ? list[first] : undefined;
		const id = annotation?.id ?? problem.id;
		if (!id) return `article.${annotationFile[1]}.annotations`;
		return `annotation.${id}.${annotationField(second)}`;
	}
	const articleFile = /(?:^|\/)articles\/([^/]+)$/.exec(file);
	if (articleFile) {
		const article = draft.case.articles.find((a) => a.file === articleFile[1]);
		return article ? `article.${article.id}.text` : 'other';
	}
	if (file.endsWith('/claims.json')) {
		const claim = first === 'claims' && typeof second === 'number' ? draft.claims?.claims[second] : undefined;
		if (!claim) return 'claims';
		const [, , , article] = problem.path;
		return third === 'cells' && typeof article === 'string' ? `claim.${claim.id}.${article}` : `claim.${claim.id}`;
	}
	if (file.endsWith('/exercises.json')) {
		const exercise = typeof first === 'number' ? draft.lesson?.exercises[first] : undefined;
		const id = exercise?.id ?? problem.id;
		return id ? `exercise.${id}${typeof second === 'string' ? `.${second}` : ''}` : 'lesson.exercises';
	}
	if (file.endsWith('/lesson.md')) return typeof first === 'string' ? `lesson.${first}` : 'lesson';
	return 'other';
}

/** Selector problems are about where the passage is: the page shows them at its range. */
function annotationField(key: string | number | undefined): string {
	if (key === 'target' || key === undefined) return 'range';
	return String(key);
}
