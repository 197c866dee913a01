// The SCORM 1.2 session against scorm-again's runtime, with the real course: what a teacher sees
// in the LMS after a student checks exercises, and what the student gets back on their return.
import { describe, expect, it } from 'vitest';
import { keyAnswer } from '../exercises/answers.js';
import { score } from '../exercises/score.js';
import { withCheck, emptyProgress, type ProgressState } from '../progress/progress.js';
import { courseAssignment, DEFAULT_MASTERY } from './course-package.js';
import { MAX_SUSPEND_DATA, isIdentifier } from './data-model.js';
import { ScormSession } from './session.js';
import { courseExercises, testLms } from './testing.js';
import { handInCode, mergeResumed } from './result.js';

const exercises = courseExercises();
const assignment = courseAssignment(exercises);
const options = { exercises, assignment, masteryScore: DEFAULT_MASTERY, now: () => new Date('2026-12-01T10:00:00Z') };

/** Every exercise checked `attempts` times with its key answer (the longest answers a page makes). */
function allKeyed(attempts: number, only = exercises): ProgressState {
	const state: ProgressState = {};
	for (const { exercise, key } of only) {
		let entry = emptyProgress();
		for (let i = 0; i < attempts; i++)
			entry = withCheck(entry, keyAnswer(exercise, key), score(exercise, key, keyAnswer(exercise, key)).score);
		state[exercise.id] = entry;
	}
	return state;
}

const valueOf = (sets: [string, string][], element: string) => sets.filter(([e]) => e === element).at(-1)?.[1];

describe('a SCORM 1.2 session', () => {
	it('starts an untouched course as incomplete, with nothing to resume', () => {
		const { api, sets } = testLms();
		const started = ScormSession.start(api, options)!;
		expect(started.resumed).toEqual({});
		expect(valueOf(sets, 'cmi.core.lesson_status')).toBe('incomplete');
	});

	it('after one right answer, the LMS shows the score, one interaction and the code, still incomplete', () => {
		const { api, sets } = testLms();
		const { session } = ScormSession.start(api, options)!;
		const report = session.sync(allKeyed(1, exercises.slice(0, 1)));
		expect(report).toEqual({ notStored: [], errors: [] });
		expect(valueOf(sets, 'cmi.core.score.raw')).toBe(String(Math.round(10000 / exercises.length) / 100));
		expect(valueOf(sets, 'cmi.core.lesson_status')).toBe('incomplete');
		expect(valueOf(sets, 'cmi.interactions.0.id')).toBe(exercises[0].exercise.id);
		expect(valueOf(sets, 'cmi.interactions.0.result')).toBe('correct');
		expect(valueOf(sets, 'cmi.suspend_data')).toMatch(/^SL/);
		expect(valueOf(sets, 'cmi.comments')).toBe(valueOf(sets, 'cmi.suspend_data'));
		expect(api.LMSGetValue('cmi.interactions._count')).toBe('1');
	});

	it('passes a student who gets everything right, with one objective per technique', () => {
		const { api, sets } = testLms();
		const { session } = ScormSession.start(api, options)!;
		expect(session.sync(allKeyed(1)).errors).toEqual([]);
		expect(valueOf(sets, 'cmi.core.score.raw')).toBe('100');
		expect(valueOf(sets, 'cmi.core.lesson_status')).toBe('passed');
		const objectives = sets.filter(([e]) => /^cmi\.objectives\.\d+\.id$/.test(e)).map(([, v]) => v);
		expect(objectives.length).toBeGreaterThan(3);
		expect(objectives).toContain('loaded-question');
		expect(api.LMSGetValue('cmi.interactions._count')).toBe(String(exercises.length));
		session.finish(allKeyed(1));
		expect(valueOf(sets, 'cmi.core.exit')).toBe('');
		expect(valueOf(sets, 'cmi.core.session_time')).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
	});

	it('fails a student who has checked everything below the mastery score', () => {
		const { api, sets } = testLms();
		const { session } = ScormSession.start(api, options)!;
		const state: ProgressState = {};
		for (const { exercise } of exercises) state[exercise.id] = withCheck(emptyProgress(), keyAnswerOf(exercise.id), 0.5);
		session.sync(state);
		expect(valueOf(sets, 'cmi.core.lesson_status')).toBe('failed');
	});

	it('resumes a returning student with every checked attempt and its score', () => {
		const first = testLms();
		const { session } = ScormSession.start(first.api, options)!;
		const state = allKeyed(2, exercises.slice(0, 5));
		session.sync(state);
		session.finish(state);
		expect(valueOf(first.sets, 'cmi.core.exit')).toBe('suspend');
		const again = testLms({ 'cmi.suspend_data': valueOf(first.sets, 'cmi.suspend_data')!, 'cmi.core.entry': 'resume' });
		const resumed = ScormSession.start(again.api, options)!;
		expect(resumed.problem).toBeNull();
		expect(Object.keys(resumed.resumed)).toEqual(exercises.slice(0, 5).map((e) => e.exercise.id));
		for (const [id, entry] of Object.entries(resumed.resumed)) {
			expect(entry.attempts.map((a) => a.score)).toEqual(state[id].attempts.map((a) => a.score));
			expect(entry.answer).toEqual(state[id].answer);
		}
		// Resumed attempts are not written to the journal again.
		resumed.session.sync(resumed.resumed);
		expect(again.sets.filter(([e]) => e.startsWith('cmi.interactions.'))).toEqual([]);
	});

	it('says so, and starts afresh, when the saved answers cannot be read', () => {
		const { api } = testLms({ 'cmi.suspend_data': 'not a code' });
		const started = ScormSession.start(api, options)!;
		expect(started.problem).toMatch(/could not be read/);
		expect(started.resumed).toEqual({});
	});

	it('writes only SCORM identifiers, CMIFeedback of at most 255 characters and values the runtime accepts', () => {
		const { api, sets } = testLms();
		const { session } = ScormSession.start(api, options)!;
		expect(session.sync(allKeyed(3)).errors).toEqual([]);
		for (const [element, value] of sets) {
			if (/\.id$/.test(element)) expect(isIdentifier(value), element).toBe(true);
			if (/student_response$/.test(element)) expect(value.length, element).toBeLessThanOrEqual(255);
			if (/interactions\.\d+\.type$/.test(element))
				expect(['choice', 'matching', 'sequencing', 'numeric', 'performance']).toContain(value);
			if (/interactions\.\d+\.time$/.test(element)) expect(value).toMatch(/^\d{2}:\d{2}:\d{2}$/);
			if (/interactions\.\d+\.latency$/.test(element)) expect(value).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
		}
	});
});

