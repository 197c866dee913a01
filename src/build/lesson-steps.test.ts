// The lesson steps plugin, run through mdsvex as the build runs it: what an author writes (`##`
// sections) is what a student steps through.
import { compile } from 'mdsvex';
import { describe, expect, it } from 'vitest';
import { isLessonFile, lessonSteps } from './lesson-steps.js';

const lesson = `<script>
	import Exercise from '#lib/components/lesson/Exercise.svelte';
</script>

A word before the first section.

## The reading

Read this.

### A smaller part

Still the reading.

## Exercises

<Exercise id="x" />

## Recap

Done.
`;

async function compiled(text: string, filename = '/repo/lessons/course/01-x/lesson.md') {
	const out = await compile(text, { rehypePlugins: [lessonSteps], extensions: ['.md'], filename });
	return out?.code ?? '';
}

describe('lesson steps', () => {
	it('turns every ## section of a lesson into a step that says where the student is', async () => {
		const code = await compiled(lesson);
		expect(code.match(/class="lesson-step"/g)).toHaveLength(3);
		expect(code).toContain('<h2 id="step-1" tabindex="-1"><span class="step-number">Step 1 of 3');
		expect(code).toContain('Step 3 of 3<span class="visually-hidden">:</span></span> Recap</h2>');
		expect(code).toMatch(/data-step="2"\s+aria-labelledby="step-2"\s*>\s*<h2 id="step-2"/);
	});

	it('keeps text before the first section, ### parts and components inside their step', async () => {
		const code = await compiled(lesson);
		const steps = code.split('<section').slice(1);
		expect(steps[0]).toContain('A word before the first section.');
		expect(steps[0]).toContain('A smaller part');
		expect(steps[1]).toContain('<Exercise id="x" />');
	});

	it('leaves the script at the top, where Svelte needs it', async () => {
		const code = await compiled(lesson);
		expect(code.indexOf("import Exercise")).toBeLessThan(code.indexOf('<section'));
		expect(code.split('<section')[1]).not.toContain('<script');
	});

	it('does not split shelf notes, or a lesson with a single section', async () => {
		expect(await compiled(lesson, '/repo/lessons/shelf/csis.md')).not.toContain('lesson-step');
		expect(await compiled('## Only\n\nOne part.\n')).not.toContain('lesson-step');
		expect(isLessonFile('C:\\repo\\lessons\\course\\02-y\\lesson.md')).toBe(true);
	});
});
