import { error } from '@sveltejs/kit';
import { findNote } from '#lib/app/reference.js';

export function load({ params }) {
	const note = findNote(params.note);
	if (!note) error(404, `There is no note called "${params.note}" on the reference shelf.`);
	return { note };
}
