import { error } from '@sveltejs/kit';
import { findCase } from '#lib/app/content.js';

export function load({ params }) {
	const caseData = findCase(params.case);
	if (!caseData) error(404, `There is no case called "${params.case}".`);
	return { caseData };
}
