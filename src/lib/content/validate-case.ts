// Validates one case (its case.json, article texts, annotation files and claims table) and
// returns everything that validated, anchored and linked, with the list of problems an author
// must fix. Partial: a problem in one annotation drops that annotation, not the case, and what
// refers to it (links, claims cells, exercises) is counted as suppressed rather than reported
// again, so one typo is one problem. Pure: src/lib/content/read-case.ts turns files into this input.
import { anchor } from '../anchoring/text-quote.js';
import { addBacklinks } from './backlinks.js';
import { FieldReader, ID_PATTERN, isObject, truncate, type Obj } from './fields.js';
import type { Problem } from './problems.js';
import type { SourceFile } from './source.js';
import type {
	AnchoredAnnotation,
	Article,
	ArticleMeta,
	Case,
	Category,
	Claim,
	ClaimCell,
	LinkRelation,
	TextPositionSelector,
	TextQuoteSelector
} from './types.js';

export type { SourceFile } from './source.js';

export const LINK_RELATIONS: readonly LinkRelation[] = ['same-claim', 'contradicted-by', 'supported-by', 'copy-of', 'compare'];

export interface CaseInput {
	caseFile: SourceFile;
	/** The case's folder name, which its id must equal (absent for a case that has no folder yet). */
	folder?: string;
	/** Article texts by the file name case.json gives them (relative to the case's articles/ folder). */
	articleTexts: Map<string, string>;
	/** Paths of the article files, for messages. */
	articlePath: (file: string) => string;
	/** One file per article: its file name (`<article id>.json`) says which article it annotates. */
	annotationFiles: SourceFile[];
	claimsFile?: SourceFile;
	categories: readonly Category[];
}

export interface CaseResult {
	/** Everything that validated; undefined only when case.json itself cannot be read. */
	case?: Case;
	problems: Problem[];
	/** Ids of the case, articles and annotations that had problems: references to them are not reported again. */
	unavailable: Set<string>;
	/** How many references to those were left unreported. */
	suppressed: number;
}

export function validateCase(input: CaseInput): CaseResult {
	const problems: Problem[] = [];
	const unavailable = new Set<string>();
	let suppressed = 0;
	const caseReader = new FieldReader(input.caseFile.file, problems);
	const meta = readCaseFile(input.caseFile, caseReader, unavailable);
	if (!meta) {
		if (input.folder) unavailable.add(input.folder);
		return { problems, unavailable, suppressed };
	}
	if (input.folder !== undefined && meta.id !== input.folder)
		caseReader.report(['id'], `id "${meta.id}" should match its folder name "${input.folder}"`);

	const articles: Article[] = [];
	for (const [i, article] of meta.articles.entries()) {
		const text = input.articleTexts.get(article.file);
		if (text === undefined) {
			unavailable.add(article.id);
			problems.push({
				file: input.caseFile.file,
				path: ['articles', i, 'file'],
				id: article.id,
				message: `article file ${input.articlePath(article.file)} does not exist`
			});
		} else articles.push({ ...article, text });
	}

	const categories = new Set(input.categories.map((c) => c.slug));
	const annotations: AnchoredAnnotation[] = [];
	const where = new Map<string, { file: string; index: number }>();
	for (const source of input.annotationFiles) {
		const name = (source.file.split('/').pop() ?? '').replace(/\.json$/, '');
		const article = articles.find((a) => a.id === name);
		const reader = new FieldReader(source.file, problems);
		if (!article) {
			if (unavailable.has(name)) {
				// Its article has a problem of its own: what links to these annotations is not reported either.
				suppressed++;
				for (const raw of Array.isArray(source.data) ? source.data : [])
					if (isObject(raw) && typeof raw.id === 'string') unavailable.add(raw.id);
			} else reader.report([], `annotation file is for article "${name}", which ${meta.id}/case.json does not list`);
			continue;
		}
		if (!Array.isArray(source.data)) {
			reader.report([], 'an annotation file should hold a list of annotations');
			continue;
		}
		for (const [index, raw] of source.data.entries()) {
			const before = problems.length;
			const annotation = readAnnotation(raw, [index], reader, article, categories);
			if (!annotation) {
				const id = isObject(raw) && typeof raw.id === 'string' ? raw.id : undefined;
				if (id && !where.has(id)) unavailable.add(id);
				if (problems.length === before) reader.report([index], 'this annotation could not be read');
				continue;
			}
			const earlier = where.get(annotation.id);
			if (earlier) {
				reader.forId(annotation.id).report([index, 'id'], `duplicate id: also used in ${earlier.file} at [${earlier.index}]`);
				continue;
			}
			where.set(annotation.id, { file: source.file, index });
			unavailable.delete(annotation.id);
			annotations.push(annotation);
		}
	}

	const byId = new Map(annotations.map((a) => [a.id, a]));
	for (const annotation of annotations) {
		const { file, index } = where.get(annotation.id)!;
		const reader = new FieldReader(file, problems, annotation.id);
		const kept = [];
		for (const [i, link] of annotation.links.entries()) {
			if (link.to === annotation.id) reader.report([index, 'links', i, 'to'], 'an annotation cannot link to itself');
			else if (byId.has(link.to)) kept.push(link);
			else if (unavailable.has(link.to)) suppressed++;
			else reader.report([index, 'links', i, 'to'], `links to "${link.to}", but no annotation in this case has that id`);
		}
		annotation.links = kept;
	}
	addBacklinks(annotations);

	const claims = input.claimsFile
		? readClaims(input.claimsFile, problems, articles, byId, unavailable)
		: { claims: [], suppressed: 0 };
	suppressed += claims.suppressed;
	const value: Case = { id: meta.id, title: meta.title, summary: meta.summary, articles, annotations, claims: claims.claims };
	return { case: value, problems, unavailable, suppressed };
}

