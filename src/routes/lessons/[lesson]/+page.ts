import { error } from '@sveltejs/kit';
import { catalogForLoad } from '#lib/state/library.svelte.js';

export function load({ params }) {
	const lesson = catalogForLoad().findLesson(params.lesson);
	if (!lesson) error(404, `There is no lesson called "${params.lesson}".`);
	return { lesson };
}
