// `npm run package`: the offline classroom package. Builds the site (or uses build/ if it is newer
// than everything it is made from; `--rebuild` forces a build) and writes
// dist/sidelight-<version>.zip: the built site in a folder sidelight/, a short guide for teachers
// (TEACHERS.md) and SHA256SUMS for every file, plus dist/sidelight-<version>.zip.sha256 beside it.
//
// Zip: fflate (one small, dependency-free, widely used package) rather than the system `zip`,
// which a fresh Debian machine with only Node does not have, and rather than a hand-written ZIP
// writer, which would be ours to get right (DOS dates, UTF-8 names, CRCs) and to maintain.
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { filesUnder } from './bench/bytes.js';
import { BUILD, ROOT, ensureFreshBuild } from './bench/project.js';

const FOLDER = 'sidelight';

const TEACHERS = `# Sidelight: a guide for teachers

Sidelight puts five news reports of the same event side by side and helps students tell sourced reporting from loaded questions and claims nobody backs up. Everything it needs is in this folder: no internet, no accounts, nothing to install.

## On one computer

1. Unzip the file you downloaded.
2. Open the \`sidelight\` folder and double-click \`index.html\`. It opens in the web browser.

You can copy the folder to a USB stick or a shared drive first and open \`index.html\` from there.

## On the school's web server

Copy the whole \`sidelight\` folder to any web server that serves plain files. A sub-folder is fine (for example \`https://your-school.example/sidelight/\`). There is nothing to set up. Students open that address in their browser.

## What works where

- Everything works straight from the folder: the articles, the highlights, the lessons and the exercises.
- Working offline after the first visit (a service worker keeps a copy in the browser) needs the site to come from an \`https://\` address or from \`localhost\`. Elsewhere the site simply loads from the folder or the server each time.
- Progress (answers and scores) is saved in the browser on that computer. Another computer or another browser starts fresh, and clearing the browser's data clears it.
- Opened from the folder, the browser's developer console shows one harmless error about \`version.json\`. You can ignore it.

## Assignments and marks, with no server

1. In **Teacher**, open **Build an assignment**, choose exercises and options, and press **Create assignment**. You get a code, a link and a QR code, and can print a handout.
2. Students open the link, or choose **Assignment** in their own copy and type the code. They enter their name, work, and press **Hand in**. They give you the result code (as text, a QR code or a small file).
3. In **Teacher → Gradebook**, paste the codes or drop the files. Sidelight scores every answer again itself and shows the class table; export it as CSV for a spreadsheet. Export a backup now and then: the gradebook lives in this browser.

The answer keys are in the Teacher area, and a static site cannot hide them from a determined student.

## Checking the files

\`SHA256SUMS\` lists a checksum for every file in this folder. To check them on Linux, run \`sha256sum -c SHA256SUMS\` inside the folder (on a Mac: \`shasum -a 256 -c SHA256SUMS\`).
`;

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

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
	const files = new Map<string, Uint8Array>();
	for (const path of filesUnder(BUILD)) files.set(relative(BUILD, path).split('\\').join('/'), readFileSync(path));
	files.set('TEACHERS.md', Buffer.from(TEACHERS));
	const names = [...files.keys()].sort();
	const sums = names.map((name) => `${sha256(files.get(name)!)}  ${name}\n`).join('');
	files.set('SHA256SUMS', Buffer.from(sums));

	// One date for every entry, so the same build gives the same zip: SOURCE_DATE_EPOCH if set, else the build's.
	const epoch = Number(process.env.SOURCE_DATE_EPOCH);
	const mtime = Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : statSync(join(BUILD, 'index.html')).mtime;
	const entries: Zippable = {};
	for (const name of [...files.keys()].sort()) entries[`${FOLDER}/${name}`] = [files.get(name)!, { mtime }];
	const zip = zipSync(entries, { level: 9 });

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
