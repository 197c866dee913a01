// Field readers exercises need beyond content/fields.ts: booleans, numbers, lists of ids and the
// check for unknown fields (a misspelt "borderlines" would otherwise be ignored without a word).
import { describe, type FieldReader, type Obj } from '../content/fields.js';
import type { JsonPath } from '../content/problems.js';

/** A string in a list, with its index for messages. */
export interface Listed {
	value: string;
	index: number;
}

export function readBoolean(reader: FieldReader, obj: Obj, key: string, path: JsonPath): boolean | undefined {
	const value = obj[key];
	if (typeof value !== 'boolean') {
		reader.report([...path, key], `${key} should be true or false, got ${describe(value)}`);
		return undefined;
	}
	return value;
}

export function readNumber(
	reader: FieldReader,
	obj: Obj,
	key: string,
	path: JsonPath,
	options: { min?: number } = {}
): number | undefined {
	const value = obj[key];
	const { min } = options;
	if (typeof value !== 'number' || !Number.isFinite(value) || (min !== undefined && value < min)) {
		const kind = min === undefined ? 'a number' : `a number of ${min} or more`;
		reader.report([...path, key], `${key} should be ${kind}, got ${describe(value)}`);
		return undefined;
	}
	return value;
}

/**
 * A list of distinct non-empty strings. Returns the valid entries with their indexes (so later
 * checks can name `targets[2]`), or undefined when the field is not a list or is too short.
 */
export function readIdList(
	reader: FieldReader,
	obj: Obj,
	key: string,
	path: JsonPath,
	options: { optional?: boolean; min?: number; what?: string } = {}
): Listed[] | undefined {
	const list = reader.array(obj, key, path, { optional: options.optional });
	if (!list) return undefined;
	const min = options.min ?? 0;
	if (list.length < min) {
		reader.report([...path, key], `${key} should list at least ${min} ${options.what ?? 'ids'}, got ${list.length}`);
		return undefined;
	}
	const listed: Listed[] = [];
	for (const [index, value] of list.entries()) {
		if (typeof value !== 'string' || value.trim() === '') {
			reader.report([...path, key, index], `${key}[${index}] should be a non-empty string, got ${describe(value)}`);
		} else if (listed.some((l) => l.value === value)) {
			reader.report([...path, key, index], `${key}[${index}]: "${value}" is listed twice`);
		} else listed.push({ value, index });
	}
	return listed.length === list.length ? listed : undefined;
}

/** Reports each field not in `allowed`; returns whether there were none. */
export function reportUnknownFields(
	reader: FieldReader,
	obj: Obj,
	path: JsonPath,
	allowed: readonly string[],
	what: string
): boolean {
	const unknown = Object.keys(obj).filter((key) => !allowed.includes(key));
	for (const key of unknown) reader.report([...path, key], `unknown field "${key}"; ${what} takes ${allowed.join(', ')}`);
	return unknown.length === 0;
}

export function quoteList(values: readonly string[]): string {
	return values.map((v) => `"${v}"`).join(', ');
}
