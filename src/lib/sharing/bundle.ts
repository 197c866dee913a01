// A case as the browser uses it once validated: what a built-in case's data file holds (the case,
// the exercises of its lessons and the lessons' metas), plus, for an added case, the lesson pages'
// source (the browser renders them from blocks, without mdsvex). Engineer "library" defines the
// same shape as CaseBundle in src/lib/library/types.ts; at merge this becomes a re-export of it.
import type { Case, ShippedCase } from '../content/types.js';
import type { LessonExercise, LessonMeta } from '../course/types.js';

export interface LessonPage {
	slug: string;
	markdown: string;
}

export interface CaseBundle {
	case: Case;
	/** The exercises of the lessons whose caseId is this case, in course order. */
	exercises: LessonExercise[];
	lessons: LessonMeta[];
	lessonPages?: LessonPage[];
}

/** What a case's data file holds, as "library" ships it: the case packed (no quotes, no backlinks). */
export interface PackedCaseBundle extends Omit<CaseBundle, 'case'> {
	case: ShippedCase;
}

export function packBundle(bundle: CaseBundle): PackedCaseBundle {
	const { annotations, ...rest } = bundle.case;
	return {
		...bundle,
		case: { ...rest, annotations: annotations.map(({ quote: _quote, backlinks: _backlinks, ...a }) => a) }
	};
}

/** What the course map lists for a case: enough to show it without loading it (as src/lib/library/types.ts). */
export interface CaseEntry {
	id: string;
	title: string;
	summary: string;
	articles: { id: string; label: string; headline: string | null }[];
	annotationCount: number;
	/** contentVersion() of the case's exercises with their keys. */
	version: string;
	source: 'built-in' | 'added';
	/** Added cases: caseContentHash (8 hex), the version SLA3 codes name. */
	contentHash?: string;
}
