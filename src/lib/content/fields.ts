// Small field readers for hand-written JSON: each returns the value or records a problem that
// names the exact field, in the manner of SvelteKit's config validation.
import type { JsonPath, Problem } from './problems.js';

export type Obj = Record<string, unknown>;

export function isObject(value: unknown): value is Obj {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class FieldReader {
	constructor(
		readonly file: string,
		readonly problems: Problem[],
		readonly id?: string
	) {}

	report(path: JsonPath, message: string): void {
		this.problems.push({ file: this.file, path, id: this.id, message });
	}

	forId(id: string | undefined): FieldReader {
		return new FieldReader(this.file, this.problems, id);
	}

	string(obj: Obj, key: string, path: JsonPath, options: { optional?: boolean } = {}): string | undefined {
		const value = obj[key];
		if (value === undefined && options.optional) return undefined;
		if (typeof value !== 'string' || value.trim() === '') {
			this.report([...path, key], `${key} should be a non-empty string, got ${describe(value)}`);
			return undefined;
		}
		return value;
	}

	/** A string where null means "none" (an article without a headline, a claim not reported). */
	stringOrNull(obj: Obj, key: string, path: JsonPath, options: { optional?: boolean } = {}): string | null | undefined {
		const value = obj[key];
		if (value === null || (value === undefined && options.optional)) return null;
		if (typeof value !== 'string' || value.trim() === '') {
			this.report([...path, key], `${key} should be a non-empty string or null, got ${describe(value)}`);
			return undefined;
		}
		return value;
	}

	integer(obj: Obj, key: string, path: JsonPath): number | undefined {
		const value = obj[key];
		if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
			this.report([...path, key], `${key} should be a whole number of 0 or more, got ${describe(value)}`);
			return undefined;
		}
		return value;
	}

	array(obj: Obj, key: string, path: JsonPath, options: { optional?: boolean } = {}): unknown[] | undefined {
		const value = obj[key];
		if (value === undefined && options.optional) return [];
		if (!Array.isArray(value)) {
			this.report([...path, key], `${key} should be a list, got ${describe(value)}`);
			return undefined;
		}
		return value;
	}

	object(value: unknown, path: JsonPath, what: string): Obj | undefined {
		if (!isObject(value)) {
			this.report(path, `${what} should be an object, got ${describe(value)}`);
			return undefined;
		}
		return value;
	}

	oneOf<T extends string>(obj: Obj, key: string, path: JsonPath, allowed: readonly T[]): T | undefined {
		const value = obj[key];
		if (typeof value !== 'string' || !allowed.includes(value as T)) {
			this.report([...path, key], `${key} should be one of ${allowed.map((a) => `"${a}"`).join(', ')}, got ${describe(value)}`);
			return undefined;
		}
		return value as T;
	}
}

export function describe(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'string') return value === '' ? 'an empty string' : JSON.stringify(truncate(value, 40));
	if (typeof value === 'object') return 'an object';
	return String(value);
}

export function truncate(text: string, length: number): string {
	return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

/** Ids appear in URLs, result codes and CSS selectors: keep them to lower-case words and hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
