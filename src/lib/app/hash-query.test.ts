import { expect, it } from 'vitest';
import { hashQuery } from './hash-query.js';

it.each([
	['http://x/#/cases/a?annotation=b-1', 'b-1'],
	['file:///build/index.html#/cases/a?annotation=b-1&x=2', 'b-1'],
	['http://x/#/cases/a', null],
	['http://x/?annotation=no#/cases/a', null]
])('reads the query of the hash route in %s', (url, expected) => {
	expect(hashQuery(new URL(url)).get('annotation')).toBe(expected);
});
