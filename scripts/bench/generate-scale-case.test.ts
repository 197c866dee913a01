import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/build/load-content.js';
import { generateScaleCase } from './generate-scale-case.js';

const LESSONS = resolve(import.meta.dirname, '../../lessons');
const dirs: string[] = [];

/** A project folder with the real categories and cases (not the course, which is written elsewhere). */
function project(): string {
	const dir = mkdtempSync(join(tmpdir(), 'sidelight-scale-test-'));
	dirs.push(dir);
	cpSync(join(LESSONS, 'categories.json'), join(dir, 'lessons', 'categories.json'));
	cpSync(join(LESSONS, 'cases'), join(dir, 'lessons', 'cases'), { recursive: true });
	return dir;
}

afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('generateScaleCase', () => {
	it('writes a case that passes the same validation as hand-written content', () => {
		const dir = project();
		const generated = generateScaleCase({ lessonsDir: join(dir, 'lessons'), articles: 3, annotations: 100 });
		const content = loadContent({ cwd: dir });
		const made = content.cases.find((c) => c.id === generated.caseId)!;
		expect(made.articles).toHaveLength(3);
		expect(made.annotations).toHaveLength(100);
		expect(made.annotations.some((a) => a.links.length > 0)).toBe(true);
		expect(new Set(made.annotations.map((a) => a.category)).size).toBeGreaterThan(3);
	});

	it('spreads the annotations over the articles, the first ones taking the remainder', () => {
		const generated = generateScaleCase({ lessonsDir: join(project(), 'lessons'), articles: 3, annotations: 10 });
		expect(generated).toMatchObject({ articles: 3, annotations: 10 });
	});

	it('generates the same case from the same seed', () => {
		const read = (dir: string) => {
			const caseDir = join(dir, 'lessons', 'cases', 'scale-40');
			return readdirSync(join(caseDir, 'annotations')).map((name) => readFileSync(join(caseDir, 'annotations', name), 'utf8'));
		};
		const [a, b] = [project(), project()];
		generateScaleCase({ lessonsDir: join(a, 'lessons'), articles: 2, annotations: 40, seed: 7 });
		generateScaleCase({ lessonsDir: join(b, 'lessons'), articles: 2, annotations: 40, seed: 7 });
		expect(read(a)).toEqual(read(b));
	});
});
