// The zip export's promise: unzipped at the top of a clone, an authored case passes
// `npm run check:content` and `npm run build` unchanged. Tested on a temporary copy of this
// project (node_modules linked, not copied) with the flood fixture case written into it.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftToZip, zipToFiles } from '../src/lib/sharing/case-zip.js';
import { floodDraft } from '../src/lib/sharing/testing/flood-case.js';

const root = join(import.meta.dirname, '..');
const skip = new Set(['node_modules', 'build', '.svelte-kit', '.git', 'test-results', 'playwright-report', 'bench']);

describe('a case unzipped into a copy of the project', () => {
	let copy = '';
	const run = (bin: string, args: string[]) =>
		execFileSync(join(copy, 'node_modules/.bin', bin), args, { cwd: copy, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

	beforeAll(() => {
		copy = mkdtempSync(join(tmpdir(), 'sidelight-added-case-'));
		cpSync(root, copy, { recursive: true, filter: (src) => !skip.has(src.slice(root.length + 1).split('/')[0]) });
		symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
		for (const file of zipToFiles(draftToZip(floodDraft()))) {
			mkdirSync(dirname(join(copy, file.path)), { recursive: true });
			writeFileSync(join(copy, file.path), file.text);
		}
	});
	afterAll(() => {
		if (copy) rmSync(copy, { recursive: true, force: true });
	});

	it('passes check:content, with a warning that prints the exercise-number lines to add', () => {
		const check = spawnSync(join(copy, 'node_modules/.bin/tsx'), ['scripts/check-content.ts'], { cwd: copy, encoding: 'utf8' });
		expect(check.status, check.stderr).toBe(0);
		expect(check.stdout).toContain('✔ flood-reports: 2 articles, 3 annotations, 1 claims');
		const numbers = readFileSync(join(copy, 'lessons/exercise-numbers.txt'), 'utf8');
		const next = numbers.split('\n').filter((l) => /^\d/.test(l)).length + 1;
		expect(check.stderr).toContain(`  ${next} flood-find-loaded-question\n  ${next + 1} flood-who-named`);
	}, 60_000);

	it('builds', () => {
		run('vite', ['build']);
		expect(existsSync(join(copy, 'build/index.html'))).toBe(true);
		// The case's data reaches the build (inline today; in its own data file once cases are data).
		expect(execFileSync('grep', ['-rl', 'flood-reports', 'build'], { cwd: copy, encoding: 'utf8' })).not.toBe('');
	}, 240_000);
});
