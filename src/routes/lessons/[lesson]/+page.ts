import { error } from '@sveltejs/kit';
import { findLesson } from '#lib/app/course.js';

export function load({ params }) {
	const lesson = findLesson(params.lesson);
	if (!lesson) error(404, `There is no lesson called "${params.lesson}".`);
	return { lesson };
}
