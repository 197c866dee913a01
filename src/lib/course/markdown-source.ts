// A lesson or shelf note's source: YAML frontmatter between --- lines, then the text. Pure (the
// yaml package runs in the browser too), apart from source.ts so a case reader does not carry YAML.
import type { JsonPath, Problem } from '../content/problems.js';
import { lineAt, type SourceLocation } from '../content/source.js';
import { parse as parseYaml } from 'yaml';

/** A lesson or note: its YAML frontmatter (between --- lines) and the text after it. */
export interface ParsedMarkdown {
	file: string;
	frontmatter: unknown;
	body: string;
	/** Frontmatter fields sit one per line: the field's line, or the top of the file. */
	locate(path: JsonPath): SourceLocation;
}

export function parseMarkdownSource(file: string, text: string): { source: ParsedMarkdown } | { problem: Problem } {
	const locate = (path: JsonPath): SourceLocation => {
		const key = path[0];
		if (typeof key !== 'string') return { line: 1, offset: 0 };
		const match = new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:`, 'm').exec(text);
		return match ? { line: lineAt(text, match.index), offset: match.index } : { line: 1, offset: 0 };
	};
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
	if (!match) return { source: { file, frontmatter: undefined, body: text, locate } };
	try {
		return { source: { file, frontmatter: parseYaml(match[1]) as unknown, body: text.slice(match[0].length), locate } };
	} catch (error) {
		const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
		return {
			problem: {
				file,
				path: [],
				severity: 'error',
				line: line ? line + 1 : 1,
				message: `frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`
			}
		};
	}
}
