// A case as the browser uses it once validated, in the library's own shapes (defined once in
// src/lib/course/case-bundle.ts, which src/lib/library/types.ts re-exports; re-exported here, never
// defined twice): the bundle a built-in case's data file holds, with the
// case unpacked (quotes and backlinks in place) as the readers of a case file give it, and packed
// again (packBundle) when the library loads an added case as it loads a built-in one.
import type { Case } from '../content/types.js';
import type { CaseBundle } from '../course/case-bundle.js';

export type { CaseBundle as PackedCaseBundle, CaseEntry, LessonPage } from '../course/case-bundle.js';

/** A validated case, unpacked, with its lessons' exercises, metas and pages. */
export type ValidatedBundle = CaseBundle<Case>;

export function packBundle(bundle: ValidatedBundle): CaseBundle {
	const { annotations, ...rest } = bundle.case;
	return {
		...bundle,
		case: { ...rest, annotations: annotations.map(({ quote: _quote, backlinks: _backlinks, ...a }) => a) }
	};
}
