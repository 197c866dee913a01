// Why a write did not reach storage, in words for the person looking at the page: what happened
// and what to do. Every store turns a failed IndexedDB transaction into one of these, so the page
// can say "not saved" next to the button that asked, instead of "saved" over lost data.

export type SaveErrorReason = 'full' | 'blocked' | 'handed-in' | 'other';

export class SaveError extends Error {
	constructor(
		readonly reason: SaveErrorReason,
		message: string,
		readonly cause?: unknown
	) {
		super(message);
		this.name = 'SaveError';
	}
}

const MESSAGES: Record<SaveErrorReason, string> = {
	full: 'Not saved: this browser’s storage is full.',
	blocked: 'Not saved: this browser does not let Sidelight store anything.',
	'handed-in': 'Not saved: this assignment was already handed in (perhaps in another tab).',
	other: 'Not saved: the browser refused to store it.'
};

/** A SaveError for whatever a transaction failed with (DOMException names as the browsers give them). */
export function toSaveError(error: unknown): SaveError {
	if (error instanceof SaveError) return error;
	const name = (error as { name?: string } | null)?.name ?? '';
	const reason: SaveErrorReason =
		name === 'QuotaExceededError' || /quota/i.test(String((error as Error)?.message))
			? 'full'
			: name === 'SecurityError' || name === 'InvalidStateError'
				? 'blocked'
				: 'other';
	return new SaveError(reason, MESSAGES[reason], error);
}

export function saveError(reason: SaveErrorReason): SaveError {
	return new SaveError(reason, MESSAGES[reason]);
}
