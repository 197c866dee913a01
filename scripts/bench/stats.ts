// Small statistics and formatting helpers for the bench: medians (robust to the odd slow run on a
// shared 2-core machine), and numbers printed the same way everywhere in the report.

export interface Sample {
	/** Every run, in the order measured. */
	runs: number[];
	median: number;
	min: number;
	max: number;
}

export function sample(runs: number[]): Sample {
	if (runs.length === 0) throw new Error('no runs to summarise');
	const sorted = [...runs].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
	return { runs, median, min: sorted[0], max: sorted[sorted.length - 1] };
}

/** Runs `fn` `count` times in a row (never in parallel: 2 cores) and summarises the results. */
export async function repeat(count: number, fn: (run: number) => Promise<number> | number): Promise<Sample> {
	const runs: number[] = [];
	for (let i = 0; i < count; i++) runs.push(await fn(i));
	return sample(runs);
}

/** KB are 1,000 bytes, as Vite reports them. */
export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
export const ms = (value: number) => (value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`);
export const seconds = (valueMs: number) => `${(valueMs / 1000).toFixed(2)} s`;
export const ratio = (value: number) => `${value.toFixed(1)}×`;
export const percent = (value: number) => `${(value * 100).toFixed(0)} %`;

/** "median (min–max)", for a timing sample. */
export function spread(s: Sample, format: (value: number) => string = ms): string {
	return `${format(s.median)} (${format(s.min)}–${format(s.max)})`;
}
