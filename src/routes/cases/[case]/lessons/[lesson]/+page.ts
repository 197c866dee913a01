import { error } from '@sveltejs/kit';
import { catalogForLoadWithAdded } from '#lib/state/library.svelte.js';

// An added case's lesson (#/cases/<id>/lessons/<slug>): under its case, so its slug never clashes
// with a built-in lesson's, and the course's own lessons stay at #/lessons/<slug>.
export async function load({ params }) {
	const catalog = await catalogForLoadWithAdded();
	const entry = catalog.findCase(params.case);
	if (!entry) error(404, `There is no case called "${params.case}". Open its case file on the course map first.`);
	const lesson = catalog.findCaseLesson(params.case, params.lesson);
	if (!lesson) error(404, `The case “${entry.title}” has no lesson called "${params.lesson}".`);
	return { entry, lesson };
}
