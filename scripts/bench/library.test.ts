import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateLibrary, measureAppWithoutCases, pinExercisesToCase } from './library.js';

function lessons(): string {
	const dir = mkdtempSync(join(tmpdir(), 'sidelight-library-test-'));
	mkdirSync(join(dir, 'cases', 'one', 'articles'), { recursive: true });
	writeFileSync(join(dir, 'cases', 'one', 'case.json'), JSON.stringify({ id: 'one', title: 'One', articles: [] }));
	writeFileSync(join(dir, 'cases', 'one', 'articles', 'a.txt'), 'Text.');
	mkdirSync(join(dir, 'course', '01-first'), { recursive: true });
	writeFileSync(
		join(dir, 'course', '01-first', 'exercises.json'),
		JSON.stringify([
			{ id: 'm', type: 'mark' },
			{ id: 'c', type: 'choice' },
			{ id: 'r', type: 'rank', case: 'other' }
		])
	);
	return dir;
}

describe('the 20-case library', () => {
	it('copies a case under new ids, changing only its id and title', () => {
		const dir = lessons();
		expect(generateLibrary(dir, 'one', 2)).toEqual(['one-copy-01', 'one-copy-02']);
		const copy = JSON.parse(readFileSync(join(dir, 'cases', 'one-copy-02', 'case.json'), 'utf8'));
		expect(copy).toEqual({ id: 'one-copy-02', title: 'One (copy 2)', articles: [] });
		expect(readFileSync(join(dir, 'cases', 'one-copy-02', 'articles', 'a.txt'), 'utf8')).toBe('Text.');
	});

	it('names the case only in exercises that point into annotations and do not name one already', () => {
		const dir = lessons();
		pinExercisesToCase(dir, 'one');
		const exercises = JSON.parse(readFileSync(join(dir, 'course', '01-first', 'exercises.json'), 'utf8'));
		expect(exercises.map((e: { case?: string }) => e.case)).toEqual(['one', undefined, 'other']);
	});

	it('counts the first load without case data files, and lists the parts loaded on demand beside it', () => {
		const build = mkdtempSync(join(tmpdir(), 'sidelight-library-build-'));
		mkdirSync(join(build, 'cases'));
		writeFileSync(join(build, 'index.html'), '<script>app</script>'.repeat(50));
		writeFileSync(join(build, 'cases', 'one.js'), 'case data '.repeat(500));
		writeFileSync(join(build, 'service-worker.js'), 'worker');
		mkdirSync(join(build, '_app', 'parts'), { recursive: true });
		writeFileSync(join(build, '_app', 'parts', 'teacher.js'), 'teacher '.repeat(500));
		const app = measureAppWithoutCases(build);
		expect(app.how).toMatch(/index\.html gzipped, the first load of every page, without the 1 case data files/);
		expect(app.how).toMatch(/loaded only when a page needs them: _app\/parts\/teacher\.js \d/);
		expect(app.gzip).toBeLessThan(100);
		expect(readdirSync(build)).toContain('cases');
	});

	it('estimates it from the inline content when cases are inline, and says so', () => {
		const build = mkdtempSync(join(tmpdir(), 'sidelight-library-build-'));
		writeFileSync(join(build, 'index.html'), 'x'.repeat(1000));
		const whole = measureAppWithoutCases(build, 0).gzip;
		const app = measureAppWithoutCases(build, 10);
		expect(app.gzip).toBe(whole - 10);
		expect(app.how).toMatch(/cases are inline.*an estimate/);
	});
});
