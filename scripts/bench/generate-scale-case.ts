// Generates a large case to show how Sidelight's costs grow with content: by default 50 articles of
// about 4,000 characters and 10,000 annotations. The texts recombine sentences of the real articles
// with words, figures and places varied, so they read like news copy without repeating it verbatim;
// the annotations carry W3C selectors computed by the project's own `selectorsFor`, mixed
// categories and links between articles, so they pass the same validation as hand-written ones.
// Run alone: `tsx scripts/bench/generate-scale-case.ts [folder]` copies lessons/ there (a temporary
// folder by default) and adds the case. Never write it under lessons/: it is not content.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { selectorsFor, type TextRange } from '../../src/lib/anchoring/text-quote.js';
import { splitIntoSentences } from '../../src/lib/text/split-into-sentences.js';
import type { Annotation, AnnotationLink, Category, LinkRelation } from '../../src/lib/content/types.js';

export interface ScaleOptions {
	/** The lessons folder to read the real articles and categories from, and to add the case to. */
	lessonsDir: string;
	articles?: number;
	annotations?: number;
	seed?: number;
}

export interface ScaleCase {
	caseId: string;
	articles: number;
	annotations: number;
	links: number;
	characters: number;
}

/** About 4,000 characters, like the real articles (2,400–5,500). */
const TARGET_LENGTH = 4000;
/** Share of annotations that link to a passage in another article: the real case has about one link per two annotations. */
const LINK_SHARE = 0.3;
const RELATIONS: LinkRelation[] = ['same-claim', 'contradicted-by', 'supported-by', 'copy-of'];

