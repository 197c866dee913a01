// What the numbers were measured on: timings mean little without the CPU, the cores, the memory
// and the versions of Node and Chromium beside them.
import { existsSync, readFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';

export interface Machine {
	cpu: string;
	cores: number;
	memoryGb: number;
	os: string;
	node: string;
	chromium: string;
	date: string;
}

function cpuModel(): string {
	if (existsSync('/proc/cpuinfo')) {
		const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
		if (match) return match[1].trim();
	}
	return cpus()[0]?.model ?? 'unknown';
}

function osName(): string {
	const file = '/etc/os-release';
	const pretty = existsSync(file) ? /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(readFileSync(file, 'utf8'))?.[1] : undefined;
	return `${pretty ?? process.platform}, Linux ${release()}`;
}

/** `chromium` is the version Playwright's browser reports (e.g. "156.0.8078.79"). */
export function describeMachine(chromium: string): Machine {
	return {
		cpu: cpuModel(),
		cores: cpus().length,
		memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
		os: osName(),
		node: process.version,
		chromium,
		date: new Date().toISOString().replace(/\.\d+Z$/, 'Z')
	};
}
