// The CSP hashes of the inline scripts written by hand in src/app.html (the display settings' boot
// script). Kit hashes only the scripts it generates, so without these the meta CSP would block ours.
// Computed from app.html itself, so editing the script can never leave a stale hash behind.
import { createHash } from 'node:crypto';

/** `'sha256-…'` for each inline <script> (no src) in the page template. */
export function inlineScriptHashes(html: string): `sha256-${string}`[] {
	return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
		([, body]) => `sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}` as const
	);
}
