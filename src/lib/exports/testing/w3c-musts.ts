// Test helper (Node only): the MUST assertions of the W3C Web Annotation test suite
// (annotations/annotationMusts.test, 54 JSON Schemas, vendored in tests/vendor/web-annotation-tests
// with their licence), compiled with ajv for draft-04, the schemas' dialect. Returns the titles of
// the assertions an annotation fails, so a failing test says which rule of the model it broke.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const SUITE = join(import.meta.dirname, '../../../../tests/vendor/web-annotation-tests');

interface Assertion {
	file: string;
	title: string;
	expectedResult: 'valid' | 'invalid';
	validate: (data: unknown) => boolean;
}

function load(): Assertion[] {
	const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false });
	addFormats(ajv);
	for (const name of readdirSync(join(SUITE, 'definitions'))) {
		ajv.addSchema(JSON.parse(readFileSync(join(SUITE, 'definitions', name), 'utf8')));
	}
	const musts = JSON.parse(readFileSync(join(SUITE, 'annotations/annotationMusts.test'), 'utf8')) as { assertions: string[] };
	return musts.assertions.map((file) => {
		const schema = JSON.parse(readFileSync(join(SUITE, file), 'utf8')) as { title: string; expectedResult?: string; id?: string };
		// Each assertion file's own `id` is a bare file name that would clash with others in one ajv instance.
		const rest: Record<string, unknown> = { ...schema };
		delete rest.id;
		return {
			file,
			title: schema.title,
			expectedResult: schema.expectedResult === 'invalid' ? 'invalid' : 'valid',
			validate: ajv.compile(rest) as (data: unknown) => boolean
		};
	});
}

let assertions: Assertion[] | undefined;

/** The 54 assertions (loaded once). */
export function annotationMusts(): Assertion[] {
	return (assertions ??= load());
}

/** The assertions `annotation` fails: empty when it meets every MUST of the model. */
export function failedMusts(annotation: unknown): string[] {
	return annotationMusts()
		.filter((a) => a.validate(annotation) !== (a.expectedResult === 'valid'))
		.map((a) => `${a.file}: ${a.title}`);
}
