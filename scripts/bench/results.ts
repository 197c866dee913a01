// Everything one bench run measured, as the report and the budget check read it. A section that
// failed keeps its error message instead of its numbers, so the report can say what went wrong.
import type { BuildBytes, ContentBytes, Size } from './bytes.js';
import type { VariantBytes } from './ablation.js';
import type { BuildMeasurements } from './builds.js';
import type { ContentPart } from './content-module.js';
import type { InteractionMeasurement } from './interactions.js';
import type { LighthouseResult } from './lighthouse.js';
import type { Machine } from './machine.js';
import type { RenderMeasurement } from './render.js';
import type { ScaleMeasurements } from './scale.js';
import type { LibraryMeasurements } from './library.js';
import type { LoadMeasurement, SlowInteraction } from './slow-load.js';

export interface BenchRuns {
	builds: number;
	render: number;
	toggles: number;
	checks: number;
	scaleValidate: number;
	scaleBuild: number;
	scaleRender: number;
	/** Page loads and interactions at 4× CPU (slow-load.ts), and the 20-case library's loads. */
	slow: number;
}

/** Page loads at 4× CPU: this build from file:// and localhost, and the same build as Kit wrote it (paint-first undone). */
export interface SlowResults {
	rate: number;
	file: LoadMeasurement[];
	http: LoadMeasurement[];
	before: LoadMeasurement[];
	interactions?: SlowInteraction[];
}

export interface BenchResults {
	machine: Machine;
	/** 1-minute load average when the bench started and ended: other work on the machine skews timings. */
	load: { start: number; end: number };
	runs: BenchRuns;
	caseId: string;
	/** The measured case as case.json and its annotation files give it. */
	realCase: { articles: number; annotations: number };
	/** Set when build/ was rebuilt (or could not be) before measuring. */
	buildNote?: string;
	bytes?: { build: BuildBytes; content: ContentBytes };
	/** The parts of the content module, from the lessons as they are now. */
	contentModule?: { whole: Size; parts: ContentPart[] };
	builds?: BuildMeasurements;
	/** The project built again without one part at a time (ablation.ts). */
	variants?: VariantBytes[];
	render: { file?: RenderMeasurement; http?: RenderMeasurement };
	/** What served build/ on localhost (vite preview, or the fallback). */
	server?: string;
	toggle?: InteractionMeasurement;
	check?: InteractionMeasurement;
	/** Where the mark exercise was found (lesson hash and exercise id), or why none was measured. */
	checkWhere?: string;
	lessons: string[];
	scale?: ScaleMeasurements;
	slow?: SlowResults;
	library?: LibraryMeasurements;
	lighthouse?: LighthouseResult[];
	errors: Record<string, string>;
}
