// The build's readers as the browser gets them: one run-time script (_app/readers.js, bundled by
// src/build/readers-plugin.ts as a classic IIFE that sets the global `sidelightReaders`), so the
// readers, their validators and the `yaml` package stay out of the first load. Opening a case file
// and the editor's live validation load it on demand (src/lib/app/readers.ts `loadReaders`).
// Code in the app imports only the `Readers` type from here (`import type`), never the values.
import { readCase } from '../content/read-case.js';
import { SourceIndex } from '../content/source.js';
import { readCourse } from '../course/read-course.js';
import { caseFileDraft, readCaseFile, writeCaseFile } from './case-file.js';
import { checkDraft } from '../authoring/edit/validate-draft.js';
import { readCaseFiles } from './read-files.js';

/** Found in the script and never in the first load (tests/readers-bundle.test.ts looks for it). */
export const READERS_MARKER = 'sidelight-readers-script';

export { readCase, readCourse, readCaseFile, readCaseFiles, writeCaseFile, caseFileDraft, checkDraft, SourceIndex };

/** What the script hands to `self.sidelightReaders`. */
export interface Readers {
	READERS_MARKER: typeof READERS_MARKER;
	readCase: typeof readCase;
	readCourse: typeof readCourse;
	readCaseFile: typeof readCaseFile;
	readCaseFiles: typeof readCaseFiles;
	writeCaseFile: typeof writeCaseFile;
	/** The case editor: a case file opened to go on editing, and the live validation of a draft. */
	caseFileDraft: typeof caseFileDraft;
	checkDraft: typeof checkDraft;
	SourceIndex: typeof SourceIndex;
}
