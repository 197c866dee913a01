// One student, however they typed their name this time: hand-ins are matched within an
// assignment by the name with outer spaces trimmed, inner runs of spaces made one, Unicode
// composed (an "é" typed on a phone and on a laptop may differ in code points) and case ignored.
// Two students with the same name must type them apart (an initial): there is no login to tell.

export function studentKey(name: string): string {
	return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}
