// A student's work on one assignment, in this browser: their name, their answers (a progress
// store of its own, so the assignment never mixes with their course progress) and, once handed
// in, the result code. Survives reloads, so work in progress is never lost.
import { browser } from '$app/env';
import { ProgressStore } from './progress.svelte.js';
import { readStored, writeStored } from './storage.js';

export interface HandedIn {
	code: string;
	at: string;
}

interface Meta {
	name: string;
	handedIn: HandedIn | null;
}

export class AssignmentWork {
	readonly progress: ProgressStore;
	meta: Meta = $state({ name: '', handedIn: null });
	private readonly key: string;

	constructor(assignmentId: string) {
		this.key = `sidelight:assignment:${assignmentId}`;
		this.progress = new ProgressStore(`${this.key}:progress`);
		if (browser) this.meta = readStored(`${this.key}:meta`, parseMeta, { name: '', handedIn: null });
	}

	setName(name: string) {
		this.meta = { ...this.meta, name };
		this.save();
	}

	handIn(handedIn: HandedIn) {
		this.meta = { ...this.meta, handedIn };
		this.save();
	}

	private save() {
		writeStored(`${this.key}:meta`, JSON.stringify($state.snapshot(this.meta)));
	}
}

function parseMeta(raw: string): Meta {
	const data = JSON.parse(raw);
	if (typeof data?.name !== 'string') throw new Error('no name');
	const handedIn =
		data.handedIn && typeof data.handedIn.code === 'string' ? { code: data.handedIn.code, at: String(data.handedIn.at) } : null;
	return { name: data.name, handedIn };
}
