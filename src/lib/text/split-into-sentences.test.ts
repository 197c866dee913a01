import { describe, expect, test } from 'vitest';
import { splitIntoParagraphs, splitIntoSentences } from './split-into-sentences.js';

function sentences(text: string) {
	return splitIntoSentences(text).map((r) => text.slice(r.start, r.end));
}

describe('splitIntoSentences', () => {
	test.each([
		[
			'splits after a full stop followed by a space',
			'The talks resumed. Both sides met.',
			['The talks resumed.', 'Both sides met.']
		],
		[
			'splits after question and exclamation marks',
			'But how accurate is it? How many more are missing! Nobody knows.',
			['But how accurate is it?', 'How many more are missing!', 'Nobody knows.']
		],
		[
			'keeps a closing curly quote with the sentence it ends',
			'He said it was ‘substantive and productive.’ Moscow disagreed.',
			['He said it was ‘substantive and productive.’', 'Moscow disagreed.']
		],
		[
			'does not split inside a quotation when the sentence goes on in lower case',
			'“Why now?” she asked. The envoy left.',
			['“Why now?” she asked.', 'The envoy left.']
		],
		[
			'does not split after titles, months and initials',
			'Mr. Witkoff met J. Kushner on Feb. 3 in the U.S. embassy. Talks followed.',
			['Mr. Witkoff met J. Kushner on Feb. 3 in the U.S. embassy.', 'Talks followed.']
		],
		[
			'does not split inside a decimal number',
			'Russia lost an estimated 1.2 million. Kyiv did not say.',
			['Russia lost an estimated 1.2 million.', 'Kyiv did not say.']
		],
		[
			'treats every line break as a boundary, even without a full stop',
			'Ukraine War Hits Grim Milestone\nThe war in Ukraine has reached a grim milestone.\r\nFeatured image',
			['Ukraine War Hits Grim Milestone', 'The war in Ukraine has reached a grim milestone.', 'Featured image']
		],
		['skips blank lines and surrounding space', '\n\n  First line.  \n\n\n  Second line \n', ['First line.', 'Second line']],
		['keeps an ellipsis with its sentence', 'Reports have surfaced… Who benefits?', ['Reports have surfaced…', 'Who benefits?']],
		['returns nothing for an empty or blank text', ' \n\t\n', []]
	])('%s', (_, text, expected) => {
		expect(sentences(text)).toEqual(expected);
	});
});

describe('splitIntoParagraphs', () => {
	test('returns each non-blank line without its surrounding space', () => {
		const text = ' One.\n\nTwo two.\n';
		expect(splitIntoParagraphs(text).map((r) => text.slice(r.start, r.end))).toEqual(['One.', 'Two two.']);
	});
});
