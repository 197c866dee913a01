// A lesson's frontmatter and placements: every mistake an author can make, named by field.
import { describe, expect, it } from 'vitest';
import type { Problem } from '../content/problems.js';
import { type LessonInput, placedExercises, validateLesson } from './validate-lesson.js';

const frontmatter = {
	title: 'Loaded questions',
	objectives: ['Tell a loaded question from a fair one.'],
	minutes: 20,
	caseId: 'demo'
};

function validate(change: Partial<LessonInput> = {}) {
	const problems: Problem[] = [];
	const input: LessonInput = {
		folder: '02-loaded-questions',
		file: 'lessons/course/02-loaded-questions/lesson.md',
		frontmatter,
		body: 'Read this.\n\n<Exercise id="l2-one" />\n',
		defined: ['l2-one'],
		exercisesFile: 'lessons/course/02-loaded-questions/exercises.json',
		caseIds: ['demo'],
		...change
	};
	return { lesson: validateLesson(input, problems), problems };
}

describe('validateLesson', () => {
	it('reads number and slug from the folder, and the placed exercises from the text', () => {
		expect(validate()).toEqual({
			lesson: {
				slug: 'loaded-questions',
				number: 2,
				title: 'Loaded questions',
				objectives: frontmatter.objectives,
				minutes: 20,
				case: 'demo',
				exercises: ['l2-one']
			},
			problems: []
		});
	});

	it('asks for a folder named NN-words-with-hyphens', () => {
		expect(validate({ folder: 'loaded' }).problems).toMatchObject([
			{ message: expect.stringMatching(/should be named NN-words-with-hyphens/) }
		]);
	});

	it('asks for frontmatter when there is none', () => {
		expect(validate({ frontmatter: undefined })).toMatchObject({
			lesson: undefined,
			problems: [{ message: expect.stringMatching(/needs frontmatter/) }]
		});
	});

	it('names each frontmatter field that is wrong', () => {
		const { problems } = validate({ frontmatter: { ...frontmatter, objectives: [], minutes: 0, caseId: 'other' } });
		expect(problems.map((p) => p.path)).toEqual([['objectives'], ['minutes'], ['caseId']]);
		expect(problems[2].message).toBe('case "other" does not exist; known: demo');
	});

	it('says "known: none" when there are no cases at all', () => {
		expect(validate({ caseIds: [] }).problems[0].message).toBe('case "demo" does not exist; known: none');
	});

	it('explains why the key is caseId and not case', () => {
		expect(validate({ frontmatter: { ...frontmatter, case: 'demo' } }).problems).toMatchObject([
			{ path: ['case'], message: expect.stringMatching(/reserved word/) }
		]);
	});

	it('finds an exercise that is placed but not defined, placed twice, or defined but never placed', () => {
		const { problems } = validate({ body: '<Exercise id="l2-two" />\n<Exercise id="l2-two" />', defined: ['l2-one'] });
		expect(problems.map((p) => p.message)).toEqual([
			'places <Exercise id="l2-two" />, but lessons/course/02-loaded-questions/exercises.json defines no exercise "l2-two"',
			'places <Exercise id="l2-two" />, but lessons/course/02-loaded-questions/exercises.json defines no exercise "l2-two"',
			'places exercise "l2-two" twice',
			'is defined but lessons/course/02-loaded-questions/lesson.md never places it (<Exercise id="l2-one" />)'
		]);
		expect(problems[3]).toMatchObject({ file: 'lessons/course/02-loaded-questions/exercises.json', id: 'l2-one' });
	});
});

describe('placedExercises', () => {
	it('lists the exercises in the order the text places them', () => {
		expect(placedExercises(`<Exercise id="b" />\ntext\n<Exercise id='a'/>`)).toEqual(['b', 'a']);
	});
});
