// The gradebook as a file the teacher keeps, through the File System Access API where the
// browser has it (Chromium): pick a file once, then save to the same file after each import
// session with one click, and re-open it later. Elsewhere the page downloads and uploads instead.

interface FileHandle {
	readonly name: string;
	getFile(): Promise<File>;
	createWritable(): Promise<{ write(text: string): Promise<void>; close(): Promise<void> }>;
	queryPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>;
	requestPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>;
}

interface PickerWindow {
	showSaveFilePicker?(options: object): Promise<FileHandle>;
	showOpenFilePicker?(options: object): Promise<FileHandle[]>;
}

export type GradebookFile = FileHandle;

const TYPES = [{ description: 'Sidelight gradebook', accept: { 'application/json': ['.json'] } }];

export function canKeepFile(): boolean {
	const w = globalThis as unknown as PickerWindow;
	return typeof w.showSaveFilePicker === 'function' && typeof w.showOpenFilePicker === 'function';
}

/** Asks where to keep the gradebook and writes it there; null if the teacher cancelled. */
export async function saveAsFile(text: string, suggestedName: string): Promise<GradebookFile | null> {
	try {
		const handle = await (globalThis as unknown as PickerWindow).showSaveFilePicker!({ suggestedName, types: TYPES });
		await writeFile(handle, text);
		return handle;
	} catch (error) {
		if ((error as Error).name === 'AbortError') return null;
		throw error;
	}
}

/** Writes the gradebook to the file picked before (asking again for permission if the browser wants). */
export async function writeFile(handle: GradebookFile, text: string): Promise<void> {
	if (handle.queryPermission && (await handle.queryPermission({ mode: 'readwrite' })) !== 'granted')
		await handle.requestPermission?.({ mode: 'readwrite' });
	const writable = await handle.createWritable();
	await writable.write(text);
	await writable.close();
}

/** Asks for a gradebook file and reads it; null if the teacher cancelled. */
export async function openFile(): Promise<{ handle: GradebookFile; text: string } | null> {
	try {
		const [handle] = await (globalThis as unknown as PickerWindow).showOpenFilePicker!({ types: TYPES, multiple: false });
		return { handle, text: await (await handle.getFile()).text() };
	} catch (error) {
		if ((error as Error).name === 'AbortError') return null;
		throw error;
	}
}
