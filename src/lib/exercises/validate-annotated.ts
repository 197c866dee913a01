// Validation of the exercises that point into a case's annotations (mark, mark-and-label,
// classify): every annotation they name must exist, in the right article, with a category the
// exercise can accept.
import type { FieldReader, Obj } from '../content/fields.js';
import type { JsonPath } from '../content/problems.js';
import type { AnchoredAnnotation, Case } from '../content/types.js';
import { quoteList, readIdList, reportUnknownFields, type Listed } from './read-fields.js';
import type { ClassifyItem } from './types.js';
import { readCaseRef, reportUnknownCase, type ExerciseContext } from './exercise-context.js';

export function readMark(data: Obj, path: JsonPath, reader: FieldReader, context: ExerciseContext) {
	return readMarkFields(data, path, reader, context)?.fields;
}

function readMarkFields(data: Obj, path: JsonPath, reader: FieldReader, context: ExerciseContext) {
	const where = readArticle(data, path, reader, context);
	const targets = readAnnotationList(data, 'targets', path, reader, where, { min: 1 });
	const borderline = readAnnotationList(data, 'borderline', path, reader, where, { optional: true });
	for (const b of borderline ?? []) {
		if (targets?.some((t) => t.id === b.id))
			reader.report([...path, 'borderline', b.index], `borderline[${b.index}]: "${b.id}" is also a target`);
	}
	if (!where || !targets || !borderline || borderline.some((b) => targets.some((t) => t.id === b.id))) return undefined;
	const fields = {
		case: where.found.id,
		article: where.article,
		targets: targets.map((t) => t.id),
		borderline: borderline.map((b) => b.id)
	};
	return { fields, targets };
}

export function readMarkAndLabel(data: Obj, path: JsonPath, reader: FieldReader, context: ExerciseContext) {
	const mark = readMarkFields(data, path, reader, context);
	const labels = readIdList(reader, data, 'labels', path, { min: 2, what: 'categories (one would give the answer away)' });
	const known = context.categories.map((c) => c.slug);
	for (const label of labels ?? []) {
		if (!known.includes(label.value))
			reader.report(
				[...path, 'labels', label.index],
				`labels[${label.index}]: unknown category "${label.value}"; known: ${known.join(', ')}`
			);
	}
	if (!mark || !labels) return undefined;
	const { fields, targets } = mark;
	let ok = labels.every((l) => known.includes(l.value));
	for (const [i, target] of targets.entries()) {
		const { annotation } = target;
		if (!labels.some((l) => l.value === annotation.category)) {
			reader.report(
				[...path, 'targets', target.index],
				`targets[${target.index}]: annotation "${target.id}" is a "${annotation.category}" passage, which labels does not offer`
			);
			ok = false;
		}
		// Overlapping targets with different categories ask for two labels on one passage, which a
		// student cannot give: the key itself would not score full marks.
		const clash = targets
			.slice(0, i)
			.find((o) => overlap(o.annotation, annotation) && o.annotation.category !== annotation.category);
		if (clash) {
			reader.report(
				[...path, 'targets', target.index],
				`targets[${target.index}]: annotation "${target.id}" (${annotation.category}) overlaps target "${clash.id}" (${clash.annotation.category}); one passage cannot take two labels, so make one of them borderline`
			);
			ok = false;
		}
	}
	return ok ? { ...fields, labels: labels.map((l) => l.value) } : undefined;
}

export function readClassify(data: Obj, path: JsonPath, reader: FieldReader, context: ExerciseContext) {
	const caseId = reader.string(data, 'case', path, { optional: true }) ?? undefined;
	const searched = caseId === undefined ? context.cases : context.cases.filter((c) => c.id === caseId);
	if (caseId !== undefined && searched.length === 0) reportUnknownCase(reader, path, caseId, context.cases);
	const categories = readIdList(reader, data, 'categories', path, {
		min: 2,
		what: 'categories (one would give the answer away)'
	});
	const known = context.categories.map((c) => c.slug);
	for (const c of categories ?? []) {
		if (!known.includes(c.value))
			reader.report(
				[...path, 'categories', c.index],
				`categories[${c.index}]: unknown category "${c.value}"; known: ${known.join(', ')}`
			);
	}
	const offered = (categories ?? []).map((c) => c.value);
	const list = reader.array(data, 'items', path);
	if (list && list.length === 0) reader.report([...path, 'items'], 'items should list at least 1 passage, got 0');
	const items: ClassifyItem[] = [];
	for (const [i, raw] of (list ?? []).entries()) {
		const item = readClassifyItem(raw, [...path, 'items', i], `items[${i}]`, reader, searched, categories ? offered : undefined);
		if (item && items.some((other) => other.id === item.id))
			reader.report([...path, 'items', i, 'id'], `items[${i}].id: duplicate item id "${item.id}"`);
		else if (item) items.push(item);
	}
	const valid = categories && offered.every((c) => known.includes(c)) && list && list.length > 0 && items.length === list.length;
	if (!valid || (caseId !== undefined && searched.length === 0)) return undefined;
	return { ...(caseId === undefined ? {} : { case: caseId }), categories: offered, items };
}

