// A reader's display settings (theme, text size, reading font): how they are read back from storage
// and which attributes on <html> carry them (src/app.css styles by those attributes). Pure, so the
// header's switch and the tiny boot script in src/app.html agree on one format.
// Kept in localStorage, not IndexedDB: three small values that must be read synchronously before the
// first paint (IndexedDB only answers asynchronously, after the page has painted in the wrong theme),
// and losing them costs a click, not work.

export const THEMES = ['system', 'light', 'dark'] as const;
export const TEXT_SIZES = ['100', '115', '130'] as const;
export const FONTS = ['default', 'reading'] as const;

export type Theme = (typeof THEMES)[number];
export type TextSize = (typeof TEXT_SIZES)[number];
export type Font = (typeof FONTS)[number];

export interface UiPreferences {
	theme: Theme;
	textSize: TextSize;
	font: Font;
}

/** The localStorage key; src/app.html's boot script reads the same one. */
export const UI_PREFERENCES_KEY = 'sidelight-ui';

export const DEFAULT_PREFERENCES: UiPreferences = { theme: 'system', textSize: '100', font: 'default' };

const pick = <T extends string>(allowed: readonly T[], value: unknown, fallback: T): T =>
	allowed.includes(value as T) ? (value as T) : fallback;

/** Stored text to preferences; anything missing, unknown or unreadable falls back to the default. */
export function parsePreferences(stored: string | null): UiPreferences {
	let data: Record<string, unknown> = {};
	try {
		const parsed: unknown = stored ? JSON.parse(stored) : {};
		if (parsed && typeof parsed === 'object') data = parsed as Record<string, unknown>;
	} catch {
		// A hand-edited or truncated value: start from the defaults rather than fail the page.
	}
	return {
		theme: pick(THEMES, data.theme, DEFAULT_PREFERENCES.theme),
		textSize: pick(TEXT_SIZES, data.textSize, DEFAULT_PREFERENCES.textSize),
		font: pick(FONTS, data.font, DEFAULT_PREFERENCES.font)
	};
}

export const serializePreferences = (preferences: UiPreferences): string => JSON.stringify(preferences);

/** The data- attributes for <html>: null removes one (the default needs none). */
export function rootAttributes(preferences: UiPreferences): Record<'data-theme' | 'data-text-size' | 'data-font', string | null> {
	return {
		'data-theme': preferences.theme === 'system' ? null : preferences.theme,
		'data-text-size': preferences.textSize === '100' ? null : preferences.textSize,
		'data-font': preferences.font === 'default' ? null : preferences.font
	};
}
