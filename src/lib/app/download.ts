// Saves text as a file from the page itself (no server): a Blob behind a temporary link.
// Works from file:// too, where the browser treats the blob as part of the page.
export function downloadText(filename: string, text: string, type = 'text/plain'): void {
	const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
	const link = Object.assign(document.createElement('a'), { href: url, download: filename });
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Reads files the user chose or dropped, as text. */
export function readFiles(files: FileList | File[]): Promise<{ name: string; text: string }[]> {
	return Promise.all([...files].map(async (file) => ({ name: file.name, text: await file.text() })));
}
