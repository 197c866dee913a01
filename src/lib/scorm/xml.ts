// Just enough XML to write a manifest: escaped text and attributes, elements built from nested
// arrays. Small on purpose: a general XML library would be a dependency for 30 lines of output.

/** Text or attribute value with &, <, >, " and ' escaped; refuses characters XML 1.0 cannot hold. */
export function escapeXml(value: string): string {
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(value)) {
		throw new TypeError(`XML cannot contain the control character in ${JSON.stringify(value)}`);
	}
	return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export type XmlNode = string | XmlElement;
export interface XmlElement {
	name: string;
	attributes?: Record<string, string | undefined>;
	children?: XmlNode[];
}

export const el = (name: string, attributes: XmlElement['attributes'] = {}, ...children: XmlNode[]): XmlElement => ({
	name,
	attributes,
	children
});

/** The element as indented XML; text children are escaped. */
export function renderXml(node: XmlNode, indent = ''): string {
	if (typeof node === 'string') return indent + escapeXml(node);
	const attrs = Object.entries(node.attributes ?? {})
		.filter((entry): entry is [string, string] => entry[1] !== undefined)
		.map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
		.join('');
	const children = node.children ?? [];
	if (children.length === 0) return `${indent}<${node.name}${attrs}/>`;
	if (children.every((c) => typeof c === 'string'))
		return `${indent}<${node.name}${attrs}>${children.map((c) => escapeXml(c as string)).join('')}</${node.name}>`;
	return `${indent}<${node.name}${attrs}>\n${children.map((c) => renderXml(c, `${indent}\t`)).join('\n')}\n${indent}</${node.name}>`;
}