describe('suspend_data for the whole course', () => {
	it('fits every attempt of every exercise at two checks each within 4,096 characters', () => {
		const { code, notStored } = handInCode(
			allKeyed(2),
			assignment,
			new Map(exercises.map((e) => [e.exercise.id, e])),
			'Martin, Zoë',
			new Date(),
			MAX_SUSPEND_DATA
		);
		console.log(`suspend_data, ${exercises.length} exercises × 2 key answers: ${code.length} characters`);
		expect(notStored).toEqual([]);
		expect(code.length).toBeLessThanOrEqual(MAX_SUSPEND_DATA);
	});

	it('never goes over 4,096 characters, and names every exercise it could not keep', () => {
		const map = new Map(exercises.map((e) => [e.exercise.id, e]));
		for (const attempts of [3, 5, 10]) {
			const state = allKeyed(attempts);
			const { code, notStored } = handInCode(state, assignment, map, 'Martin, Zoë', new Date(), MAX_SUSPEND_DATA);
			console.log(
				`suspend_data, ${exercises.length} exercises × ${attempts} key answers: ${code.length} characters, ${notStored.length} not stored`
			);
			expect(code.length).toBeLessThanOrEqual(MAX_SUSPEND_DATA);
		}
		// The worst a page can make: every mark exercise with 200 one-word marks (the codec's limit), at its allowed attempts.
		const worst: ProgressState = {};
		for (const { exercise, key } of exercises) {
			let answer = keyAnswer(exercise, key);
			if (answer.type === 'mark' || answer.type === 'mark-and-label') {
				const marks = Array.from({ length: 200 }, (_, i) => ({ start: i * 7, end: i * 7 + 5, label: null }));
				answer = answer.type === 'mark' ? { type: 'mark', marks } : { type: 'mark-and-label', marks };
			}
			let entry = emptyProgress();
			for (let i = 0; i < Math.max(1, exercise.attempts); i++) entry = withCheck(entry, answer, 0.5);
			worst[exercise.id] = entry;
		}
		const w = handInCode(worst, assignment, map, 'Martin, Zoë', new Date(), MAX_SUSPEND_DATA);
		console.log(
			`suspend_data, worst case (200 marks per mark exercise): ${w.code.length} characters, ${w.notStored.length} exercises not stored`
		);
		expect(w.code.length).toBeLessThanOrEqual(MAX_SUSPEND_DATA);
		expect(w.notStored.length).toBeGreaterThan(0);
		// A limit too small for everything: the ones left out are listed, the rest are kept whole.
		const { code, notStored } = handInCode(allKeyed(2), assignment, map, 'Martin, Zoë', new Date(), 1000);
		expect(code.length).toBeLessThanOrEqual(1000);
		expect(notStored.length).toBeGreaterThan(0);
		expect(notStored).toEqual(exercises.slice(exercises.length - notStored.length).map((e) => e.exercise.id));
	});
});

function keyAnswerOf(id: string) {
	const { exercise, key } = exercises.find((e) => e.exercise.id === id)!;
	return keyAnswer(exercise, key);
}

describe('resuming in a browser that has answers of its own', () => {
	it('keeps, per exercise, whichever side has more checks, so neither loses an attempt', () => {
		const [a, b] = exercises.map((e) => e.exercise.id);
		const one = allKeyed(1, exercises.slice(0, 2));
		const two = allKeyed(2, exercises.slice(0, 2));
		const merged = mergeResumed({ [a]: two[a], [b]: one[b] }, { [a]: one[a], [b]: two[b] });
		expect(merged[a]).toBe(two[a]);
		expect(merged[b]).toBe(two[b]);
	});
});
