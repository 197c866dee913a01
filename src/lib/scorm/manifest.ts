// imsmanifest.xml for a SCORM 1.2 package with one SCO: one organization, one item, one resource
// (index.html, scormtype "sco") listing every file of the package. One SCO because multi-SCO
// navigation breaks in some LMSs and others accept only one (interop notes). Pure.
import { isIdentifier } from './data-model.js';
import { el, renderXml } from './xml.js';

export interface ManifestOptions {
	/** CMIIdentifier for the manifest; the item and resource ids derive from it. */
	identifier: string;
	/** What the LMS lists the course as. */
	title: string;
	/** Percent, written as adlcp:masteryscore; null leaves it out. */
	masteryScore: number | null;
	/** Every file in the package, by path with "/" separators (imsmanifest.xml itself excluded). */
	files: readonly string[];
}

export function manifestXml({ identifier, title, masteryScore, files }: ManifestOptions): string {
	if (!isIdentifier(identifier) || !/^[A-Za-z_][\w.-]*$/.test(identifier)) {
		throw new TypeError(`manifest identifier "${identifier}" must be an XML id without spaces (letters, digits, . - _)`);
	}
	if (masteryScore !== null && !(Number.isInteger(masteryScore) && masteryScore >= 0 && masteryScore <= 100)) {
		throw new TypeError(`mastery score ${masteryScore} must be a whole number from 0 to 100`);
	}
	if (!files.includes('index.html')) throw new TypeError('the package has no index.html at its root');
	const item = el(
		'item',
		{ identifier: `${identifier}-item`, identifierref: `${identifier}-sco`, isvisible: 'true' },
		el('title', {}, title),
		...(masteryScore === null ? [] : [el('adlcp:masteryscore', {}, String(masteryScore))])
	);
	const resource = el(
		'resource',
		{ identifier: `${identifier}-sco`, type: 'webcontent', 'adlcp:scormtype': 'sco', href: 'index.html' },
		...[...files].sort().map((href) => el('file', { href }))
	);
	const manifest = el(
		'manifest',
		{
			identifier,
			version: '1.0',
			xmlns: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
			'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
			'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
			'xsi:schemaLocation':
				'http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd'
		},
		el('metadata', {}, el('schema', {}, 'ADL SCORM'), el('schemaversion', {}, '1.2')),
		el(
			'organizations',
			{ default: `${identifier}-org` },
			el('organization', { identifier: `${identifier}-org` }, el('title', {}, title), item)
		),
		el('resources', {}, resource)
	);
	return `<?xml version="1.0" encoding="UTF-8"?>\n${renderXml(manifest)}\n`;
}
