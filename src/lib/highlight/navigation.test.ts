import { describe, expect, it } from 'vitest';
import { inReadingOrder, neighbour, placeInCategory, relatedPassages } from './navigation.js';
import type { AnchoredAnnotation, Case } from '../content/types.js';

const a = (id: string, article: string, start: number, category = 'loaded-question', extra: Partial<AnchoredAnnotation> = {}) =>
	({
		id,
		article,
		start,
		end: start + 5,
		category,
		explanation: '',
		quote: '',
		links: [],
		backlinks: [],
		...extra
	}) as AnchoredAnnotation;

const annotations = [a('b1', 'b', 0), a('a2', 'a', 50), a('a1', 'a', 10), a('s1', 'a', 20, 'sourced')];
const c = { id: 'c', title: '', summary: '', articles: [{ id: 'a' }, { id: 'b' }], annotations, claims: [] } as unknown as Case;

describe('navigation', () => {
	it('orders annotations article by article, then by position', () => {
		expect(inReadingOrder(c).map((x) => x.id)).toEqual(['a1', 's1', 'a2', 'b1']);
	});
	it('moves to the next annotation of the same category, skipping other categories', () => {
		expect(neighbour(c, annotations[2], 1).id).toBe('a2');
	});
	it('wraps around at either end', () => {
		expect(neighbour(c, annotations[0], 1).id).toBe('a1');
		expect(neighbour(c, annotations[2], -1).id).toBe('b1');
	});
	it('says where an annotation stands in its category', () => {
		expect(placeInCategory(c, annotations[1])).toEqual({ index: 2, total: 3 });
	});
	it('lists linked passages from both directions once each', () => {
		const x = a('x', 'a', 0, 'sourced', {
			links: [{ to: 'y', relation: 'same-claim' }],
			backlinks: [
				{ to: 'y', relation: 'same-claim' },
				{ to: 'z', relation: 'contradicts' }
			]
		});
		const byId = new Map([x, a('y', 'b', 0), a('z', 'b', 9)].map((n) => [n.id, n]));
		expect(relatedPassages(x, byId).map((r) => [r.relation, r.annotation.id])).toEqual([
			['same-claim', 'y'],
			['contradicts', 'z']
		]);
	});
});
