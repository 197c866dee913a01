// The files of a SCORM 1.2 package, from the files of a built site: everything the site needs,
// index.html and imsmanifest.xml at the root, no service worker (an LMS serves the package from
// its own paths and reloads it per attempt; a worker would cache one attempt's files for the next),
// and none of the normal package's .htaccess, whose frame-ancestors would stop the LMS framing it.
// index.html gets a <meta name="sidelight-lms"> with the package's config (course-package.ts).
// Pure (bytes in, bytes out), so the command and the browser build the same package.
import { LMS_META, lmsConfigJson, type LmsConfig } from './course-package.js';
import { manifestXml } from './manifest.js';
import { escapeXml } from './xml.js';

/** Files of the site that have no place in an LMS package. */
export const LEFT_OUT = ['service-worker.js', '.htaccess', 'SHA256SUMS', 'TEACHERS.md'];

export interface ScormPackageOptions {
	identifier: string;
	title: string;
	config: LmsConfig;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** index.html with the LMS config as the first element of <head>. */
export function withLmsMeta(html: string, config: LmsConfig): string {
	const meta = `<meta name="${LMS_META}" content="${escapeXml(lmsConfigJson(config))}">`;
	if (!/<head[^>]*>/.test(html)) throw new TypeError('index.html has no <head>');
	// A page that is itself a package (a builder used inside an LMS) already has one: replace it.
	const without = html.replace(new RegExp(`<meta name="${LMS_META}" content="[^"]*">`, 'g'), '');
	return without.replace(/<head[^>]*>/, (head) => `${head}${meta}`);
}

export function scormPackageFiles(build: ReadonlyMap<string, Uint8Array>, options: ScormPackageOptions): Map<string, Uint8Array> {
	const index = build.get('index.html');
	if (!index) throw new TypeError('the build has no index.html');
	const files = new Map<string, Uint8Array>();
	for (const [path, bytes] of build) if (!LEFT_OUT.includes(path)) files.set(path, bytes);
	files.set('index.html', encoder.encode(withLmsMeta(decoder.decode(index), options.config)));
	const manifest = manifestXml({
		identifier: options.identifier,
		title: options.title,
		masteryScore: options.config.masteryScore,
		files: [...files.keys()]
	});
	files.set('imsmanifest.xml', encoder.encode(manifest));
	return files;
}
