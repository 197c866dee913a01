// `npm run check:content`: validates everything under lessons/ and says what to fix, without a build.
import { loadContent } from '../src/build/load-content.js';
import { ContentError } from '../src/lib/content/problems.js';
import { readFileSync } from 'node:fs';
import { EXERCISE_NUMBERS_FILE, exerciseNumbersProblem } from '../src/lib/assignments/exercise-numbers.js';

try {
	const content = loadContent();
	for (const c of content.cases) {
		console.log(`✔ ${c.id}: ${c.articles.length} articles, ${c.annotations.length} annotations, ${c.claims.length} claims`);
	}
	const types = new Set(content.exercises.map((e) => e.exercise.type));
	console.log(`✔ course: ${content.course.length} lessons, ${content.exercises.length} exercises of ${types.size} types`);
	const numbers = exerciseNumbersProblem(
		readFileSync(EXERCISE_NUMBERS_FILE, 'utf8'),
		content.exercises.map((e) => e.exercise.id)
	);
	if (numbers) {
		console.error(numbers);
		process.exit(1);
	}
	console.log(`✔ ${EXERCISE_NUMBERS_FILE}: every exercise has a permanent number`);
} catch (error) {
	if (!(error instanceof ContentError)) throw error;
	console.error(error.message);
	process.exit(1);
}
