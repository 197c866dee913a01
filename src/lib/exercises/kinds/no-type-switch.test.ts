// Keeps the registry the only switch on the exercise type: a new `switch (exercise.type)`, a
// `case 'choice':` or an `x.type === 'rank'` outside kinds/ means a type's logic is leaking out
// of its module again. A simple scan of the source, not a parser: it errs on the side of asking.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXERCISE_TYPES } from '../types.js';

const SRC = new URL('../../../', import.meta.url).pathname;

/** The one place a component picks what to render by type (the review allows it), and the mark input's labelled variant. */
const ALLOWED = new Set(['lib/components/exercises/ExerciseInput.svelte', 'lib/components/exercises/MarkInput.svelte']);

const types = EXERCISE_TYPES.map((t) => t.replace(/-/g, '\\-')).join('|');
const PATTERNS = [
	new RegExp(`switch \\(\\s*[\\w.]*\\b(exercise|answer|key|result)\\.type\\s*\\)`),
	new RegExp(`case '(${types})'`),
	new RegExp(`\\.type\\s*[!=]==?\\s*'(${types})'`),
	new RegExp(`'(${types})'\\s*[!=]==?\\s*[\\w.]*\\.type\\b`)
];

function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return ['node_modules', 'testing', 'kinds'].includes(entry.name) ? [] : sources(path);
		return /\.(ts|svelte)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
	});
}

describe('the exercise type', () => {
	test('is switched on only in exercises/kinds/ (and where a component picks its input)', () => {
		const found: string[] = [];
		for (const file of sources(SRC)) {
			const name = relative(SRC, file);
			if (ALLOWED.has(name)) continue;
			readFileSync(file, 'utf8')
				.split('\n')
				.forEach((line, i) => {
					if (PATTERNS.some((p) => p.test(line))) found.push(`${name}:${i + 1}: ${line.trim()}`);
				});
		}
		expect(found, 'move the type-specific code into its kind (src/lib/exercises/kinds/)').toEqual([]);
	});

	test('scan notices a switch on the type', () => {
		expect(PATTERNS.some((p) => p.test('	switch (exercise.type) {'))).toBe(true);
		expect(PATTERNS.some((p) => p.test(`	if (entry.answer.type === 'rank') return;`))).toBe(true);
		expect(PATTERNS.some((p) => p.test(`		case 'mark-and-label':`))).toBe(true);
	});
});
