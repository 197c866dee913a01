import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { clampRange } from './ranges.js';
import { choiceScoring, endingOf, feedbackFor, mayCheck, type Feedback, type FeedbackInput } from './feedback.js';
import { resolveKey } from './resolve-key.js';
import { score } from './score.js';
import { answerFor, exerciseWithKey } from './testing/arbitraries.js';
import { CASE, EXERCISES, FAIL_TEXT, rangeOf } from './testing/fixtures.js';
import type { Answer, ChoiceExercise, Exercise, MarkKey, TextRange } from './types.js';

const at = (quote: string) => rangeOf(FAIL_TEXT, quote);
const label = (slug: string) => `«${slug}»`;
const articleName = (id: string) => `Article ${id}`;

function feedback(exercise: Exercise, answer: Answer, attemptsUsed: number, options: Partial<FeedbackInput> = {}): Feedback {
	const key = resolveKey(exercise, [CASE]);
	return feedbackFor({
		exercise,
		key,
		answer,
		result: score(exercise, key, answer),
		attemptsUsed,
		attemptsAllowed: exercise.attempts,
		revealed: false,
		categoryLabel: label,
		articleName,
		...options
	});
}

/** Every string the feedback holds, as the page could show it. */
const text = (f: Feedback) => {
	const strings: string[] = [];
	JSON.stringify(f, (_, value) => (typeof value === 'string' ? (strings.push(value), value) : value));
	return strings.join('\n');
};
const WHY = 'THE-WHY-OF-THIS-EXERCISE';
const withWhy = <T extends Exercise>(e: T, attempts = 2): T => ({ ...e, attempts, explanation: WHY });

const multiple: ChoiceExercise = {
	...withWhy(EXERCISES.choice as ChoiceExercise),
	multiple: true,
	options: [
		{ id: 'zelensky', text: 'Zelensky', correct: true, feedback: 'FEEDBACK-ZELENSKY' },
		{ id: 'csis', text: 'CSIS', correct: true, feedback: 'FEEDBACK-CSIS' },
		{ id: 'umerov', text: 'Umerov', correct: false, feedback: 'FEEDBACK-UMEROV' }
	]
};

describe('when the key may be shown', () => {
	const result = { correct: false } as FeedbackInput['result'];
	test.each<[string, Partial<Parameters<typeof endingOf>[0]>, ReturnType<typeof endingOf>]>([
		['not after a wrong first check of two', { attemptsUsed: 1, attemptsAllowed: 2 }, null],
		['after the last attempt', { attemptsUsed: 2, attemptsAllowed: 2 }, 'last-attempt'],
		[
			'after a fully right answer, attempts left or not',
			{ attemptsUsed: 1, attemptsAllowed: 2, result: { correct: true } as never },
			'correct'
		],
		[
			'when the student asked for it before the last attempt',
			{ attemptsUsed: 1, attemptsAllowed: 3, revealed: true },
			'revealed'
		],
		['after hand-in', { attemptsUsed: 1, attemptsAllowed: 3, handedIn: true }, 'handed-in'],
		['never by itself with unlimited attempts', { attemptsUsed: 40, attemptsAllowed: 0 }, null],
		[
			'with unlimited attempts, when the student asked for it',
			{ attemptsUsed: 1, attemptsAllowed: 0, revealed: true },
			'revealed'
		]
	])('%s', (_, input, expected) => {
		expect(endingOf({ result, attemptsUsed: 0, attemptsAllowed: 2, revealed: false, ...input })).toBe(expected);
	});

	test.each<[string, number, number, boolean, boolean]>([
		['a student may check with attempts left', 1, 2, false, true],
		['a student may not check after the last attempt', 2, 2, false, false],
		['a student may not check after asking for the answer', 1, 3, true, false],
		['a student may always check again with unlimited attempts', 99, 0, false, true],
		['a student may not check after asking for the answer, even with unlimited attempts', 3, 0, true, false]
	])('%s', (_, used, allowed, revealed, expected) => {
		expect(mayCheck(used, allowed, revealed)).toBe(expected);
	});
});

