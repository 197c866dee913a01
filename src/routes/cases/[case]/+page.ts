import { error } from '@sveltejs/kit';
import { catalogForLoad } from '#lib/state/library.svelte.js';

// Only the id: the page loads the case's data (CaseLoader), and says so if it cannot.
export function load({ params }) {
	const entry = catalogForLoad().findCase(params.case);
	if (!entry) error(404, `There is no case called "${params.case}".`);
	return { entry };
}
