// fast-check generators for exercises, their keys and answers, for the property tests of scoring.
// Keys are generated directly (not from a case), so that any text and any passages can be tried.
import fc from 'fast-check';
import type {
	Answer,
	ChoiceExercise,
	ClassifyExercise,
	ClassifyKey,
	Exercise,
	Key,
	KeyPassage,
	LabelledMark,
	MarkAndLabelExercise,
	MarkExercise,
	MarkKey,
	MatchExercise,
	NumericExercise,
	RankExercise,
	TextRange
} from '../types.js';

const LABELS = ['loaded-question', 'vague-attribution', 'sourced', 'emotive-language'];
const base = { prompt: 'Do it.', attempts: 2 };

/** Article-like text: sentences of a few words, some ending in ? or !, in paragraphs. */
export const articleText = fc
	.array(
		fc.tuple(
			fc.array(fc.constantFrom('the', 'war', 'Kyiv', '55,000', 'talks', 'who', '‘productive,’', 'reports'), {
				minLength: 1,
				maxLength: 12
			}),
			fc.constantFrom('.', '?', '!', ''),
			fc.constantFrom(' ', ' ', '\n', '\n\n')
		),
		{ minLength: 1, maxLength: 12 }
	)
	.map((sentences) => sentences.map(([words, end, gap]) => `${words.join(' ')}${end}${gap}`).join(''));

/** A non-empty range inside a text of the given length (which must be at least 1). */
export function range(length: number): fc.Arbitrary<TextRange> {
	return fc
		.tuple(fc.integer({ min: 0, max: length - 1 }), fc.integer({ min: 1, max: 60 }))
		.map(([start, size]) => ({ start, end: Math.min(length, start + size) }));
}

/** Answers' raw marks: anything, including ranges past the end, reversed or empty. */
export function rawMark(length: number): fc.Arbitrary<TextRange> {
	return fc.record({ start: fc.integer({ min: -5, max: length + 5 }), end: fc.integer({ min: -5, max: length + 5 }) });
}

function passages(text: string, ranges: TextRange[], category: fc.Arbitrary<string>): fc.Arbitrary<KeyPassage[]> {
	return fc.tuple(...ranges.map(() => category)).map((categories) =>
		ranges.map((r, i) => ({
			...r,
			annotation: `p${r.start}-${r.end}-${i}`,
			quote: text.slice(r.start, r.end),
			category: categories[i],
			explanation: 'Because.'
		}))
	);
}

/** Disjoint ranges, for label keys: one passage cannot take two labels (validation enforces it). */
function disjoint(ranges: TextRange[]): TextRange[] {
	const kept: TextRange[] = [];
	for (const r of [...ranges].sort((a, b) => a.start - b.start))
		if (!kept.some((k) => k.start < r.end && r.start < k.end)) kept.push(r);
	return kept;
}

export function markKey(type: 'mark' | 'mark-and-label'): fc.Arbitrary<MarkKey> {
	return articleText.chain((text) =>
		fc
			.tuple(
				fc.array(range(text.length), { minLength: 1, maxLength: 5 }),
				fc.array(range(text.length), { maxLength: 2 }),
				fc.array(range(text.length), { maxLength: 3 })
			)
			.chain(([targets, borderline, sourced]) =>
				fc.tuple(
					passages(text, type === 'mark' ? targets : disjoint(targets), fc.constantFrom(...LABELS)),
					passages(text, borderline, fc.constantFrom(...LABELS)),
					passages(text, sourced, fc.constant('sourced'))
				)
			)
			.map(([targets, borderline, sourced]) => ({ type, text, targets, borderline, sourced }))
	);
}

function markExercise(key: MarkKey): MarkExercise | MarkAndLabelExercise {
	const common = {
		...base,
		id: 'm',
		case: 'c',
		article: 'a',
		targets: key.targets.map((t) => t.annotation),
		borderline: key.borderline.map((b) => b.annotation)
	};
	return key.type === 'mark' ? { ...common, type: 'mark' } : { ...common, type: 'mark-and-label', labels: LABELS };
}

function labelledMark(length: number): fc.Arbitrary<LabelledMark> {
	return fc.tuple(rawMark(length), fc.constantFrom(null, ...LABELS)).map(([m, label]) => ({ ...m, label }));
}

