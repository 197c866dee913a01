// What a SCORM package carries about itself, read by the page at start: which assignment its
// result code is written against and the mastery score. The build writes it into index.html as
// <meta name="sidelight-lms" content="…"> (a meta tag: the page's CSP allows no extra script, and
// from file:// or inside an LMS a page cannot fetch a config file reliably).
import type { Assignment } from '../assignments/types.js';
import { contentVersion } from '../assignments/content-version.js';
import type { KeyedExercise } from '../course/types.js';
import { ID_PATTERN } from '../content/fields.js';

export const LMS_META = 'sidelight-lms';
/** The whole-course package's fixed assignment id (Crockford base 32, like every assignment id). */
export const COURSE_ASSIGNMENT_ID = 'SCRM0000';
/** Percent to pass when the teacher does not choose: 70, a common LMS default (Moodle's SCORM examples, eXe). */
export const DEFAULT_MASTERY = 70;

export interface LmsConfig {
	/** Percent; null: no pass/fail, only completed. */
	masteryScore: number | null;
	/** A one-assignment package's assignment: its code (which the page opens) and id; absent for the whole course. */
	assignment?: { code: string; id: string };
	/**
	 * An assignment on an added case (SLA3): the case's data file in the package and the version the
	 * code names. The page adds the case for the visit, as if the student had opened its case file.
	 */
	addedCase?: PackagedCase;
}

export interface PackagedCase {
	id: string;
	/** "cases/<id>.js", relative to index.html. */
	file: string;
	contentHash: string;
}

/** The file must be the case's own data file (derived from its id, never a path taken as given). */
const CONTENT_HASH = /^[0-9a-f]{8}$/;

/** The whole course as one assignment, so its result code has something to be written against. */
export function courseAssignment(exercises: readonly KeyedExercise[]): Assignment {
	return {
		id: COURSE_ASSIGNMENT_ID,
		title: 'Sidelight course',
		exercises: exercises.map((e) => e.exercise.id),
		feedback: 'now',
		attempts: 0,
		counts: 'best',
		contentVersion: contentVersion(exercises)
	};
}

export function lmsConfigJson(config: LmsConfig): string {
	return JSON.stringify(config);
}

/** The config from the meta tag's content, or a clear error. */
export function parseLmsConfig(text: string): LmsConfig {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		throw new Error(`the ${LMS_META} meta tag is not JSON`);
	}
	const v = value as Partial<LmsConfig>;
	const mastery = v.masteryScore;
	if (!(mastery === null || (typeof mastery === 'number' && mastery >= 0 && mastery <= 100))) {
		throw new Error(`the ${LMS_META} meta tag's masteryScore should be a number from 0 to 100 or null`);
	}
	const a = v.assignment;
	if (a !== undefined && !(typeof a?.code === 'string' && typeof a?.id === 'string')) {
		throw new Error(`the ${LMS_META} meta tag's assignment should have a code and an id`);
	}
	const c = v.addedCase;
	if (
		c !== undefined &&
		!(
			typeof c?.id === 'string' &&
			ID_PATTERN.test(c.id) &&
			c.file === `cases/${c.id}.js` &&
			typeof c.contentHash === 'string' &&
			CONTENT_HASH.test(c.contentHash)
		)
	) {
		throw new Error(
			`the ${LMS_META} meta tag's addedCase should have a case id, its file cases/<id>.js and an 8-digit content hash`
		);
	}
	return {
		masteryScore: mastery,
		...(a ? { assignment: { code: a.code, id: a.id } } : {}),
		...(c ? { addedCase: { id: c.id, file: c.file, contentHash: c.contentHash } } : {})
	};
}

/** The id of the assignment a package's result codes are written against. */
export function packagedAssignmentId(config: LmsConfig): string {
	return config.assignment?.id ?? COURSE_ASSIGNMENT_ID;
}