function readCaseFile(source: SourceFile, reader: FieldReader, unavailable: Set<string>) {
	const data = reader.object(source.data, [], 'case.json');
	if (!data) return undefined;
	const id = reader.string(data, 'id', []);
	if (id && !ID_PATTERN.test(id)) reader.report(['id'], `id should be lower-case words joined by hyphens, got "${id}"`);
	const title = reader.string(data, 'title', []);
	const summary = reader.string(data, 'summary', []);
	const list = reader.array(data, 'articles', []);
	const articles: ArticleMeta[] = [];
	for (const [i, raw] of (list ?? []).entries()) {
		const item = reader.object(raw, ['articles', i], 'an article');
		if (!item) continue;
		const path = ['articles', i];
		const meta = {
			id: reader.string(item, 'id', path),
			label: reader.string(item, 'label', path),
			file: reader.string(item, 'file', path),
			headline: reader.stringOrNull(item, 'headline', path),
			outlet: reader.stringOrNull(item, 'outlet', path),
			description: reader.string(item, 'description', path)
		};
		if (meta.id && !ID_PATTERN.test(meta.id))
			reader.report([...path, 'id'], `id should be lower-case words joined by hyphens, got "${meta.id}"`);
		if (meta.id && articles.some((a) => a.id === meta.id)) reader.report([...path, 'id'], `duplicate article id "${meta.id}"`);
		if (Object.values(meta).every((v) => v !== undefined)) articles.push(meta as ArticleMeta);
		else if (meta.id) unavailable.add(meta.id);
	}
	if (!id || !title || !summary || !list) return undefined;
	return { id, title, summary, articles };
}

function readAnnotation(
	raw: unknown,
	path: (string | number)[],
	fileReader: FieldReader,
	article: Article,
	categories: Set<string>
): AnchoredAnnotation | undefined {
	const data = fileReader.object(raw, path, 'an annotation');
	if (!data) return undefined;
	const id = fileReader.string(data, 'id', path);
	const reader = fileReader.forId(id);
	if (id && !ID_PATTERN.test(id)) reader.report([...path, 'id'], `id should be lower-case words joined by hyphens, got "${id}"`);
	const category = reader.string(data, 'category', path);
	if (category && !categories.has(category)) {
		reader.report([...path, 'category'], `unknown category "${category}"; known: ${[...categories].join(', ')}`);
	}
	const explanation = reader.string(data, 'explanation', path);
	const links = readLinks(data, path, reader);
	const range = readTarget(data, path, reader, article);
	if (!id || !category || !categories.has(category) || !explanation || !links || !range) return undefined;
	return {
		id,
		article: article.id,
		category,
		explanation,
		start: range.start,
		end: range.end,
		quote: article.text.slice(range.start, range.end),
		links,
		backlinks: []
	};
}

function readLinks(data: Obj, path: (string | number)[], reader: FieldReader) {
	const list = reader.array(data, 'links', path, { optional: true });
	if (!list) return undefined;
	const links = [];
	for (const [i, raw] of list.entries()) {
		const item = reader.object(raw, [...path, 'links', i], 'a link');
		if (!item) return undefined;
		const to = reader.string(item, 'to', [...path, 'links', i]);
		const relation = reader.oneOf(item, 'relation', [...path, 'links', i], LINK_RELATIONS);
		if (!to || !relation) return undefined;
		links.push({ to, relation });
	}
	return links;
}

