import { describe, expect, test } from 'vitest';
import { canonicalJson, contentVersion } from './content-version.js';
import { KEYED } from './testing/fixtures.js';

describe('contentVersion', () => {
	test('is 8 lower-case hex digits', () => {
		expect(contentVersion(KEYED)).toMatch(/^[0-9a-f]{8}$/);
	});

	test('does not depend on the order the exercises are listed in, or the lesson that places them', () => {
		const moved = [...KEYED].reverse().map((k) => ({ ...k, lesson: 'another-lesson' }));
		expect(contentVersion(moved)).toBe(contentVersion(KEYED));
	});

	test.each([
		['a prompt', (k: (typeof KEYED)[number]) => ({ ...k, exercise: { ...k.exercise, prompt: 'Changed.' } })],
		['a key', (k: (typeof KEYED)[number]) => ({ ...k, key: { type: k.key.type } as typeof k.key })],
		['the number of attempts', (k: (typeof KEYED)[number]) => ({ ...k, exercise: { ...k.exercise, attempts: 9 } })]
	])('changes when %s of one exercise changes', (_, edit) => {
		const edited = KEYED.map((k, i) => (i === 0 ? edit(k) : k));
		expect(contentVersion(edited)).not.toBe(contentVersion(KEYED));
	});

	test('changes when an exercise is added or left out', () => {
		expect(contentVersion(KEYED.slice(1))).not.toBe(contentVersion(KEYED));
	});
});

describe('canonicalJson', () => {
	test('writes object keys in order at every level, and arrays as they are', () => {
		expect(canonicalJson({ b: 1, a: { d: [3, 1], c: null } })).toBe('{"a":{"c":null,"d":[3,1]},"b":1}');
	});
});
