// Cases the person added to this copy (opened from a case file), listed with the built-in ones.
// A stub on this branch: engineer "share" replaces it with the stored list. The library reads
// only `list` (reactive) and `bundle(id)`.
import type { CaseBundle, CaseEntry } from '../library/types.js';

class AddedCases {
	list: CaseEntry[] = $state.raw([]);

	async bundle(_id: string): Promise<CaseBundle | undefined> {
		return undefined;
	}
}

export const addedCases = new AddedCases();