function readTarget(data: Obj, path: (string | number)[], reader: FieldReader, article: Article) {
	const target = reader.object(data.target, [...path, 'target'], 'target');
	if (!target) return undefined;
	const source = reader.string(target, 'source', [...path, 'target']);
	if (source && source !== article.id) {
		reader.report([...path, 'target', 'source'], `target.source is "${source}" but this file annotates "${article.id}"`);
		return undefined;
	}
	const selectors = reader.array(target, 'selector', [...path, 'target']);
	if (!selectors) return undefined;
	const at = (type: string) => selectors.findIndex((s) => isObject(s) && s.type === type);
	const quoteIndex = at('TextQuoteSelector');
	const positionIndex = at('TextPositionSelector');
	const selectorPath = [...path, 'target', 'selector'];
	if (quoteIndex === -1) reader.report(selectorPath, 'needs a TextQuoteSelector (exact, prefix, suffix)');
	if (positionIndex === -1) reader.report(selectorPath, 'needs a TextPositionSelector (start, end)');
	if (quoteIndex === -1 || positionIndex === -1) return undefined;

	const quotePath = [...selectorPath, quoteIndex];
	const rawQuote = selectors[quoteIndex] as Obj;
	const exact = reader.string(rawQuote, 'exact', quotePath);
	for (const key of ['prefix', 'suffix']) {
		if (rawQuote[key] !== undefined && typeof rawQuote[key] !== 'string')
			reader.report([...quotePath, key], `${key} should be a string`);
	}
	const positionPath = [...selectorPath, positionIndex];
	const rawPosition = selectors[positionIndex] as Obj;
	const start = reader.integer(rawPosition, 'start', positionPath);
	const end = reader.integer(rawPosition, 'end', positionPath);
	if (exact === undefined || start === undefined || end === undefined) return undefined;

	const quote = rawQuote as unknown as TextQuoteSelector;
	const position = rawPosition as unknown as TextPositionSelector;
	const result = anchor(article.text, quote, position);
	if (result.ok) return result.range;
	const shown = JSON.stringify(truncate(exact, 60));
	switch (result.problem) {
		case 'empty-quote':
			reader.report([...quotePath, 'exact'], 'exact is empty');
			break;
		case 'quote-not-found':
			reader.report(
				[...quotePath, 'exact'],
				article.text.includes(exact)
					? `quote ${shown} is in article "${article.id}", but not with this prefix/suffix`
					: `quote ${shown} is not found in article "${article.id}" (it must match the text character for character)`
			);
			break;
		case 'ambiguous-quote':
			reader.report(
				quotePath,
				`quote ${shown} occurs ${result.matches.length} times in article "${article.id}" (at ${result.matches.map((m) => m.start).join(', ')}); add a prefix or suffix to say which`
			);
			break;
		case 'position-mismatch':
			reader.report(
				positionPath,
				`position ${start}–${end} gives ${JSON.stringify(truncate(result.found, 60))}, not the quote, which is at ${result.quoteAt.start}–${result.quoteAt.end}`
			);
			break;
	}
	return undefined;
}

function readClaims(
	source: SourceFile,
	problems: Problem[],
	articles: Article[],
	annotations: Map<string, AnchoredAnnotation>,
	unavailable: Set<string>
): { claims: Claim[]; suppressed: number } {
	const reader = new FieldReader(source.file, problems);
	const data = reader.object(source.data, [], 'claims.json');
	const list = data && reader.array(data, 'claims', []);
	let suppressed = 0;
	if (!list) return { claims: [], suppressed };
	const claims: Claim[] = [];
	for (const [i, raw] of list.entries()) {
		const item = reader.object(raw, ['claims', i], 'a claim');
		if (!item) continue;
		const id = reader.string(item, 'id', ['claims', i]);
		const claimReader = reader.forId(id);
		const topic = claimReader.string(item, 'topic', ['claims', i]);
		const cellsData = claimReader.object(item.cells, ['claims', i, 'cells'], 'cells');
		if (!id || !topic || !cellsData) continue;
		const cells: Record<string, ClaimCell> = {};
		for (const key of Object.keys(cellsData)) {
			if (unavailable.has(key)) suppressed++;
			else if (!articles.some((a) => a.id === key))
				claimReader.report(['claims', i, 'cells', key], `"${key}" is not an article of this case`);
		}
		for (const article of articles) {
			const path = ['claims', i, 'cells', article.id];
			const cell = cellsData[article.id];
			if (cell === undefined) {
				claimReader.report(path, `no cell for article "${article.id}" (write "says": null if it does not report this)`);
				continue;
			}
			const cellData = claimReader.object(cell, path, 'a cell');
			if (!cellData) continue;
			const says = claimReader.stringOrNull(cellData, 'says', path);
			const authority = claimReader.stringOrNull(cellData, 'authority', path, { optional: true }) ?? null;
			const refs = claimReader.array(cellData, 'annotations', path, { optional: true }) ?? [];
			const kept: string[] = [];
			for (const [j, ref] of refs.entries()) {
				const annotation = typeof ref === 'string' ? annotations.get(ref) : undefined;
				if (annotation?.article === article.id) kept.push(annotation.id);
				if (!annotation && typeof ref === 'string' && unavailable.has(ref)) suppressed++;
				else if (!annotation)
					claimReader.report([...path, 'annotations', j], `refers to annotation ${JSON.stringify(ref)}, which does not exist`);
				else if (annotation.article !== article.id) {
					claimReader.report(
						[...path, 'annotations', j],
						`annotation "${ref}" is in article "${annotation.article}", not "${article.id}"`
					);
				}
			}
			if (says !== undefined) cells[article.id] = { says, authority, annotations: kept };
		}
		claims.push({ id, topic, cells });
	}
	return { claims, suppressed };
}
