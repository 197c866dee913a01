// A small two-article case for tests, as an author would build it in the editor: two short
// reports of one (invented) local flood, three annotations, one claim and a lesson with two
// exercises. Its case file is a golden vector (src/lib/golden/flood-reports.sidelight-case.json)
// and the e2e tests open it on the course map.
import { selectorsFor } from '../../anchoring/text-quote.js';
import type { AnnotationJson, CaseDraft } from '../../authoring/files/draft.js';

const texts = {
	'river-rises':
		'River Rises Overnight\n\nThe river rose 2.1 metres overnight, the town council said on Tuesday. Officials are said to be worried. Who decided to ignore the warnings?\n',
	'flood-brief':
		'The river rose 2.1 metres overnight, according to the town council. Its flood officer, Dana Reyes, said no homes had been flooded.\n'
};

function annotation(
	id: string,
	article: keyof typeof texts,
	exact: string,
	category: string,
	explanation: string
): AnnotationJson {
	const start = texts[article].indexOf(exact);
	if (start < 0) throw new Error(`"${exact}" is not in ${article}`);
	return {
		id,
		category,
		explanation,
		target: { source: article, selector: selectorsFor(texts[article], { start, end: start + exact.length }) }
	};
}

export function floodDraft(): CaseDraft {
	return {
		case: {
			id: 'flood-reports',
			title: 'Two reports of a river flood',
			summary:
				'Two short reports of the same overnight rise of a river: one says who gave each fact, the other leaves it vague and asks a loaded question.',
			articles: [
				{
					id: 'river-rises',
					label: 'A',
					file: 'river-rises.txt',
					headline: 'River Rises Overnight',
					outlet: null,
					description: 'A short report that gives the council’s figure, then an unnamed worry and a question.'
				},
				{
					id: 'flood-brief',
					label: 'B',
					file: 'flood-brief.txt',
					headline: null,
					outlet: null,
					description: 'A two-sentence report that names who gave each fact.'
				}
			]
		},
		texts: { ...texts },
		annotations: {
			'river-rises': [
				annotation(
					'a-said-to-be-worried',
					'river-rises',
					'Officials are said to be worried',
					'vague-attribution',
					'Which officials, and who says they are worried? The article does not name anyone, so a reader cannot check it.'
				),
				{
					...annotation(
						'a-ignore-warnings',
						'river-rises',
						'Who decided to ignore the warnings?',
						'loaded-question',
						'The question takes for granted that there were warnings and that someone chose to ignore them. The article shows neither.'
					),
					links: [{ to: 'b-flood-officer', relation: 'compare' }]
				}
			],
			'flood-brief': [
				annotation(
					'b-flood-officer',
					'flood-brief',
					'Its flood officer, Dana Reyes, said no homes had been flooded',
					'sourced',
					'A named person in a named job gives the fact: a reader could ask the council to confirm it.'
				)
			]
		},
		claims: {
			claims: [
				{
					id: 'river-rise',
					topic: 'How much the river rose',
					cells: {
						'river-rises': { says: '2.1 metres', authority: 'the town council', annotations: [] },
						'flood-brief': { says: '2.1 metres', authority: 'the town council', annotations: [] }
					}
				}
			]
		},
		lesson: {
			folder: '90-flood-reports',
			frontmatter: {
				title: 'Two reports of a flood',
				objectives: ['Tell a named source from a vague one.', 'Spot a question that takes a claim for granted.'],
				minutes: 10,
				caseId: 'flood-reports'
			},
			blocks: [
				{ kind: 'heading', text: 'The reading' },
				{ kind: 'paragraph', text: 'Two reports tell of the same flood. Read **both**, and ask of each fact: _who says so?_' },
				{ kind: 'articles', highlights: false },
				{ kind: 'exercise', id: 'flood-find-loaded-question' },
				{ kind: 'exercise', id: 'flood-who-named' },
				{ kind: 'heading', text: 'Recap' },
				{
					kind: 'paragraph',
					text: 'A named person in a named job is something you can check. "Officials are said to be" is not.'
				},
				{ kind: 'articles', highlights: true }
			],
			exercises: [
				{
					id: 'flood-find-loaded-question',
					type: 'mark',
					prompt: 'Mark the question in article A that takes something for granted.',
					attempts: 2,
					case: 'flood-reports',
					article: 'river-rises',
					targets: ['a-ignore-warnings'],
					borderline: [],
					explanation: 'It assumes there were warnings and that someone ignored them, without showing either.'
				},
				{
					id: 'flood-who-named',
					type: 'choice',
					prompt: 'Which article names the person who said no homes were flooded?',
					attempts: 2,
					multiple: false,
					options: [
						{
							id: 'a',
							text: 'A (“River Rises Overnight”)',
							correct: false,
							feedback: 'A names no one: only “officials are said to be worried”.'
						},
						{
							id: 'b',
							text: 'B (the report with no headline)',
							correct: true,
							feedback: 'Yes: Dana Reyes, the council’s flood officer.'
						}
					],
					explanation: 'B names the person and the job, so a reader could check it.'
				}
			]
		}
	};
}
