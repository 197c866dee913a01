// Validation of the exercises that carry their whole key (match, choice, rank, numeric): the key
// must be complete and consistent, so that some answer scores full marks.
import type { FieldReader, Obj } from '../content/fields.js';
import type { JsonPath } from '../content/problems.js';
import { quoteList, readBoolean, readIdList, readNumber, reportUnknownFields } from './read-fields.js';
import type { ChoiceOption, MatchItem } from './types.js';
import { readCaseRef, type ExerciseContext } from './exercise-context.js';

export function readMatch(data: Obj, path: JsonPath, reader: FieldReader) {
	const left = readItems(data, 'left', path, reader);
	const right = readItems(data, 'right', path, reader);
	const pairsData = reader.object(data.pairs, [...path, 'pairs'], 'pairs');
	if (!left || !right || !pairsData) return undefined;
	const pairs: Record<string, string> = {};
	let ok = true;
	for (const [leftId, rightId] of Object.entries(pairsData)) {
		const at = [...path, 'pairs', leftId];
		if (!left.some((l) => l.id === leftId)) {
			reader.report(at, `pairs.${leftId}: "${leftId}" is not a left item; left: ${quoteList(left.map((l) => l.id))}`);
			ok = false;
		} else if (typeof rightId !== 'string' || !right.some((r) => r.id === rightId)) {
			const shown = typeof rightId === 'string' ? `"${rightId}"` : 'that';
			reader.report(at, `pairs.${leftId}: ${shown} is not a right item; right: ${quoteList(right.map((r) => r.id))}`);
			ok = false;
		} else pairs[leftId] = rightId;
	}
	const unpaired = left.filter((l) => !Object.hasOwn(pairsData, l.id));
	if (unpaired.length) {
		reader.report(
			[...path, 'pairs'],
			`pairs: no pair for left item${unpaired.length > 1 ? 's' : ''} ${quoteList(unpaired.map((l) => l.id))}`
		);
		ok = false;
	}
	return ok ? { left, right, pairs } : undefined;
}

function readItems(data: Obj, key: string, path: JsonPath, reader: FieldReader): MatchItem[] | undefined {
	const list = reader.array(data, key, path);
	if (!list) return undefined;
	if (list.length === 0) reader.report([...path, key], `${key} should list at least 1 item, got 0`);
	const items: MatchItem[] = [];
	for (const [i, raw] of list.entries()) {
		const itemPath = [...path, key, i];
		const item = reader.object(raw, itemPath, `${key}[${i}]`);
		if (!item) continue;
		const known = reportUnknownFields(reader, item, itemPath, ['id', 'text'], 'an item');
		const id = reader.string(item, 'id', itemPath) ?? undefined;
		const text = reader.string(item, 'text', itemPath) ?? undefined;
		if (id && items.some((other) => other.id === id)) reader.report([...itemPath, 'id'], `${key}[${i}].id: duplicate id "${id}"`);
		else if (known && id && text) items.push({ id, text });
	}
	return list.length > 0 && items.length === list.length ? items : undefined;
}

export function readChoice(data: Obj, path: JsonPath, reader: FieldReader) {
	const multiple = readBoolean(reader, data, 'multiple', path);
	const list = reader.array(data, 'options', path);
	if (!list) return undefined;
	// One option is no choice at all.
	if (list.length < 2) reader.report([...path, 'options'], `options should list at least 2 options, got ${list.length}`);
	const options: ChoiceOption[] = [];
	for (const [i, raw] of list.entries()) {
		const at = [...path, 'options', i];
		const item = reader.object(raw, at, `options[${i}]`);
		if (!item) continue;
		const known = reportUnknownFields(reader, item, at, ['id', 'text', 'correct', 'feedback'], 'an option');
		const id = reader.string(item, 'id', at) ?? undefined;
		const text = reader.string(item, 'text', at) ?? undefined;
		const correct = readBoolean(reader, item, 'correct', at);
		const feedback = reader.string(item, 'feedback', at) ?? undefined;
		if (id && options.some((o) => o.id === id)) reader.report([...at, 'id'], `options[${i}].id: duplicate option id "${id}"`);
		else if (known && id && text && correct !== undefined && feedback) options.push({ id, text, correct, feedback });
	}
	if (options.length !== list.length || list.length < 2) return undefined;
	const correct = options.filter((o) => o.correct);
	if (correct.length === 0) {
		reader.report([...path, 'options'], 'options: no option is correct');
		return undefined;
	}
	if (multiple === false && correct.length > 1) {
		reader.report(
			[...path, 'options'],
			`options: ${correct.length} options are correct (${quoteList(correct.map((o) => o.id))}), but multiple is false`
		);
		return undefined;
	}
	return multiple === undefined ? undefined : { multiple, options };
}

export function readRank(data: Obj, path: JsonPath, reader: FieldReader, context: ExerciseContext) {
	const found = readCaseRef(data, path, reader, context);
	// Fewer than two articles leave nothing to order.
	const items = readIdList(reader, data, 'items', path, { min: 2, what: 'article ids' });
	const order = readIdList(reader, data, 'order', path, { what: 'article ids' });
	if (!found || !items || !order) return undefined;
	let ok = true;
	for (const item of items) {
		if (!found.articles.some((a) => a.id === item.value)) {
			reader.report([...path, 'items', item.index], `items[${item.index}]: article "${item.value}" is not in case "${found.id}"`);
			ok = false;
		}
	}
	const missing = items.filter((i) => !order.some((o) => o.value === i.value)).map((i) => i.value);
	const extra = order.filter((o) => !items.some((i) => i.value === o.value)).map((o) => o.value);
	if (missing.length || extra.length) {
		const parts = [
			missing.length ? `missing ${quoteList(missing)}` : '',
			extra.length ? `${quoteList(extra)} not in items` : ''
		].filter(Boolean);
		reader.report([...path, 'order'], `order should list the same articles as items, each once: ${parts.join('; ')}`);
		ok = false;
	}
	return ok ? { case: found.id, items: items.map((i) => i.value), order: order.map((o) => o.value) } : undefined;
}

export function readNumeric(data: Obj, path: JsonPath, reader: FieldReader) {
	const answer = readNumber(reader, data, 'answer', path);
	const tolerance = data.tolerance === undefined ? 0 : readNumber(reader, data, 'tolerance', path, { min: 0 });
	const unit = reader.string(data, 'unit', path, { optional: true }) ?? undefined;
	if (answer === undefined || tolerance === undefined || (data.unit !== undefined && unit === undefined)) return undefined;
	return unit === undefined ? { answer, tolerance } : { answer, tolerance, unit };
}
