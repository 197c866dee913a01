import { describe, expect, it } from 'vitest';
import { describeInvisibles, invisibleRuns } from './invisibles.js';

describe('showing an author what the text holds but a reader cannot see', () => {
	const text = 'One\u00a0two\tthree\u200b four  \nfive\n\n\n';

	it('finds no-break spaces, tabs, zero-width characters, end-of-line spaces and trailing blank lines', () => {
		const kinds = invisibleRuns(text)
			.filter((r) => r.kind !== 'text')
			.map((r) => r.kind);
		expect(kinds).toEqual([
			'nbsp',
			'tab',
			'zero-width',
			'trailing-space',
			'trailing-space',
			'line-break',
			'line-break',
			'trailing-blank-line',
			'trailing-blank-line'
		]);
	});

	it('gives the text back character for character', () => {
		expect(
			invisibleRuns(text)
				.map((r) => r.text)
				.join('')
		).toBe(text);
		const runs = invisibleRuns(text);
		for (const run of runs) expect(text.slice(run.start, run.start + run.text.length)).toBe(run.text);
	});

	it('sums them up in words', () => {
		expect(describeInvisibles(text)).toBe(
			'1 no-break space, 1 tab, 1 zero-width character, 2 spaces at the end of a line and 2 blank lines at the end'
		);
		expect(describeInvisibles('Plain text.\nTwo lines.')).toBe('');
	});

	it('keeps Windows line breaks as one run each', () => {
		expect(invisibleRuns('a\r\nb').map((r) => [r.kind, r.text])).toEqual([
			['text', 'a'],
			['line-break', '\r\n'],
			['text', 'b']
		]);
	});
});
