// The manifest an LMS reads first, validated against the SCORM 1.2 schemas (vendored in
// tests/vendor/scorm12-xsd) with libxml2 compiled to WebAssembly, so no network and no system tool.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { manifestXml } from './manifest.js';
import { escapeXml } from './xml.js';

const XSD = join(import.meta.dirname, '../../../tests/vendor/scorm12-xsd');
const schemaFile = (fileName: string) => ({ fileName, contents: readFileSync(join(XSD, fileName), 'utf8') });

async function schemaErrors(xml: string): Promise<string[]> {
	const result = await validateXML({
		xml: { fileName: 'imsmanifest.xml', contents: xml },
		schema: schemaFile('wrapper.xsd'),
		preload: ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'ims_xml.xsd'].map(schemaFile)
	});
	return result.errors.map((e) => e.rawMessage);
}

const options = {
	identifier: 'sidelight-course',
	title: 'Sidelight: 55,000 & “counting”',
	masteryScore: 70,
	files: ['index.html', 'favicon.svg']
};

describe('imsmanifest.xml', () => {
	it('validates against the SCORM 1.2 schemas, with the mastery score, one SCO and every file', async () => {
		const xml = manifestXml(options);
		expect(await schemaErrors(xml)).toEqual([]);
		expect(xml).toContain('<adlcp:masteryscore>70</adlcp:masteryscore>');
		expect(xml).toContain('adlcp:scormtype="sco" href="index.html"');
		expect(xml).toContain('<file href="favicon.svg"/>');
		expect(xml).toContain('Sidelight: 55,000 &amp; “counting”');
	});

	it('validates without a mastery score too', async () => {
		expect(await schemaErrors(manifestXml({ ...options, masteryScore: null }))).toEqual([]);
	});

	it('is caught by the schemas when a SCO type is wrong, so the check does check', async () => {
		const bad = manifestXml(options).replace('adlcp:scormtype="sco"', 'adlcp:scormtype="bogus"');
		expect((await schemaErrors(bad)).join('\n')).toMatch(/scormtype/);
	});

	it('refuses identifiers with spaces, mastery scores out of range and a package without index.html', () => {
		expect(() => manifestXml({ ...options, identifier: 'my course' })).toThrow(/identifier/);
		expect(() => manifestXml({ ...options, masteryScore: 101 })).toThrow(/mastery/);
		expect(() => manifestXml({ ...options, files: ['app.html'] })).toThrow(/index\.html/);
	});

	it('escapes markup in titles and refuses control characters', () => {
		expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
		expect(() => escapeXml('bell\u0007')).toThrow(/control character/);
	});
});
