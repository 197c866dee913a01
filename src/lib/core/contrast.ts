// WCAG 2.2 contrast between two #rrggbb colours (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio),
// so category colours that arrive as data are checked as the hand-picked ones were. A leaf.

/** The relative luminance of #rgb or #rrggbb, or undefined for anything else. */
export function luminance(hex: string): number | undefined {
	const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex);
	if (!match) return undefined;
	const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join('') : match[1];
	const [r, g, b] = [0, 2, 4].map((i) => {
		const channel = parseInt(digits.slice(i, i + 2), 16) / 255;
		return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number | undefined {
	const la = luminance(a);
	const lb = luminance(b);
	if (la === undefined || lb === undefined) return undefined;
	return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
