// What the editor shows next to a field: the live validation's problems, each with the draft field
// it belongs to. Apart from the validation itself (validate-draft.ts, which needs the build's
// readers and so runs in the readers script), so the editor's first load carries only this.
import type { Problem } from '../../content/problems.js';
import type { Case } from '../../content/types.js';

/** A problem with the draft field it belongs to and the build's message for it. */
export interface FieldProblem extends Problem {
	/**
	 * `case.title`, `article.<id>.headline`, `article.<id>.text`, `annotation.<id>.explanation`,
	 * `claim.<id>.<article>`, `exercise.<id>.<field>`, `lesson.<field>`, or `other`.
	 */
	field: string;
	/** As the build prints it (file, line, id, field, message). */
	text: string;
}

export interface DraftCheck {
	/** The validated model (what previews show); undefined only when case.json cannot be read. */
	case?: Case;
	problems: FieldProblem[];
	errors: number;
	warnings: number;
	/** Before the first check has come back. */
	pending?: boolean;
	/** Why the draft could not be checked (the readers script did not load). */
	unavailable?: string;
}

/** The problems to show next to one field (and those of its sub-fields: `annotation.x` covers `annotation.x.links`). */
export function problemsAt(check: DraftCheck, field: string): FieldProblem[] {
	return check.problems.filter((p) => p.field === field || p.field.startsWith(`${field}.`));
}
