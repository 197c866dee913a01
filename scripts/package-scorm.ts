// `npm run package:scorm`: the whole course as a SCORM 1.2 package for an LMS (Moodle, Canvas,
// Blackboard, Kolibri…): dist/sidelight-scorm-<version>.zip, one SCO, imsmanifest.xml and
// index.html at the zip's root (see src/lib/scorm/package-files.ts). Builds the site first unless
// build/ is newer than its sources (`--rebuild` forces it), like `npm run package`.
// `--mastery N` sets the pass mark in percent (default 70); `--mastery none` leaves pass/fail to the LMS.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BUILD, ROOT, ensureFreshBuild } from './bench/project.js';
import { readBuild } from './package-contents.js';
import { encodeAssignment } from '../src/lib/assignments/assignment-code.js';
import { resolveKey } from '../src/lib/exercises/resolve-key.js';
import { loadContent } from '../src/build/load-content.js';
import { DEFAULT_MASTERY, courseAssignment } from '../src/lib/scorm/course-package.js';
import { scormPackageFiles } from '../src/lib/scorm/package-files.js';
import { zipScormPackage } from '../src/lib/scorm/zip-package.js';

function masteryFromArgs(): number | null {
	const at = process.argv.indexOf('--mastery');
	if (at === -1) return DEFAULT_MASTERY;
	const value = process.argv[at + 1];
	if (value === 'none') return null;
	const n = Number(value);
	if (!Number.isInteger(n) || n < 0 || n > 100)
		throw new Error(`--mastery takes a whole percent from 0 to 100 or "none", got "${value}"`);
	return n;
}

async function main() {
	const masteryScore = masteryFromArgs();
	if (await ensureFreshBuild({ force: process.argv.includes('--rebuild'), log: console.log })) console.log('Built build/.');
	else console.log('Using build/: it is newer than its sources.');
	const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
	const files = scormPackageFiles(readBuild(BUILD), {
		identifier: `sidelight-course-${version}`,
		title: 'Sidelight: reading the news side by side',
		config: { masteryScore }
	});
	const epoch = Number(process.env.SOURCE_DATE_EPOCH);
	const mtime = Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : statSync(join(BUILD, 'index.html')).mtime;
	const zip = zipScormPackage(files, mtime);
	const dist = join(ROOT, 'dist');
	mkdirSync(dist, { recursive: true });
	const zipPath = join(dist, `sidelight-scorm-${version}.zip`);
	writeFileSync(zipPath, zip);
	console.log(
		`${relative(process.cwd(), zipPath)}: ${(zip.length / 1000).toFixed(1)} KB (${files.size} files, mastery ${masteryScore ?? 'none'})`
	);
	// The result codes the package stores are written against the whole course as one assignment;
	// the gradebook re-scores them once it has that assignment's code.
	const content = loadContent({ cwd: ROOT });
	// Each key resolves in its lesson's case, as in the browser (src/lib/library/open-case.ts).
	const caseOf = new Map(content.course.map((l) => [l.slug, l.case]));
	const exercises = content.exercises.map((e) => ({
		...e,
		key: resolveKey(
			e.exercise,
			content.cases.filter((c) => c.id === caseOf.get(e.lesson))
		)
	}));
	console.log("To re-score in Sidelight's gradebook the codes the LMS keeps (cmi.comments), add this assignment there first:");
	console.log(encodeAssignment(courseAssignment(exercises)));
}

main().catch((error) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
