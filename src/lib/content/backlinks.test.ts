import { describe, expect, it } from 'vitest';
import { addBacklinks } from './backlinks.js';
import type { AnchoredAnnotation, AnnotationLink } from './types.js';

function passage(id: string, links: AnnotationLink[] = []): AnchoredAnnotation {
	return { id, article: 'a', category: 'sourced', explanation: '', start: 0, end: 1, quote: 'x', links, backlinks: [] };
}

describe('backlinks', () => {
	it('a reader sees a contradiction from the other end as "contradicts"', () => {
		const [one, two] = [passage('one', [{ to: 'two', relation: 'contradicted-by' }]), passage('two')];
		addBacklinks([one, two]);
		expect(two.backlinks).toEqual([{ to: 'one', relation: 'contradicts' }]);
	});

	it('two passages to compare read as "compare" from both ends', () => {
		const [one, two] = [passage('one', [{ to: 'two', relation: 'compare' }]), passage('two')];
		addBacklinks([one, two]);
		expect(two.backlinks).toEqual([{ to: 'one', relation: 'compare' }]);
	});
});
