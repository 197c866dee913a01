import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, parsePreferences, rootAttributes, serializePreferences } from './ui-preferences.js';

describe('display preferences', () => {
	it('a first visit gets the system theme, normal text and the usual font', () => {
		expect(parsePreferences(null)).toEqual(DEFAULT_PREFERENCES);
	});

	it('a reader who chose dark, large text and the reading font gets them back', () => {
		const chosen = { theme: 'dark', textSize: '130', font: 'reading' } as const;
		expect(parsePreferences(serializePreferences(chosen))).toEqual(chosen);
	});

	it('a damaged or unknown stored value falls back to the default instead of breaking the page', () => {
		expect(parsePreferences('{not json')).toEqual(DEFAULT_PREFERENCES);
		expect(parsePreferences('"dark"')).toEqual(DEFAULT_PREFERENCES);
		expect(parsePreferences('{"theme":"purple","textSize":"400","font":"reading"}')).toEqual({
			...DEFAULT_PREFERENCES,
			font: 'reading'
		});
	});

	it('the defaults put no attribute on the page, so the system theme decides', () => {
		expect(rootAttributes(DEFAULT_PREFERENCES)).toEqual({ 'data-theme': null, 'data-text-size': null, 'data-font': null });
		expect(rootAttributes({ theme: 'light', textSize: '115', font: 'reading' })).toEqual({
			'data-theme': 'light',
			'data-text-size': '115',
			'data-font': 'reading'
		});
	});
});
