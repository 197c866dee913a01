// The SCORM 1.2 data model's value formats and limits (SCORM 1.2 Run-Time Environment, section 3.4),
// which Sidelight checks itself rather than trusting an LMS: scorm-again (the test LMS) accepts a
// 4,097-character suspend_data and identifiers with spaces, while Moodle and Kolibri's shim do not.
// Pure.

/** cmi.suspend_data and cmi.comments: CMIString4096. */
export const MAX_SUSPEND_DATA = 4096;
/** CMIIdentifier: no spaces, at most 255 characters. */
export const MAX_IDENTIFIER = 255;
const IDENTIFIER = /^[^\s]{1,255}$/;

export function isIdentifier(value: string): boolean {
	return IDENTIFIER.test(value);
}

/** CMITimespan, "HHHH:MM:SS.SS" (hours 2–4 digits), for session_time and latency; capped at 9999 hours. */
export function cmiTimespan(ms: number): string {
	const centis = Math.min(Math.max(0, Math.round(ms / 10)), 9999 * 360000 + 359999);
	const hours = Math.floor(centis / 360000);
	const minutes = Math.floor((centis % 360000) / 6000);
	const seconds = (centis % 6000) / 100;
	const two = (n: number) => String(n).padStart(2, '0');
	return `${String(hours).padStart(4, '0')}:${two(minutes)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** CMITime, "HH:MM:SS" in the learner's local time, for cmi.interactions.n.time (1.2 has no date). */
export function cmiTime(date: Date): string {
	const two = (n: number) => String(n).padStart(2, '0');
	return `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}

/** CMIDecimal 0–100 as score.raw, with at most two decimals. */
export function cmiScore(fraction: number): string {
	return String(Math.round(Math.min(1, Math.max(0, fraction)) * 10000) / 100);
}

/** cmi.interactions.n.result: "correct", "wrong", or the share of the weighting earned as a CMIDecimal. */
export function cmiResult(score: number): string {
	if (score >= 1) return 'correct';
	if (score <= 0) return 'wrong';
	return String(Math.round(score * 100) / 100);
}
