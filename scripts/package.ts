// `npm run package`: the offline classroom package. Builds the site (or uses build/ if it is newer
// than everything it is made from; `--rebuild` forces a build) and writes
// dist/sidelight-<version>.zip (see package-contents.ts for what it holds), plus
// dist/sidelight-<version>.zip.sha256 beside it.
import { appendFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BUILD, ROOT, ensureFreshBuild } from './bench/project.js';
import { FOLDER, packageFiles, readBuild, sha256, zipPackage } from './package-contents.js';

/** Adds `dist/` to .gitignore unless a line already ignores it. */
function ignoreDist() {
	const path = join(ROOT, '.gitignore');
	const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
	if (text.split(/\r?\n/).some((line) => /^\/?dist\/?$/.test(line.trim()))) return;
	appendFileSync(path, `${text && !text.endsWith('\n') ? '\n' : ''}dist/\n`);
}

async function main() {
	if (await ensureFreshBuild({ force: process.argv.includes('--rebuild'), log: console.log })) console.log('Built build/.');
	else console.log('Using build/: it is newer than its sources.');

	const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
	const files = packageFiles(readBuild(BUILD));
	// One date for every entry, so the same build gives the same zip: SOURCE_DATE_EPOCH if set, else the build's.
	const epoch = Number(process.env.SOURCE_DATE_EPOCH);
	const mtime = Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : statSync(join(BUILD, 'index.html')).mtime;
	const zip = zipPackage(files, mtime);

	const dist = join(ROOT, 'dist');
	mkdirSync(dist, { recursive: true });
	const zipName = `sidelight-${version}.zip`;
	const zipPath = join(dist, zipName);
	writeFileSync(zipPath, zip);
	writeFileSync(`${zipPath}.sha256`, `${sha256(zip)}  ${zipName}\n`);
	ignoreDist();

	console.log(`${relative(process.cwd(), zipPath)}: ${(zip.length / 1000).toFixed(1)} KB (${files.size} files in ${FOLDER}/)`);
	console.log(`${relative(process.cwd(), zipPath)}.sha256: ${sha256(zip)}`);
}

main().catch((error) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