describe('a wrong check with attempts left says which answers are right, never the key', () => {
	const mark = withWhy(EXERCISES.mark as Exercise);
	const labelled = withWhy(EXERCISES['mark-and-label'] as Exercise);
	const classify = withWhy(EXERCISES.classify as Exercise);
	const match = withWhy(EXERCISES.match as Exercise);
	const single = withWhy(EXERCISES.choice as Exercise);
	const rank = withWhy(EXERCISES.rank as Exercise);
	const numeric = withWhy(EXERCISES.numeric as Exercise);
	// Each: a wrong answer, the lines it should get, and text that gives the key away.
	test.each<[string, Exercise, Answer, [string, string][], string[]]>([
		[
			'mark: one found, one mark on nothing; the other passages unnamed',
			mark,
			{ type: 'mark', marks: [at('But how accurate is it?'), at('Sunday')] },
			[
				['mark-1', '✓ Found'],
				['mark-2', '✗ Nothing to find here (−1 point)']
			],
			['Who benefits', 'Reports have surfaced', 'Why "', 'Missed']
		],
		[
			'mark-and-label: found under the wrong technique, without naming the right one',
			labelled,
			{ type: 'mark-and-label', marks: [{ ...at('But how accurate is it?'), label: 'vague-attribution' }] },
			[['mark-1', '◐ Found, but the technique is not right (you chose «vague-attribution»)']],
			['«loaded-question»', 'Who benefits', 'Reports have surfaced', 'Why "']
		],
		[
			'classify: wrong and unanswered items, without the right category',
			classify,
			{ type: 'classify', choices: { q: 'loaded-question', v: 'sourced' } },
			[
				['q', '✓ Right'],
				['v', '✗ Not right'],
				['s', '✗ Not answered'],
				['e', '✗ Not answered']
			],
			['«vague-attribution»', '«sourced»', 'Why "']
		],
		[
			'match: a wrong pair without what it should be',
			match,
			{ type: 'match', pairs: { f55: 'a', f46: 'b', f600: 'b' } },
			[
				['f55', '✓ Right'],
				['f46', '✗ Not right'],
				['f600', '✓ Right']
			],
			['Should be', 'Article A']
		],
		[
			'single choice: a wrong choice without its feedback or the right option',
			single,
			{ type: 'choice', selected: ['umerov'] },
			[['umerov', '✗ Not right']],
			['He led the talks', 'Yes: in a France 2', 'This is the answer']
		],
		[
			'multiple choice: the right choice is confirmed, the one not chosen is not named',
			multiple,
			{ type: 'choice', selected: ['zelensky', 'umerov'] },
			[
				['zelensky', '✓ Right'],
				['umerov', '✗ Not right']
			],
			['FEEDBACK-', 'also right']
		],
		[
			'rank: each place right or not, without the key order',
			rank,
			{ type: 'rank', order: ['talks-stall', 'talks-fail', 'tragic-toll'] },
			[
				['talks-stall', '✓ In the right place'],
				['talks-fail', '✗ Not in the right place'],
				['tragic-toll', '✗ Not in the right place']
			],
			['belongs in place', 'best supported first']
		],
		[
			'numeric: not right, without the number',
			numeric,
			{ type: 'numeric', value: 46000 },
			[['value', '✗ Not right']],
			['55,000', '55000']
		]
	])('%s', (_, exercise, answer, lines, forbidden) => {
		const f = feedback(exercise, answer, 1);
		expect(f.ending).toBeNull();
		expect([...f.lines, ...f.list].map((l) => [l.ref, l.label])).toEqual(lines);
		expect(f).toMatchObject({ explanation: null, showSolution: false });
		expect(f.hint).toEqual(expect.any(String));
		for (const words of [WHY, ...forbidden]) expect(text(f), words).not.toContain(words);
	});
});