const ids = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i}`);

const classify: fc.Arbitrary<[ClassifyExercise, ClassifyKey]> = fc
	.array(fc.constantFrom(...LABELS), { minLength: 1, maxLength: 6 })
	.map((expected) => {
		const items = expected.map((category, i) => ({ id: `i${i}`, annotation: `a${i}`, category }));
		const exercise: ClassifyExercise = { ...base, id: 'c', type: 'classify', categories: LABELS, items };
		const key: ClassifyKey = {
			type: 'classify',
			items: items.map((item) => ({
				...item,
				start: 0,
				end: 1,
				quote: 'x',
				explanation: '',
				article: 'a',
				expected: item.category
			}))
		};
		return [exercise, key];
	});

const match: fc.Arbitrary<MatchExercise> = fc
	.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 4 }))
	.chain(([left, right]) =>
		fc.array(fc.integer({ min: 0, max: right - 1 }), { minLength: left, maxLength: left }).map((targets) => ({
			...base,
			id: 'm',
			type: 'match' as const,
			left: ids('l', left).map((id) => ({ id, text: id })),
			right: ids('r', right).map((id) => ({ id, text: id })),
			pairs: Object.fromEntries(targets.map((r, i) => [`l${i}`, `r${r}`]))
		}))
	);

const choice: fc.Arbitrary<ChoiceExercise> = fc
	.tuple(fc.boolean(), fc.array(fc.boolean(), { minLength: 2, maxLength: 6 }), fc.nat())
	.map(([multiple, flags, pick]) => {
		const correct = multiple
			? flags.map((f, i) => f || i === pick % flags.length)
			: flags.map((_, i) => i === pick % flags.length);
		const options = correct.map((c, i) => ({ id: `o${i}`, text: `Option ${i}`, correct: c, feedback: 'Because.' }));
		return { ...base, id: 'c', type: 'choice' as const, multiple, options };
	});

const rank: fc.Arbitrary<RankExercise> = fc
	.integer({ min: 2, max: 6 })
	.chain((n) => fc.shuffledSubarray(ids('a', n), { minLength: n, maxLength: n }).map((order) => ({ n, order })))
	.map(({ n, order }) => ({ ...base, id: 'r', type: 'rank' as const, case: 'c', items: ids('a', n), order }));

const numeric: fc.Arbitrary<NumericExercise> = fc
	.tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }))
	.map(([answer, tolerance]) => ({ ...base, id: 'n', type: 'numeric' as const, answer, tolerance }));

/** An exercise of any type with its key. */
export const exerciseWithKey: fc.Arbitrary<[Exercise, Key]> = fc.oneof(
	markKey('mark').map((key): [Exercise, Key] => [markExercise(key), key]),
	markKey('mark-and-label').map((key): [Exercise, Key] => [markExercise(key), key]),
	classify,
	match.map((e): [Exercise, Key] => [e, { type: 'match' }]),
	choice.map((e): [Exercise, Key] => [e, { type: 'choice' }]),
	rank.map((e): [Exercise, Key] => [e, { type: 'rank' }]),
	numeric.map((e): [Exercise, Key] => [e, { type: 'numeric' }])
);

/** Any answer of the exercise's type, from empty to nonsense. */
export function answerFor(exercise: Exercise, key: Key): fc.Arbitrary<Answer> {
	const someIds = (values: string[]) => fc.array(fc.constantFrom(...values, 'unknown'), { maxLength: values.length + 2 });
	const record = (keys: string[], values: string[]) =>
		fc.dictionary(fc.constantFrom(...keys, 'constructor', '__proto__'), fc.constantFrom(...values, 'unknown'), {
			maxKeys: keys.length
		});
	switch (exercise.type) {
		case 'mark': {
			const { text } = key as MarkKey;
			return fc.array(rawMark(text.length), { maxLength: 8 }).map((marks) => ({ type: 'mark' as const, marks }));
		}
		case 'mark-and-label': {
			const { text } = key as MarkKey;
			return fc.array(labelledMark(text.length), { maxLength: 8 }).map((marks) => ({ type: 'mark-and-label' as const, marks }));
		}
		case 'classify':
			return record(
				exercise.items.map((i) => i.id),
				exercise.categories
			).map((choices) => ({ type: 'classify' as const, choices }));
		case 'match':
			return record(
				exercise.left.map((l) => l.id),
				exercise.right.map((r) => r.id)
			).map((pairs) => ({ type: 'match' as const, pairs }));
		case 'choice':
			return someIds(exercise.options.map((o) => o.id)).map((selected) => ({ type: 'choice' as const, selected }));
		case 'rank':
			return someIds(exercise.items).map((order) => ({ type: 'rank' as const, order }));
		case 'numeric':
			return fc
				.oneof(fc.constant(null), fc.double(), fc.constant(exercise.answer + exercise.tolerance))
				.map((value) => ({ type: 'numeric' as const, value }));
	}
}

/** A mark that overlaps no target and no borderline passage of the key, or null if the text has no room. */
export function falseMark(key: MarkKey): fc.Arbitrary<TextRange | null> {
	const passages = [...key.targets, ...key.borderline].sort((a, b) => a.start - b.start);
	const gaps: TextRange[] = [];
	let from = 0;
	for (const p of passages) {
		if (p.start > from) gaps.push({ start: from, end: p.start });
		from = Math.max(from, p.end);
	}
	if (from < key.text.length) gaps.push({ start: from, end: key.text.length });
	if (gaps.length === 0) return fc.constant(null);
	return fc
		.constantFrom(...gaps)
		.chain((gap) => range(gap.end - gap.start).map((r) => ({ start: gap.start + r.start, end: gap.start + r.end })));
}