function readClassifyItem(
	raw: unknown,
	path: JsonPath,
	name: string,
	reader: FieldReader,
	cases: readonly Case[],
	offered: string[] | undefined
): ClassifyItem | undefined {
	const data = reader.object(raw, path, name);
	if (!data) return undefined;
	const known = reportUnknownFields(reader, data, path, ['id', 'annotation', 'category'], 'an item');
	const id = reader.string(data, 'id', path) ?? undefined;
	const annotationId = reader.string(data, 'annotation', path) ?? undefined;
	const category = reader.string(data, 'category', path, { optional: true }) ?? undefined;
	if (!known || !id || !annotationId || (data.category !== undefined && category === undefined)) return undefined;

	const matches = cases.flatMap((c) =>
		c.annotations.filter((a) => a.id === annotationId).map((a) => ({ case: c.id, annotation: a }))
	);
	const where = cases.length === 1 ? `in case "${cases[0].id}"` : 'in any case';
	if (matches.length === 0) {
		reader.report([...path, 'annotation'], `${name}.annotation: annotation "${annotationId}" does not exist ${where}`);
		return undefined;
	}
	if (matches.length > 1) {
		reader.report(
			[...path, 'annotation'],
			`${name}.annotation: annotation "${annotationId}" exists in cases ${quoteList(matches.map((m) => m.case))}; add "case" to the exercise to say which`
		);
		return undefined;
	}
	if (!offered) return undefined;
	if (category !== undefined && !offered.includes(category)) {
		reader.report([...path, 'category'], `${name}.category: "${category}" is not one of categories (${offered.join(', ')})`);
		return undefined;
	}
	const own = matches[0].annotation.category;
	if (category === undefined && !offered.includes(own)) {
		reader.report(
			[...path, 'annotation'],
			`${name}.annotation: annotation "${annotationId}" is a "${own}" passage, which categories does not offer; offer it, or give the item a category`
		);
		return undefined;
	}
	return category === undefined ? { id, annotation: annotationId } : { id, annotation: annotationId, category };
}

interface ArticleRef {
	found: Case;
	article: string;
}

/** The exercise's case and article, reported if either does not exist. */
function readArticle(data: Obj, path: JsonPath, reader: FieldReader, context: ExerciseContext): ArticleRef | undefined {
	const found = readCaseRef(data, path, reader, context);
	const article = reader.string(data, 'article', path) ?? undefined;
	if (!found || !article) return undefined;
	if (!found.articles.some((a) => a.id === article)) {
		reader.report(
			[...path, 'article'],
			`article "${article}" is not in case "${found.id}"; its articles: ${found.articles.map((a) => a.id).join(', ')}`
		);
		return undefined;
	}
	return { found, article };
}

interface AnnotationRef extends Listed {
	id: string;
	annotation: AnchoredAnnotation;
}

function readAnnotationList(
	data: Obj,
	key: string,
	path: JsonPath,
	reader: FieldReader,
	where: ArticleRef | undefined,
	options: { optional?: boolean; min?: number }
): AnnotationRef[] | undefined {
	const listed = readIdList(reader, data, key, path, { ...options, what: 'annotation ids' });
	if (!listed || !where) return undefined;
	const refs: AnnotationRef[] = [];
	for (const { value, index } of listed) {
		const annotation = where.found.annotations.find((a) => a.id === value);
		const field = `${key}[${index}]`;
		if (!annotation)
			reader.report([...path, key, index], `${field}: annotation "${value}" does not exist in case "${where.found.id}"`);
		else if (annotation.article !== where.article)
			reader.report(
				[...path, key, index],
				`${field}: annotation "${value}" is in article "${annotation.article}", not "${where.article}"`
			);
		else refs.push({ value, index, id: value, annotation });
	}
	return refs.length === listed.length ? refs : undefined;
}

function overlap(a: AnchoredAnnotation, b: AnchoredAnnotation): boolean {
	return a.start < b.end && b.start < a.end;
}
