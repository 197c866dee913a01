import { error } from '@sveltejs/kit';
import { catalogForLoad, catalogForLoadWithAdded } from '#lib/state/library.svelte.js';

// Only the id: the page loads the case's data (CaseLoader), and says so if it cannot. A built-in
// case is found at once; an added one once the added cases are read (a reload, a link).
export async function load({ params }) {
	const entry = catalogForLoad().findCase(params.case) ?? (await catalogForLoadWithAdded()).findCase(params.case);
	if (!entry) error(404, `There is no case called "${params.case}".`);
	return { entry };
}
