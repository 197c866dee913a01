// What the build sends to the browser, and how the browser gets the full content back. Quotes repeat
// the article text and backlinks repeat the links, so neither is shipped: 9 % of the content module
// gzipped for the real course, more as annotations grow. Pure, so the round trip is tested in Node.
import { addBacklinks } from './backlinks.js';
import type { Content, ShippedContent } from '../course/bundle.js';
import type { AnchoredAnnotation, Case, ShippedCase } from './types.js';

export function packContent(content: Content): ShippedContent {
	return { ...content, cases: content.cases.map(packCase) };
}

export function packCase(c: Case): ShippedCase {
	return { ...c, annotations: c.annotations.map(({ quote: _quote, backlinks: _backlinks, ...rest }) => rest) };
}

export function unpackContent(shipped: ShippedContent): Content {
	return { ...shipped, cases: shipped.cases.map(unpackCase) };
}

export function unpackCase(shipped: ShippedCase): Case {
	const texts = new Map(shipped.articles.map((a) => [a.id, a.text]));
	const annotations: AnchoredAnnotation[] = shipped.annotations.map((a) => ({
		...a,
		quote: texts.get(a.article)?.slice(a.start, a.end) ?? '',
		backlinks: []
	}));
	addBacklinks(annotations);
	return { ...shipped, annotations };
}
