// A student's answer in words, for the teacher reading the gradebook: the passages they marked,
// the options they chose, the order they gave — naming articles and passages as students see
// them ("Article A: “How many more are missing…”"), never by internal ids.
import { truncate } from '../content/fields.js';
import type { Answer, Exercise, Key } from '../exercises/types.js';

/** How much of each marked passage to show: enough to recognise it in the article. */
const QUOTE_LENGTH = 60;
/** A classify item's passage: shorter, as several share a line. */
const ITEM_QUOTE_LENGTH = 40;

/** How the teacher's copy names things: article ids as "Article A", category slugs by their label. */
export interface Names {
	article: (id: string) => string;
	category: (slug: string) => string;
}

export const PLAIN_NAMES: Names = { article: (id) => id, category: (slug) => slug.replace(/-/g, ' ') };

export function answerSummary(exercise: Exercise, key: Key, answer: Answer, names: Names = PLAIN_NAMES): string {
	switch (answer.type) {
		case 'mark':
		case 'mark-and-label': {
			if (!answer.marks.length) return 'no marks';
			const text = key.type === 'mark' || key.type === 'mark-and-label' ? key.text : '';
			return answer.marks
				.map((m) => {
					const quote = `“${truncate(text.slice(m.start, m.end).replace(/\s+/g, ' '), QUOTE_LENGTH)}”`;
					return 'label' in m && m.label ? `${quote} as ${names.category(m.label)}` : quote;
				})
				.join('; ');
		}
		case 'choice': {
			if (exercise.type !== 'choice' || !answer.selected.length) return 'nothing chosen';
			return answer.selected.map((id) => exercise.options.find((o) => o.id === id)?.text ?? id).join('; ');
		}
		case 'classify':
			return (
				Object.entries(answer.choices)
					.map(([item, category]) => `${itemName(key, item, names)} as ${names.category(category)}`)
					.join('; ') || 'nothing classified'
			);
		case 'match': {
			if (exercise.type !== 'match') return '';
			return (
				Object.entries(answer.pairs)
					.map(
						([left, right]) =>
							`${exercise.left.find((l) => l.id === left)?.text ?? left} → ${exercise.right.find((r) => r.id === right)?.text ?? right}`
					)
					.join('; ') || 'nothing matched'
			);
		}
		case 'rank':
			return answer.order.map(names.article).join(' > ') || 'no order';
		case 'numeric':
			return answer.value === null ? 'no number' : answer.value.toLocaleString();
	}
}

/** A classify item as "Article A: “its passage…”". */
export function itemName(key: Key, item: string, names: Names = PLAIN_NAMES): string {
	const found = key.type === 'classify' ? key.items.find((i) => i.id === item) : undefined;
	return found ? `${names.article(found.article)}: “${truncate(found.quote.replace(/\s+/g, ' '), ITEM_QUOTE_LENGTH)}”` : item;
}
