// What a teacher uploads to the LMS: the site without its service worker or framing rules, with
// the manifest and the package's config beside index.html at the root.
import { describe, expect, it } from 'vitest';
import { LMS_META, parseLmsConfig } from './course-package.js';
import { scormPackageFiles, withLmsMeta } from './package-files.js';

const text = (s: string) => new TextEncoder().encode(s);
const build = new Map([
	['index.html', text('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>')],
	['service-worker.js', text('self.addEventListener("fetch", () => {})')],
	['.htaccess', text('Header set Content-Security-Policy "frame-ancestors \'none\'"')],
	['_app/version.json', text('{}')]
]);

describe('the SCORM package files', () => {
	const files = scormPackageFiles(build, { identifier: 'sidelight-test', title: 'Test', config: { masteryScore: 80 } });

	it('has imsmanifest.xml and index.html at the root, and no service worker or .htaccess', () => {
		expect([...files.keys()].sort()).toEqual(['_app/version.json', 'imsmanifest.xml', 'index.html']);
	});

	it('lists every file it holds in the manifest', () => {
		const manifest = new TextDecoder().decode(files.get('imsmanifest.xml'));
		for (const path of ['_app/version.json', 'index.html']) expect(manifest).toContain(`<file href="${path}"/>`);
		expect(manifest).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
	});

	it('tells the page its mastery score in a meta tag the page can read back', () => {
		const html = new TextDecoder().decode(files.get('index.html'));
		const content = /<meta name="sidelight-lms" content="([^"]*)">/.exec(html)![1].replace(/&quot;/g, '"');
		expect(parseLmsConfig(content)).toEqual({ masteryScore: 80 });
		expect(html.indexOf(LMS_META)).toBeLessThan(html.indexOf('</head>'));
	});

	it('replaces the config of a page that is already a package', () => {
		const twice = withLmsMeta(withLmsMeta('<html><head></head></html>', { masteryScore: 50 }), { masteryScore: 90 });
		expect(twice.match(/sidelight-lms/g)).toHaveLength(1);
		expect(twice).toContain('90');
	});

	it('refuses a build without index.html or a page without <head>, and bad configs', () => {
		expect(() => scormPackageFiles(new Map(), { identifier: 'x', title: 'x', config: { masteryScore: null } })).toThrow(
			/index\.html/
		);
		expect(() => withLmsMeta('<p>no head</p>', { masteryScore: null })).toThrow(/head/);
		expect(() => parseLmsConfig('{"masteryScore": 120}')).toThrow(/masteryScore/);
		expect(() => parseLmsConfig('nope')).toThrow(/not JSON/);
	});

	it('carries an added case an assignment uses, and refuses one whose file is not its own data file', () => {
		const addedCase = { id: 'flood-reports', file: 'cases/flood-reports.js', contentHash: '89cfc2fd' };
		expect(parseLmsConfig(JSON.stringify({ masteryScore: null, addedCase }))).toEqual({ masteryScore: null, addedCase });
		for (const bad of [
			{ ...addedCase, file: '../elsewhere.js' },
			{ ...addedCase, file: 'https://example.org/cases/flood-reports.js' },
			{ ...addedCase, id: 'Flood Reports', file: 'cases/Flood Reports.js' },
			{ ...addedCase, contentHash: 'nope' }
		])
			expect(() => parseLmsConfig(JSON.stringify({ masteryScore: 70, addedCase: bad }))).toThrow(/addedCase/);
	});
});
