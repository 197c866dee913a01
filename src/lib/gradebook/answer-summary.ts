// A student's answer in words, for the teacher reading the gradebook: the passages they marked,
// the options they chose, the order they gave.
import { truncate } from '../content/fields.js';
import type { Answer, Exercise, Key } from '../exercises/types.js';

/** How much of each marked passage to show: enough to recognise it in the article. */
const QUOTE_LENGTH = 60;

export function answerSummary(exercise: Exercise, key: Key, answer: Answer): string {
	switch (answer.type) {
		case 'mark':
		case 'mark-and-label': {
			if (!answer.marks.length) return 'no marks';
			const text = key.type === 'mark' || key.type === 'mark-and-label' ? key.text : '';
			return answer.marks
				.map((m) => {
					const quote = `“${truncate(text.slice(m.start, m.end).replace(/\s+/g, ' '), QUOTE_LENGTH)}”`;
					return 'label' in m && m.label ? `${quote} as ${m.label.replace(/-/g, ' ')}` : quote;
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
					.map(([item, category]) => `${item}: ${category.replace(/-/g, ' ')}`)
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
			return answer.order.join(' > ') || 'no order';
		case 'numeric':
			return answer.value === null ? 'no number' : answer.value.toLocaleString('en');
	}
}
