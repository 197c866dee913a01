// The reader's display settings as rune state: read from localStorage once, written back and put on
// <html> whenever the header's switch changes them (src/app.html's boot script does the same before
// the first paint, so a reload never flashes the other theme).
import {
	parsePreferences,
	rootAttributes,
	serializePreferences,
	UI_PREFERENCES_KEY,
	type UiPreferences
} from '../core/ui-preferences.js';

function stored(): string | null {
	try {
		// Even `typeof localStorage` throws where site data is blocked (the getter itself throws).
		if (typeof localStorage === 'undefined') return null;
		return localStorage.getItem(UI_PREFERENCES_KEY);
	} catch {
		return null; // storage blocked (a locked-down profile): the defaults still work
	}
}

export const uiPreferences: UiPreferences = $state(parsePreferences(stored()));

/** Puts the settings on <html> and keeps them for the next visit. */
export function applyUiPreferences(preferences: UiPreferences = uiPreferences) {
	for (const [name, value] of Object.entries(rootAttributes(preferences))) {
		if (value === null) document.documentElement.removeAttribute(name);
		else document.documentElement.setAttribute(name, value);
	}
	try {
		localStorage.setItem(UI_PREFERENCES_KEY, serializePreferences(preferences));
	} catch {
		// Full or blocked storage: the setting holds for this visit only, which is all it can do.
	}
}
