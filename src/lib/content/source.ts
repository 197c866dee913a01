// A content file's text, parsed once, with a way back from a JSON path to the line and offset it
// came from. Pure (jsonc-parser runs in Node and the browser alike), so the build, check:content
// and an in-browser editor point an author at the same place for the same problem. No YAML here:
// a case has none, so the case reader stays small in the browser (lessons: course/markdown-source.ts).
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { JsonPath, Problem } from './problems.js';

/** A file as the validators read it: its name (for messages only) and its parsed data. */
export interface SourceFile {
	file: string;
	data: unknown;
}

/** Where a problem sits in its file: 1-based line, 0-based UTF-16 offset (as an editor's selection). */
export interface SourceLocation {
	line: number;
	offset: number;
}

export interface ParsedSource extends SourceFile {
	/** The deepest part of the path that exists: a missing field points at its object. */
	locate(path: JsonPath): SourceLocation | undefined;
}

/** Parses strict JSON (no comments, no trailing commas), or returns the problem naming the line. */
export function parseJsonSource(file: string, text: string): { source: ParsedSource } | { problem: Problem } {
	const errors: ParseError[] = [];
	const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
	if (errors.length || !tree) {
		const first = errors[0];
		const offset = first?.offset ?? 0;
		return {
			problem: {
				file,
				path: [],
				severity: 'error',
				line: lineAt(text, offset),
				offset,
				message: `is not valid JSON: ${first ? printParseErrorCode(first.error) : 'empty file'}`
			}
		};
	}
	return { source: { file, data: valueOf(tree), locate: (path) => locateInTree(tree, text, path) } };
}

/** Remembers each parsed file, so any problem about it (from any validator) can be given its line. */
export class SourceIndex {
	private readonly sources = new Map<string, { locate(path: JsonPath): SourceLocation | undefined }>();

	json(file: string, text: string): { source: ParsedSource } | { problem: Problem } {
		const result = parseJsonSource(file, text);
		if ('source' in result) this.sources.set(file, result.source);
		return result;
	}

	/** Registers a file parsed elsewhere (a lesson's frontmatter: course/markdown-source.ts). */
	add(file: string, source: { locate(path: JsonPath): SourceLocation | undefined }): void {
		this.sources.set(file, source);
	}

	/** The problem with its line and offset filled in (where the file is known), and its severity. */
	locate(problem: Problem): Problem {
		const severity = problem.severity ?? 'error';
		if (problem.line) return { ...problem, severity };
		const at = this.sources.get(problem.file)?.locate(problem.path);
		return at ? { ...problem, severity, line: at.line, offset: at.offset } : { ...problem, severity };
	}
}

export function lineAt(text: string, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
	return line;
}

function locateInTree(tree: Node, text: string, path: JsonPath): SourceLocation | undefined {
	for (let depth = path.length; depth >= 0; depth--) {
		const node = findNodeAtLocation(tree, path.slice(0, depth));
		if (node) {
			const offset = node.parent?.type === 'property' ? node.parent.offset : node.offset;
			return { line: lineAt(text, offset), offset };
		}
	}
	return undefined;
}

/** The data from the tree already built, so the file is parsed once (not again by JSON.parse). */
function valueOf(node: Node): unknown {
	switch (node.type) {
		case 'object': {
			const result: Record<string, unknown> = {};
			for (const property of node.children ?? []) {
				const [key, value] = property.children ?? [];
				// defineProperty, not assignment: a "__proto__" key stays data, as with JSON.parse.
				if (key && value)
					Object.defineProperty(result, key.value as string, {
						value: valueOf(value),
						enumerable: true,
						writable: true,
						configurable: true
					});
			}
			return result;
		}
		case 'array':
			return (node.children ?? []).map(valueOf);
		default:
			return node.value;
	}
}
