// `npm run export:annotations`: every case's annotations as W3C Web Annotation JSON-LD, in
// dist/annotations/<case>.jsonld (see src/lib/exports/web-annotation.ts for the shape and
// src/lib/exports/iris.ts for the ids). Validates the content first, as the build does.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadContent } from '../src/build/load-content.js';
import { ContentError } from '../src/lib/content/problems.js';
import { annotationCollectionJson, annotationFileName, toW3CAnnotations } from '../src/lib/exports/web-annotation.js';

try {
	const content = loadContent();
	const dir = join(process.cwd(), 'dist/annotations');
	mkdirSync(dir, { recursive: true });
	for (const c of content.cases) {
		const path = join(dir, annotationFileName(c.id));
		writeFileSync(path, annotationCollectionJson(c));
		console.log(`${relative(process.cwd(), path)}: ${toW3CAnnotations(c).length} annotations`);
	}
} catch (error) {
	if (!(error instanceof ContentError)) throw error;
	console.error(error.message);
	process.exit(1);
}
