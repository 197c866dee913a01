// What each exercise type is in the interaction vocabularies of SCORM 1.2 and xAPI, in one place
// per type (so adding a type touches one entry here, not a switch in every exporter): the SCORM
// `cmi.interactions.n.type`, the xAPI `interactionType`, and how an answer reads in each format.
//
// SCORM 1.2 responses (CMIFeedback, SCORM 1.2 RTE 3.4.2; Kolibri's shim checks the same):
//   choice    single characters 0–9 a–z, comma-separated          "a,c"
//   matching  pairs of single characters, "source.target", commas  "0.a,1.b"
//   sequencing single characters in order, commas                 "c,a,b"
//   numeric   a decimal                                            "55000"
//   performance any text of at most 255 characters                 "359-382;410-455"
// Single characters are the position of the option (0–9, then a–z): at most 36 per list, which
// the validator's limits for exercises stay under; an exercise over it falls back to `performance`.
// xAPI responses (xAPI 1.0.3, "Interaction Activities"): ids joined with "[,]", pairs with "[.]".
import type { Answer, ClassifyKey, Exercise, ExerciseType, Key, MarkKey } from '../exercises/types.js';

/** SCORM 1.2's CMIFeedback and CMIString255 limit. */
export const MAX_FEEDBACK = 255;
const CHARACTERS = '0123456789abcdefghijklmnopqrstuvwxyz';

export type ScormInteractionType = 'choice' | 'matching' | 'sequencing' | 'numeric' | 'performance';
export type XapiInteractionType = 'choice' | 'matching' | 'sequencing' | 'numeric' | 'other';

interface Kind<E extends Exercise, A extends Answer> {
	scorm: ScormInteractionType;
	xapi: XapiInteractionType;
	/** The answer as SCORM 1.2 `student_response`, or null if it cannot be written in the type's format. */
	scormResponse(exercise: E, answer: A): string | null;
	/** The answer as xAPI `result.response`. */
	xapiResponse(exercise: E, answer: A): string;
	/** The xAPI `correctResponsesPattern`: the key's answer in the `xapiResponse` format. */
	xapiCorrect(exercise: E, key: Key): string[];
	/** The xAPI `choices`/`source`/`target` lists, by id, with the text a teacher reads. */
	xapiLists(exercise: E): Record<string, { id: string; description: Record<string, string> }[]>;
}

/** The single character for the item at `index` in a list, or null past 36. */
function char(index: number): string | null {
	return index >= 0 && index < CHARACTERS.length ? CHARACTERS[index] : null;
}

function chars(indexes: number[]): string | null {
	const out = indexes.map(char);
	return out.includes(null) ? null : out.join(',');
}

function pairs(entries: [number, number][]): string | null {
	const out = entries.map(([a, b]) => (char(a) && char(b) ? `${char(a)}.${char(b)}` : null));
	return out.includes(null) ? null : out.join(',');
}

/** Ranges as "start-end;…", cut at a whole range to fit 255 characters, with "+N" saying how many did not fit. */
export function rangesResponse(parts: string[]): string {
	for (let kept = parts.length; kept >= 0; kept--) {
		const text = parts.slice(0, kept).join(';') + (kept < parts.length ? `;+${parts.length - kept}` : '');
		if (text.length <= MAX_FEEDBACK) return text.replace(/^;/, '');
	}
	return '';
}

const list = (items: { id: string; text: string }[]) => items.map((i) => ({ id: i.id, description: { en: i.text } }));
const slugs = (ids: string[]) => ids.map((id) => ({ id, description: { en: id } }));

