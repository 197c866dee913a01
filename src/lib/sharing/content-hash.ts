// A case's fingerprint, carried by assignment codes for an added case (SLA3) and stored in its
// case file, so a teacher's and a student's copies can tell whether they hold the same version of
// an added case. The same recipe as contentVersion (canonical JSON, CRC-32, 8 hex): it detects a
// change, it does not resist forgery (the gradebook re-scores every answer with its own keys).
import { canonicalJson } from '../assignments/content-version.js';
import { crc32 } from '../assignments/crc32.js';
import type { ValidatedBundle } from './bundle.js';

export const CONTENT_HASH_PATTERN = /^[0-9a-f]{8}$/;

/**
 * Covers everything an added case shows and scores by: the case as shipped (a quote and backlinks
 * are derived from it, so they are left out), its exercises, its lessons and their pages.
 */
export function caseContentHash(bundle: ValidatedBundle): string {
	const { annotations, ...rest } = bundle.case;
	const shipped = { ...rest, annotations: annotations.map(({ quote: _quote, backlinks: _backlinks, ...a }) => a) };
	const data = { case: shipped, exercises: bundle.exercises, lessons: bundle.lessons, lessonPages: bundle.lessonPages ?? [] };
	return crc32(new TextEncoder().encode(canonicalJson(data)))
		.toString(16)
		.padStart(8, '0');
}
