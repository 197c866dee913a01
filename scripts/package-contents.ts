// What the classroom package holds, apart from writing it to disk (scripts/package.ts): the built
// site in a folder sidelight/, a short guide for teachers (TEACHERS.md), an Apache .htaccess with the
// security headers, and SHA256SUMS for every file. Kept apart from the command so that tests can make
// the package from any build and open it as a teacher would.
//
// Zip: fflate (one small, dependency-free, widely used package) rather than the system `zip`,
// which a fresh Debian machine with only Node does not have, and rather than a hand-written ZIP
// writer, which would be ours to get right (DOS dates, UTF-8 names, CRCs) and to maintain.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { SECURITY_HEADERS, htaccess } from '../src/build/security-headers.js';
import { filesUnder } from './bench/bytes.js';

/** The folder the zip unpacks to. */
export const FOLDER = 'sidelight';

export const TEACHERS = `# Sidelight: a guide for teachers

Sidelight puts five news reports of the same event side by side and helps students tell sourced reporting from loaded questions and claims nobody backs up. Everything it needs is in this folder: no internet, no accounts, nothing to install.

## On one computer

1. Unzip the file you downloaded.
2. Open the \`sidelight\` folder and double-click \`index.html\`. It opens in the web browser.

You can copy the folder to a USB stick or a shared drive first and open \`index.html\` from there.

## On the school's web server

Copy the whole \`sidelight\` folder to any web server that serves plain files. A sub-folder is fine (for example \`https://your-school.example/sidelight/\`). There is nothing to set up. Students open that address in their browser.

The folder holds a hidden file, \`.htaccess\`, that makes an Apache server send a few security headers (among them one that stops other websites from showing Sidelight inside theirs). Other servers ignore it; if whoever runs yours can add headers, these are the ones:

${Object.entries(SECURITY_HEADERS)
	.map(([name, value]) => `- \`${name}: ${value}\``)
	.join('\n')}

## What works where

- Everything works straight from the folder: the articles, the highlights, the lessons and the exercises.
- Working offline after the first visit (a service worker keeps a copy in the browser) needs the site to come from an \`https://\` address or from \`localhost\`. Elsewhere the site simply loads from the folder or the server each time.
- Progress (answers and scores) is saved in the browser on that computer. Another computer or another browser starts fresh, and clearing the browser's data clears it.

## Assignments and marks, with no server

1. In **Teacher**, open **Build an assignment**, choose exercises and options, and press **Create assignment**. The builder says what each option means for the grade. You get a short code (under 40 characters), a link and a QR code of the link, and can print a handout.
2. Students open the link, or choose **Assignment** in their own copy and type the code. They enter their name, work, and press **Hand in**. They give you the result code (as text, a QR code or a small file; a very long one as text or file).
3. In **Teacher → Gradebook**, paste the codes (a whole chat or e-mail is fine: the text around the codes is ignored) or drop the files. Sidelight scores every answer again itself and shows the class table, with each student's first attempt beside the attempt that counts; export it as CSV for a spreadsheet. The order you import in does not change any grade. Two hand-ins under one name that do not continue each other are shown as a conflict for you to decide. You can rename or delete a student, remove one hand-in (with undo) and delete an assignment.
4. Export a backup after each import session: the gradebook lives in this browser. Restoring a backup can merge it into the gradebook or replace it, and every score is worked out again from the students' codes.

The answer keys are in the Teacher area, and a static site cannot hide them from a determined student.

## Checking the files

\`SHA256SUMS\` lists a checksum for every file in this folder. To check them on Linux, run \`sha256sum -c SHA256SUMS\` inside the folder (on a Mac: \`shasum -a 256 -c SHA256SUMS\`).
`;

export const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/** A built site's files by path inside `dir`, with `/` separators. */
export function readBuild(dir: string): Map<string, Uint8Array> {
	return new Map(filesUnder(dir).map((path) => [relative(dir, path).split('\\').join('/'), readFileSync(path)]));
}

/**
 * The package's files by path inside the folder: the build's files, the guide, the .htaccess, and
 * SHA256SUMS over all of them (in `sha256sum -c` format).
 */
export function packageFiles(build: ReadonlyMap<string, Uint8Array>): Map<string, Uint8Array> {
	const files = new Map(build);
	files.set('TEACHERS.md', Buffer.from(TEACHERS));
	files.set('.htaccess', Buffer.from(htaccess()));
	const sums = [...files.keys()]
		.sort()
		.map((name) => `${sha256(files.get(name)!)}  ${name}\n`)
		.join('');
	files.set('SHA256SUMS', Buffer.from(sums));
	return files;
}

/** The files zipped under FOLDER/, every entry dated `mtime`, so the same files give the same zip. */
export function zipPackage(files: ReadonlyMap<string, Uint8Array>, mtime: Date): Uint8Array {
	const entries: Zippable = {};
	for (const name of [...files.keys()].sort()) entries[`${FOLDER}/${name}`] = [files.get(name)!, { mtime }];
	return zipSync(entries, { level: 9 });
}