const KINDS: { [T in ExerciseType]: Kind<Extract<Exercise, { type: T }>, Extract<Answer, { type: T }>> } = {
	mark: {
		scorm: 'performance',
		xapi: 'other',
		scormResponse: (_e, a) => rangesResponse(a.marks.map((m) => `${m.start}-${m.end}`)),
		xapiResponse: (_e, a) => a.marks.map((m) => `${m.start}-${m.end}`).join('[,]'),
		xapiCorrect: (_e, k) => [(k as MarkKey).targets.map((t) => `${t.start}-${t.end}`).join('[,]')],
		xapiLists: () => ({})
	},
	'mark-and-label': {
		scorm: 'performance',
		xapi: 'other',
		scormResponse: (_e, a) => rangesResponse(a.marks.map((m) => `${m.start}-${m.end}:${m.label ?? ''}`)),
		xapiResponse: (_e, a) => a.marks.map((m) => `${m.start}-${m.end}[.]${m.label ?? ''}`).join('[,]'),
		xapiCorrect: (_e, k) => [(k as MarkKey).targets.map((t) => `${t.start}-${t.end}[.]${t.category}`).join('[,]')],
		xapiLists: () => ({})
	},
	classify: {
		scorm: 'matching',
		xapi: 'matching',
		scormResponse: (e, a) =>
			pairs(
				e.items.map((item, i): [number, number] => [i, e.categories.indexOf(a.choices[item.id] ?? '')]).filter(([, c]) => c >= 0)
			),
		xapiResponse: (e, a) =>
			e.items
				.filter((item) => a.choices[item.id])
				.map((item) => `${item.id}[.]${a.choices[item.id]}`)
				.join('[,]'),
		xapiCorrect: (_e, k) => [(k as ClassifyKey).items.map((i) => `${i.id}[.]${i.expected}`).join('[,]')],
		xapiLists: (e) => ({ source: slugs(e.items.map((i) => i.id)), target: slugs(e.categories) })
	},
	match: {
		scorm: 'matching',
		xapi: 'matching',
		scormResponse: (e, a) =>
			pairs(
				e.left.map((l, i): [number, number] => [i, e.right.findIndex((r) => r.id === a.pairs[l.id])]).filter(([, r]) => r >= 0)
			),
		xapiResponse: (e, a) =>
			e.left
				.filter((l) => a.pairs[l.id])
				.map((l) => `${l.id}[.]${a.pairs[l.id]}`)
				.join('[,]'),
		xapiCorrect: (e) => [
			Object.entries(e.pairs)
				.map(([l, r]) => `${l}[.]${r}`)
				.join('[,]')
		],
		xapiLists: (e) => ({ source: list(e.left), target: list(e.right) })
	},
	choice: {
		scorm: 'choice',
		xapi: 'choice',
		scormResponse: (e, a) => chars(e.options.map((o, i) => (a.selected.includes(o.id) ? i : -1)).filter((i) => i >= 0)),
		xapiResponse: (e, a) =>
			e.options
				.filter((o) => a.selected.includes(o.id))
				.map((o) => o.id)
				.join('[,]'),
		xapiCorrect: (e) => [
			e.options
				.filter((o) => o.correct)
				.map((o) => o.id)
				.join('[,]')
		],
		xapiLists: (e) => ({ choices: list(e.options) })
	},
	rank: {
		scorm: 'sequencing',
		xapi: 'sequencing',
		scormResponse: (e, a) => chars(a.order.map((id) => e.items.indexOf(id))),
		xapiResponse: (_e, a) => a.order.join('[,]'),
		xapiCorrect: (e) => [e.order.join('[,]')],
		xapiLists: (e) => ({ choices: slugs(e.items) })
	},
	numeric: {
		scorm: 'numeric',
		xapi: 'numeric',
		scormResponse: (_e, a) => (a.value === null ? '' : String(a.value)),
		xapiResponse: (_e, a) => (a.value === null ? '' : String(a.value)),
		xapiCorrect: (e) => [e.tolerance ? `${e.answer - e.tolerance}[:]${e.answer + e.tolerance}` : String(e.answer)],
		xapiLists: () => ({})
	}
};

/** The interaction kind of an exercise's type. */
export function kindOf<E extends Exercise>(exercise: E): Kind<E, Extract<Answer, { type: E['type'] }>> {
	return KINDS[exercise.type] as unknown as Kind<E, Extract<Answer, { type: E['type'] }>>;
}

/** The SCORM 1.2 type and `student_response` of an answer; falls back to `performance` text when the type's format cannot hold it. */
export function scormInteraction(exercise: Exercise, answer: Answer): { type: ScormInteractionType; response: string } {
	const kind = kindOf(exercise);
	const response = kind.scormResponse(exercise, answer as never);
	if (response !== null && response.length <= MAX_FEEDBACK) return { type: kind.scorm, response };
	return { type: 'performance', response: kind.xapiResponse(exercise, answer as never).slice(0, MAX_FEEDBACK) };
}