/** Words swapped for one of their variants, so recombined sentences do not repeat the originals. */
const VARIANTS: string[][] = [
	['said', 'stated', 'told reporters', 'claimed', 'announced', 'insisted', 'suggested'],
	['war', 'conflict', 'fighting', 'campaign', 'invasion'],
	['soldiers', 'troops', 'servicemen', 'fighters', 'personnel'],
	['talks', 'negotiations', 'discussions', 'meetings', 'consultations'],
	['killed', 'lost', 'dead', 'wounded', 'missing'],
	['peace', 'ceasefire', 'truce', 'settlement', 'agreement'],
	['grim', 'bleak', 'sobering', 'stark', 'painful'],
	['interview', 'broadcast', 'statement', 'briefing', 'address'],
	['report', 'study', 'assessment', 'analysis', 'review'],
	['officials', 'diplomats', 'ministers', 'envoys', 'advisers'],
	['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
	['February', 'March', 'April', 'May', 'June', 'September', 'October'],
	['Abu Dhabi', 'Geneva', 'Istanbul', 'Riyadh', 'Vienna', 'Doha', 'Helsinki'],
	['Zelensky', 'Kovalenko', 'Marchenko', 'Tkachenko', 'Bondarenko', 'Shevchuk'],
	['Washington', 'Brussels', 'London', 'Ankara', 'Berlin', 'Paris'],
	['experts', 'analysts', 'observers', 'researchers', 'commentators'],
	['figure', 'number', 'total', 'count', 'estimate']
];
const VARIANT_OF = new Map(VARIANTS.flatMap((group) => group.map((word) => [word, group] as const)));
const VARIANT_PATTERN = new RegExp(`\\b(${[...VARIANT_OF.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');

const REASONS: Record<string, string[]> = {
	'loaded-question': [
		'The question plants a suspicion it never supports.',
		'It asks only to suggest an answer nobody has shown.'
	],
	'fair-question': [
		'An open question, asked without pointing at a culprit.',
		'A question the reporting leaves open, fairly put.'
	],
	'unsupported-claim': [
		'An accusation with no named source and nothing a reader could check.',
		'Wrongdoing is asserted, not shown.'
	],
	'vague-attribution': ['Who says so? The source cannot be looked up.', '“Reports” and “sources” that nobody names.'],
	sourced: ['Attributed to a named source a reader can check.', 'The figure comes with its source: a named person and a date.'],
	'factual-error': [
		'The date and the figure differ from the sourced reports.',
		'The article contradicts itself a few lines later.'
	],
	'emotive-language': ['Words chosen to stir feeling, standing in for evidence.', 'Charged words where the facts would do.'],
	'headline-mismatch': ['The headline says more than the body reports.', 'The summary claims what the text does not.']
};
const GENERIC_REASONS = ['Compare how the other articles put it.', 'Read it beside the sourced reporting.'];

/** mulberry32: a small seeded generator, so every run generates the same case. */
function random(seed: number) {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (below: number) => Math.floor(next() * below);
	const pick = <T>(list: readonly T[]): T => list[int(list.length)];
	return { next, int, pick };
}
type Random = ReturnType<typeof random>;

/** The real articles' sentences, as the raw material for generated ones. */
function realSentences(lessonsDir: string): string[] {
	const sentences: string[] = [];
	const casesDir = join(lessonsDir, 'cases');
	for (const dir of readdirSync(casesDir).sort()) {
		const articlesDir = join(casesDir, dir, 'articles');
		for (const name of readdirSync(articlesDir).sort()) {
			if (!name.endsWith('.txt')) continue;
			const text = readFileSync(join(articlesDir, name), 'utf8');
			// 40 characters: shorter "sentences" are headlines, captions and page furniture.
			for (const r of splitIntoSentences(text)) if (r.end - r.start >= 40) sentences.push(text.slice(r.start, r.end));
		}
	}
	if (sentences.length === 0) throw new Error(`no article sentences found under ${casesDir}`);
	return sentences;
}

function vary(sentence: string, rng: Random): string {
	return sentence
		.replace(VARIANT_PATTERN, (word) => (rng.next() < 0.5 ? rng.pick(VARIANT_OF.get(word)!) : word))
		.replace(/\b\d{1,3}(,\d{3})+\b|\b\d{2,}\b/g, (number) => {
			const value = Number(number.replace(/,/g, ''));
			// Years stay years; other figures move, so the same sentence rarely carries the same number.
			if (/^(19|20)\d\d$/.test(number) || rng.next() >= 0.7) return number;
			return (value + rng.int(900) + 1).toLocaleString('en-US');
		});
}

/** One article: a headline line, then paragraphs of varied sentences, with each sentence's range. */
function generateArticle(pool: string[], rng: Random) {
	const headlineWords = vary(rng.pick(pool), rng)
		.replace(/^[“"‘']+|[.!?”"’]+$/g, '')
		.split(/\s+/);
	const headline = headlineWords.slice(0, 8 + rng.int(6)).join(' ');
	let text = `${headline}\n\n`;
	const sentences: TextRange[] = [];
	const length = TARGET_LENGTH - 300 + rng.int(600);
	while (text.length < length) {
		const paragraph = 2 + rng.int(3);
		for (let i = 0; i < paragraph && text.length < length; i++) {
			if (i > 0) text += ' ';
			const sentence = vary(rng.pick(pool), rng);
			sentences.push({ start: text.length, end: text.length + sentence.length });
			text += sentence;
		}
		text += '\n\n';
	}
	return { headline, text: text.trimEnd() + '\n', sentences };
}

/** A passage inside a sentence: the whole of it, a clause, or a run of 2–10 words. */
function passage(text: string, sentence: TextRange, rng: Random): TextRange {
	const roll = rng.next();
	const body = text.slice(sentence.start, sentence.end);
	if (roll < 0.2) return sentence;
	if (roll < 0.5) {
		const clauses = [...body.matchAll(/[^,;:—]+/g)].filter((m) => m[0].trim().length > 3);
		if (clauses.length) {
			const clause = rng.pick(clauses);
			const lead = clause[0].length - clause[0].trimStart().length;
			return { start: sentence.start + clause.index + lead, end: sentence.start + clause.index + clause[0].trimEnd().length };
		}
	}
	const words = [...body.matchAll(/\S+/g)];
	const from = rng.int(words.length);
	const to = Math.min(words.length - 1, from + 1 + rng.int(9));
	return { start: sentence.start + words[from].index, end: sentence.start + words[to].index + words[to][0].length };
}

function explanation(category: Category, quote: string, rng: Random): string {
	const shown = quote.length > 60 ? `${quote.slice(0, 57).trimEnd()}…` : quote;
	const reasons = REASONS[category.slug] ?? [category.definition];
	return `${category.label}: “${shown}”. ${rng.pick(reasons)} ${rng.pick(GENERIC_REASONS)}`;
}

export function generateScaleCase(options: ScaleOptions): ScaleCase {
	const articleCount = options.articles ?? 50;
	const annotationCount = options.annotations ?? 10_000;
	const rng = random(options.seed ?? 55_000);
	const caseId = `scale-${annotationCount}`;
	const categories = JSON.parse(readFileSync(join(options.lessonsDir, 'categories.json'), 'utf8')) as Category[];
	const pool = realSentences(options.lessonsDir);
	const caseDir = join(options.lessonsDir, 'cases', caseId);
	mkdirSync(join(caseDir, 'articles'), { recursive: true });
	mkdirSync(join(caseDir, 'annotations'), { recursive: true });

	const width = String(articleCount).length;
	const articles = Array.from({ length: articleCount }, (_, i) => {
		const n = String(i + 1).padStart(width, '0');
		return { id: `scale-${n}`, label: `S${i + 1}`, ...generateArticle(pool, rng) };
	});
	const all: { article: number; annotation: Annotation }[] = [];
	let characters = 0;
	for (const [a, article] of articles.entries()) {
		characters += article.text.length;
		writeFileSync(join(caseDir, 'articles', `${article.id}.txt`), article.text);
		// Spread the annotations evenly; the first articles take the remainder.
		const count = Math.floor(annotationCount / articleCount) + (a < annotationCount % articleCount ? 1 : 0);
		const used = new Set<string>();
		for (let n = 0; n < count; n++) {
			let range = passage(article.text, rng.pick(article.sentences), rng);
			for (let tries = 0; used.has(`${range.start}:${range.end}`) && tries < 20; tries++) {
				range = passage(article.text, rng.pick(article.sentences), rng);
			}
			used.add(`${range.start}:${range.end}`);
			const category = rng.pick(categories);
			all.push({
				article: a,
				annotation: {
					id: `s${String(a + 1).padStart(width, '0')}-${n + 1}`,
					category: category.slug,
					explanation: explanation(category, article.text.slice(range.start, range.end), rng),
					target: { source: article.id, selector: selectorsFor(article.text, range) }
				}
			});
		}
	}

	let links = 0;
	for (const entry of all) {
		if (articleCount < 2 || rng.next() >= LINK_SHARE) continue;
		let other = rng.pick(all);
		while (other.article === entry.article) other = rng.pick(all);
		const link: AnnotationLink = { to: other.annotation.id, relation: rng.pick(RELATIONS) };
		entry.annotation.links = [link];
		links++;
	}

	for (const [a, article] of articles.entries()) {
		const annotations = all.filter((e) => e.article === a).map((e) => e.annotation);
		writeFileSync(join(caseDir, 'annotations', `${article.id}.json`), JSON.stringify(annotations, null, '\t') + '\n');
	}
	const caseFile = {
		id: caseId,
		title: `Scale test: ${articleCount} articles, ${annotationCount.toLocaleString('en-US')} annotations`,
		summary: 'Generated by scripts/bench/generate-scale-case.ts from the real articles, to measure how costs grow with content.',
		articles: articles.map((article) => ({
			id: article.id,
			label: article.label,
			file: `${article.id}.txt`,
			headline: article.headline,
			outlet: null,
			description: `Generated article ${article.label}, recombined from the sentences of the real articles.`
		}))
	};
	writeFileSync(join(caseDir, 'case.json'), JSON.stringify(caseFile, null, '\t') + '\n');
	return { caseId, articles: articleCount, annotations: all.length, links, characters };
}

// Run as a script: copy lessons/ into a folder (a new temporary one by default) and add the case there.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const root = resolve(fileURLToPath(import.meta.url), '../../..');
	const dir = process.argv[2] ? resolve(process.argv[2]) : mkdtempSync(join(tmpdir(), 'sidelight-scale-'));
	cpSync(join(root, 'lessons'), join(dir, 'lessons'), { recursive: true });
	const result = generateScaleCase({ lessonsDir: join(dir, 'lessons') });
	console.log(
		`${dir}/lessons: case ${result.caseId}, ${result.articles} articles, ${result.annotations} annotations, ${result.links} links`
	);
	console.log(`Validate it with: loadContent({ cwd: ${JSON.stringify(dir)} })`);
}
