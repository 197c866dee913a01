// Splits a lesson into steps at build time, so a student follows it a screen or two at a time
// instead of scrolling through twenty. A rehype plugin for mdsvex: every `##` section of a lesson
// (lessons/course/*/lesson.md) becomes <section class="lesson-step" data-step="n">, and its heading
// says where the student is ("Step 3 of 7"). Authors write nothing new: the sections they already
// have are the steps. The lesson page shows one step at a time and prints them all. Static
// elements, not a component: Svelte never re-creates them, so the page may set `hidden` on them.

import { stepGroups } from '../lib/course/lesson-steps.js';

/** The few hast shapes this plugin touches (mdsvex keeps Svelte components and scripts as raw nodes). */
export interface HastNode {
	type: string;
	tagName?: string;
	value?: string;
	properties?: Record<string, unknown>;
	children?: HastNode[];
}

/** Whether mdsvex is compiling a lesson of the course (shelf notes are not split). */
export function isLessonFile(filename: string | undefined): boolean {
	return !!filename && /[\\/]lessons[\\/]course[\\/][^\\/]+[\\/]lesson\.md$/.test(filename);
}

const isScript = (node: HastNode) => node.type === 'raw' && /^\s*<script[\s>]/.test(node.value ?? '');
const isStepHeading = (node: HastNode) => node.type === 'element' && node.tagName === 'h2';

/**
 * Wraps each `##` section of a lesson's tree in a step section. Scripts stay at the top level (Svelte
 * needs them there); anything before the first `##` belongs to step 1, so nothing is ever left out.
 */
export function splitIntoSteps(root: HastNode): HastNode {
	const children = root.children ?? [];
	const scripts = children.filter(isScript);
	const groups = stepGroups(
		children.filter((node) => !isScript(node)),
		isStepHeading
	);
	const count = groups.length;
	if (count < 2) return root;
	const steps = groups.map((nodes, i): HastNode => {
		const n = i + 1;
		const heading = nodes.find(isStepHeading);
		if (heading) {
			heading.properties = { ...heading.properties, id: `step-${n}`, tabIndex: -1 };
			heading.children = [
				{
					type: 'element',
					tagName: 'span',
					properties: { className: ['step-number'] },
					children: [
						{ type: 'text', value: `Step ${n} of ${count}` },
						{ type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: ':' }] }
					]
				},
				{ type: 'text', value: ' ' },
				...(heading.children ?? [])
			];
		}
		return {
			type: 'element',
			tagName: 'section',
			properties: { className: ['lesson-step'], dataStep: String(n), ...(heading ? { ariaLabelledby: `step-${n}` } : {}) },
			children: [{ type: 'text', value: '\n' }, ...nodes, { type: 'text', value: '\n' }]
		};
	});
	root.children = [...scripts, ...steps];
	return root;
}

/** The mdsvex rehype plugin: `rehypePlugins: [lessonSteps]`. */
export function lessonSteps() {
	return (tree: HastNode, file: { filename?: string; path?: string }) => {
		if (isLessonFile(file.filename ?? file.path)) splitIntoSteps(tree);
	};
}
