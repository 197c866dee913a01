// Dark-theme versions of a category's highlight colours, derived from its light ones so that a
// category in lessons/categories.json (or a case's own) needs no second set of colours. The hue is
// kept, so a category looks like itself in both themes; lightness is moved until the contrast holds:
// the dark theme's text on the background ≥ 7:1 (AAA: this is reading text), and the underline and
// the symbol, which is text, on the background ≥ 4.5:1 (WCAG 1.4.3).
import { contrastRatio } from '../core/contrast.js';

/** The dark theme's text colour (--ink in src/app.css, dark). */
export const DARK_INK = '#e9e7e2';

const TEXT_ON_BACKGROUND = 7;
const SYMBOL_ON_BACKGROUND = 4.5;

export interface DarkVariant {
	background: string;
	underline: string;
}

export function darkVariant(background: string, underline: string): DarkVariant {
	const bg = toHsl(background);
	const ul = toHsl(underline);
	if (!bg || !ul) throw new TypeError(`not a #rrggbb colour: ${bg ? underline : background}`);
	// A deep, muted tint of the light background's hue.
	let darkBackground = '';
	for (let l = 0.26; l >= 0.05; l -= 0.01) {
		darkBackground = fromHsl(bg.h, Math.min(bg.s, 0.5), l);
		if (contrastRatio(DARK_INK, darkBackground)! >= TEXT_ON_BACKGROUND) break;
	}
	// A light, clear version of the underline's hue.
	let darkUnderline = '';
	for (let l = 0.7; l <= 0.97; l += 0.01) {
		darkUnderline = fromHsl(ul.h, Math.min(ul.s, 0.8), l);
		if (contrastRatio(darkUnderline, darkBackground)! >= SYMBOL_ON_BACKGROUND) break;
	}
	return { background: darkBackground, underline: darkUnderline };
}

interface Hsl {
	h: number;
	s: number;
	l: number;
}

function toHsl(hex: string): Hsl | undefined {
	const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex);
	if (!match) return undefined;
	const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join('') : match[1];
	const [r, g, b] = [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16) / 255);
	const max = Math.max(r, g, b);
	const min = Math.min(r, g, b);
	const l = (max + min) / 2;
	if (max === min) return { h: 0, s: 0, l };
	const d = max - min;
	const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
	const h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
	return { h: h * 60, s, l };
}

function fromHsl(h: number, s: number, l: number): string {
	const c = (1 - Math.abs(2 * l - 1)) * s;
	const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
	const m = l - c / 2;
	const [r, g, b] =
		h < 60 ? [c, x, 0] : h < 120 ? [x, c, 0] : h < 180 ? [0, c, x] : h < 240 ? [0, x, c] : h < 300 ? [x, 0, c] : [c, 0, x];
	const channel = (v: number) =>
		Math.round(Math.min(1, Math.max(0, v + m)) * 255)
			.toString(16)
			.padStart(2, '0');
	return `#${channel(r)}${channel(g)}${channel(b)}`;
}
