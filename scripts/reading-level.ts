// `npm run check:reading`: the reading level (US grade, Flesch–Kincaid) of Sidelight's own words.
// Category and glossary definitions must be at or under grade 8: students meet them in the legend
// and the glossary, out of context, and issue 9 sets grade 8 as the bar for a 15-year-old reader
// (a year or two of slack below their school grade). Annotation explanations, lesson prose and
// shelf notes are reported, not enforced: longer texts carry names ("Zelenskyy", "Zaporizhzhia")
// that inflate the formula, so their figures are for an author to read, not for a build to obey.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../src/build/load-content.js';
import { ContentError } from '../src/lib/content/problems.js';
import { proseOfMarkdown, readingLevel } from '../src/lib/text/reading-level.js';

const MAX_GRADE = 8;
const root = 'lessons';

let content;
try {
	content = loadContent();
} catch (error) {
	if (error instanceof ContentError) {
		console.error(error.message);
		process.exit(1);
	}
	throw error;
}

const grade = (text: string) => readingLevel(text).grade;
const show = (g: number) => g.toFixed(1).padStart(5);
let failures = 0;

function enforced(title: string, items: { name: string; text: string }[]) {
	console.log(`\n${title} (each must be at or under grade ${MAX_GRADE}):`);
	const width = Math.max(...items.map((i) => i.name.length));
	for (const item of items) {
		const g = grade(item.text);
		const ok = g <= MAX_GRADE;
		if (!ok) failures++;
		console.log(`  ${ok ? '✔' : '✗'} ${item.name.padEnd(width)} ${show(g)}${ok ? '' : `  above grade ${MAX_GRADE}`}`);
	}
	console.log(`  all together: ${show(grade(items.map((i) => i.text).join('\n')))}`);
}

function reported(title: string, items: { name: string; text: string }[], hardest = 0) {
	console.log(`\n${title} (reported):`);
	const width = Math.max(...items.map((i) => i.name.length));
	if (!hardest) for (const item of items) console.log(`    ${item.name.padEnd(width)} ${show(grade(item.text))}`);
	console.log(`  all together: ${show(grade(items.map((i) => i.text).join('\n')))}`);
	if (hardest) {
		const ranked = items.map((i) => ({ ...i, g: grade(i.text) })).sort((a, b) => b.g - a.g);
		console.log(`  the ${hardest} hardest:`);
		for (const item of ranked.slice(0, hardest)) console.log(`    ${item.name.padEnd(width)} ${show(item.g)}`);
	}
}

enforced(
	'Category definitions (lessons/categories.json)',
	content.categories.map((c) => ({ name: c.slug, text: c.definition }))
);
if (content.glossary.length)
	enforced(
		'Glossary definitions (lessons/glossary.json)',
		content.glossary.map((g) => ({ name: g.id, text: g.definition }))
	);

for (const c of content.cases) {
	reported(
		`Annotation explanations, case ${c.id}`,
		c.annotations.map((a) => ({ name: a.id, text: a.explanation })),
		5
	);
	for (const article of c.articles) {
		const own = c.annotations.filter((a) => a.article === article.id);
		console.log(`    article ${article.label} (${own.length}): ${show(grade(own.map((a) => a.explanation).join('\n')))}`);
	}
}

const courseDir = join(root, 'course');
reported(
	'Lesson prose (lessons/course/*/lesson.md)',
	readdirSync(courseDir)
		.sort()
		.map((folder) => ({ name: folder, text: proseOfMarkdown(readFileSync(join(courseDir, folder, 'lesson.md'), 'utf8')) }))
);

const shelfDir = join(root, 'shelf');
if (existsSync(shelfDir))
	reported(
		'Reference shelf notes (lessons/shelf/*.md)',
		readdirSync(shelfDir)
			.filter((n) => n.endsWith('.md'))
			.sort()
			.map((name) => ({ name, text: proseOfMarkdown(readFileSync(join(shelfDir, name), 'utf8')) }))
	);

if (failures) {
	console.error(
		`\n✗ ${failures} definition${failures === 1 ? ' is' : 's are'} above grade ${MAX_GRADE}: shorten the sentences, or use shorter words.`
	);
	process.exit(1);
}
console.log(`\n✔ every definition is at or under grade ${MAX_GRADE}`);