describe('after the last attempt the key and the why are shown', () => {
	test.each<[string, Exercise, Answer, string[]]>([
		[
			'mark: every passage to find, with its explanation',
			withWhy(EXERCISES.mark as Exercise),
			{ type: 'mark', marks: [at('But how accurate is it?')] },
			['✗ Missed', 'Who benefits from the silence?', 'Why "Reports have surfaced" is vague-attribution.']
		],
		[
			'mark-and-label: the right technique by name',
			withWhy(EXERCISES['mark-and-label'] as Exercise),
			{ type: 'mark-and-label', marks: [{ ...at('But how accurate is it?'), label: 'vague-attribution' }] },
			['but it is «loaded-question», not «vague-attribution»', '✗ Missed («loaded-question»)', '✗ Missed («vague-attribution»)']
		],
		[
			'classify: the right category by name',
			withWhy(EXERCISES.classify as Exercise),
			{ type: 'classify', choices: { v: 'sourced' } },
			['✗ Not right: the category is “«vague-attribution»”']
		],
		[
			'match: what each wrong pair should be',
			withWhy(EXERCISES.match as Exercise),
			{ type: 'match', pairs: { f46: 'b' } },
			['✗ Should be: Article A']
		],
		[
			'single choice: the right option and its feedback',
			withWhy(EXERCISES.choice as Exercise),
			{ type: 'choice', selected: ['umerov'] },
			['He led the talks', '✓ This is the answer', 'Yes: in a France 2 interview.']
		],
		[
			'multiple choice: the options missed',
			multiple,
			{ type: 'choice', selected: ['zelensky'] },
			['also right', 'FEEDBACK-CSIS']
		],
		[
			'rank: the key order',
			withWhy(EXERCISES.rank as Exercise),
			{ type: 'rank', order: ['talks-fail', 'talks-stall', 'tragic-toll'] },
			['best supported first: Article talks-stall, Article tragic-toll, Article talks-fail', 'belongs in place 3']
		],
		[
			'numeric: the number',
			withWhy(EXERCISES.numeric as Exercise),
			{ type: 'numeric', value: 46000 },
			['The answer is 55,000 soldiers.']
		]
	])('%s', (_, exercise, answer, shown) => {
		const f = feedback(exercise, answer, 2, { attemptsAllowed: 2 });
		expect(f).toMatchObject({ ending: 'last-attempt', explanation: WHY, showSolution: true, hint: null });
		for (const words of shown) expect(text(f)).toContain(words);
	});

	test('asking for the answer before the last attempt shows it and says the exercise is over', () => {
		const f = feedback(withWhy(EXERCISES.numeric as Exercise, 3), { type: 'numeric', value: 1 }, 1, { revealed: true });
		expect(f).toMatchObject({ ending: 'revealed', explanation: WHY, showSolution: true });
		expect(f.next).toMatch(/this exercise is over/);
		expect(text(f)).toContain('55,000');
	});

	test('a right answer shows the why but no separate solution', () => {
		const f = feedback(withWhy(EXERCISES.numeric as Exercise), { type: 'numeric', value: 55000 }, 1);
		expect(f).toMatchObject({ ending: 'correct', explanation: WHY, showSolution: false, hint: null, next: null, tone: 'full' });
	});
});

describe('what the student is told next', () => {
	const numeric = EXERCISES.numeric as Exercise;
	test.each<[string, number, number, RegExp]>([
		['attempts left are counted', 1, 3, /try again \(2 attempts left\), or ask to see the answer, which ends this exercise/],
		[
			'unlimited attempts: the answer only on request, which ends it',
			5,
			0,
			/as often as you like\. The answer is shown only if you ask for it, and that ends this exercise/
		],
		['the last attempt says why the answer is shown', 2, 2, /last attempt, so here is the answer/]
	])('%s', (_, used, allowed, expected) => {
		expect(feedback(numeric, { type: 'numeric', value: 1 }, used, { attemptsAllowed: allowed }).next).toMatch(expected);
	});
});

describe('choice scoring explains itself', () => {
	test.each<[string, number, number, number, string]>([
		[
			'one right, one wrong cancel out',
			1,
			1,
			2,
			'One right, one wrong: these cancel out. Each right choice earns a point and each wrong choice takes one away (never below 0), so you have 0 points of 2.'
		],
		[
			'two right, one wrong',
			2,
			1,
			3,
			'2 right, 1 wrong: each wrong choice cancels a right one. Each right choice earns a point and each wrong choice takes one away (never below 0), so you have 1 point of 3.'
		],
		[
			'right choices only',
			2,
			0,
			3,
			'Each right choice earns a point and each wrong choice takes one away (never below 0), so you have 2 points of 3.'
		]
	])('%s', (_, right, wrong, total, expected) => {
		expect(choiceScoring(right, wrong, total)).toBe(expected);
	});

	test('a multiple choice check says how its score was made', () => {
		const f = feedback(multiple, { type: 'choice', selected: ['zelensky', 'umerov'] }, 1);
		expect(f.headline).toBe('Not right yet. You scored 0 of 2 (0%).');
		expect(f.scoring).toMatch(/^One right, one wrong: these cancel out\./);
		expect(f.summary).toBe('You chose 2 answers: 1 right, 1 wrong.');
	});
});

