// `npm run content:selectors -- <annotations.json>…`: an authoring aid. For each annotation
// whose selectors are incomplete, finds its `exact` quote (narrowed by any prefix/suffix the author
// gave) and writes the full W3C selector pair: 32 characters of context and the position.
// Annotations that already anchor are left as they are; ambiguous or missing quotes are reported.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { anchor, findQuote, selectorsFor } from '../src/lib/anchoring/text-quote.js';
import type { Annotation, TextPositionSelector, TextQuoteSelector } from '../src/lib/content/types.js';

let failed = false;
for (const file of process.argv.slice(2)) {
	const article = basename(file, '.json');
	const caseJson = JSON.parse(readFileSync(join(dirname(file), '..', 'case.json'), 'utf8'));
	const meta = caseJson.articles.find((a: { id: string }) => a.id === article);
	if (!meta) throw new Error(`${file}: no article "${article}" in case.json`);
	const text = readFileSync(join(dirname(file), '..', 'articles', meta.file), 'utf8');
	const annotations: Annotation[] = JSON.parse(readFileSync(file, 'utf8'));
	let filled = 0;
	for (const annotation of annotations) {
		annotation.target ??= { source: article, selector: [] };
		annotation.target.source = article;
		const selectors = annotation.target.selector ?? [];
		const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
		const position = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
		if (!quote?.exact) {
			console.error(`${file}: "${annotation.id}" has no TextQuoteSelector.exact`);
			failed = true;
			continue;
		}
		if (position && anchor(text, quote, position).ok) continue;
		const matches = findQuote(text, quote);
		if (matches.length !== 1) {
			console.error(
				`${file}: "${annotation.id}": quote ${JSON.stringify(quote.exact.slice(0, 60))} ${matches.length ? `occurs ${matches.length} times; add a prefix or suffix` : 'not found'}`
			);
			failed = true;
			continue;
		}
		annotation.target.selector = selectorsFor(text, matches[0]);
		filled++;
	}
	writeFileSync(file, JSON.stringify(annotations, null, '\t') + '\n');
	console.log(`${file}: ${annotations.length} annotations, ${filled} selectors filled in`);
}
process.exit(failed ? 1 : 0);