describe('mark feedback', () => {
	const exercise = EXERCISES.mark as Exercise;
	test('a passage covered less than half is partly found, not missed, before and after the end', () => {
		const partly = { start: at('Who benefits from the silence?').start, end: at('Who benefits from the silence?').start + 10 };
		const before = feedback(exercise, { type: 'mark', marks: [partly] }, 1);
		expect(before.list.map((l) => l.label)).toEqual(['◐ Partly found: this mark covers less than half of a passage']);
		expect(before.summary).toBe('You found 0 of 3 passages. 1 more is partly found: less than half marked.');
		expect(before.hint).toMatch(/at least half of it/);
		expect(before.paint).toEqual([{ kind: 'partly', ...partly }]);
		const after = feedback(exercise, { type: 'mark', marks: [partly] }, 2);
		expect(after.list.find((l) => l.ref === 'target-who-benefits')?.label).toBe(
			'◐ Partly found: your marks cover 33% of it, and half is needed'
		);
	});

	test('the score is explained by the list: what was found, minus what the marks cost', () => {
		const f = feedback(exercise, { type: 'mark', marks: [at('But how accurate is it?'), at('Sunday')] }, 1);
		expect(f.headline).toBe('Not right yet. You scored 0 of 3 (0%).');
		expect(f.scoring).toBe('1 point for the passages found, minus 1 point for marks on sentences with nothing to find: 0 of 3.');
		expect(f.summary).toBe('You found 1 of 3 passages. 1 mark found nothing.');
	});

	test('a mark joined to a right one is reported with what its spill costs', () => {
		const sentence = 'President Volodymyr Zelensky told France 2 that 55,000 Ukrainian soldiers have been killed.';
		const f = feedback(exercise, { type: 'mark', marks: [at(`${sentence} But how accurate is it?`)] }, 1);
		expect(f.list.map((l) => l.label)).toEqual(['✓ Found (−1 point for sentences with nothing to find)']);
	});

	test('sourced passages flagged are counted before the end and quoted after it', () => {
		const zelensky = at('President Volodymyr Zelensky told France 2 that 55,000 Ukrainian soldiers have been killed.');
		expect(feedback(exercise, { type: 'mark', marks: [zelensky] }, 1).warnings).toEqual([
			'You also marked 1 passage of sourced reporting, which names a source you can check.'
		]);
		expect(feedback(exercise, { type: 'mark', marks: [zelensky] }, 2).warnings[0]).toMatch(/: “President Volodymyr/);
	});
});

describe('feedback properties', () => {
	const input = exerciseWithKey.chain(([exercise, key]) =>
		fc.tuple(fc.constant(exercise), fc.constant(key), answerFor(exercise, key))
	);
	const build = (
		exercise: Exercise,
		key: FeedbackInput['key'],
		answer: Answer,
		used: number,
		allowed: number,
		revealed = false
	) =>
		feedbackFor({
			exercise: { ...exercise, explanation: WHY },
			key,
			answer,
			result: score(exercise, key, answer),
			attemptsUsed: used,
			attemptsAllowed: allowed,
			revealed
		});

	test('while attempts remain, a check that is not fully right shows no why, no solution and no detail', () => {
		fc.assert(
			fc.property(input, fc.integer({ min: 0, max: 3 }), ([exercise, key, answer], allowed) => {
				const f = build(exercise, key, answer, 1, allowed === 1 ? 0 : allowed);
				if (f.ending === 'correct') return;
				expect(f.ending).toBeNull();
				expect(f).toMatchObject({ explanation: null, showSolution: false });
				expect([...f.lines, ...f.list].every((l) => l.detail === undefined)).toBe(true);
				expect(text(f)).not.toContain(WHY);
			})
		);
	});

	test('while attempts remain, a mark exercise paints and lists only the student’s own marks', () => {
		const marks = input.filter(([exercise]) => exercise.type === 'mark' || exercise.type === 'mark-and-label');
		fc.assert(
			fc.property(marks, ([exercise, key, answer]) => {
				const f = build(exercise, key, answer, 1, 2);
				if (f.ending) return;
				const own = (answer as { marks: TextRange[] }).marks.flatMap((m) => clampRange(m, (key as MarkKey).text.length) ?? []);
				for (const p of f.paint) expect(own.some((m) => m.start === p.start && m.end === p.end)).toBe(true);
				expect(f.list.every((l) => l.ref.startsWith('mark-'))).toBe(true);
			})
		);
	});

	test('after the last attempt, or on request, the why is shown and a solution whenever the answer was not fully right', () => {
		fc.assert(
			fc.property(input, fc.boolean(), ([exercise, key, answer], revealed) => {
				const f = build(exercise, key, answer, revealed ? 1 : 2, 2, revealed);
				expect(f.ending).not.toBeNull();
				expect(f.explanation).toBe(WHY);
				expect(f.showSolution).toBe(f.ending !== 'correct');
				expect(f.hint).toBeNull();
			})
		);
	});
});
