// HTTP security headers, for wherever Sidelight is served by something that can send them:
// `npm start` (vite preview, through the plugin below) and Apache (.htaccess in the classroom
// package). From file:// there are no headers, so the Content-Security-Policy that matters most lives
// in index.html as a meta tag (vite.config.ts); these add what a meta tag cannot say. Browsers apply every policy they are given, so the header's
// CSP narrows the meta one rather than replacing it.
import type { Plugin } from 'vite';

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
	// No other site may frame Sidelight (clickjacking the gradebook); only a header can say this.
	'Content-Security-Policy': "frame-ancestors 'none'",
	// Files are what their extension says: a result file dropped in the gradebook is never run as a script.
	'X-Content-Type-Options': 'nosniff',
	// Links out of a lesson tell the other site nothing about which page a student was on.
	'Referrer-Policy': 'no-referrer'
};

/**
 * The headers as an Apache .htaccess. Guarded by IfModule: where mod_headers is off, a bare `Header`
 * line is an error and Apache answers 500 for the whole folder.
 */
export function htaccess(headers: Readonly<Record<string, string>> = SECURITY_HEADERS): string {
	const lines = Object.entries(headers).map(([name, value]) => `\tHeader always set ${name} ${JSON.stringify(value)}`);
	return [
		'# Security headers for Sidelight on Apache (ignored by other servers). See TEACHERS.md.',
		'<IfModule mod_headers.c>',
		...lines,
		'</IfModule>',
		''
	].join('\n');
}

/**
 * Sends the headers from `vite preview`. Not Vite's `preview.headers`: Kit's preview serves the site
 * with its own middleware, which never applies them; a middleware added here runs before Kit's.
 */
export function securityHeaders(headers: Readonly<Record<string, string>> = SECURITY_HEADERS): Plugin {
	return {
		name: 'sidelight-security-headers',
		configurePreviewServer(server) {
			server.middlewares.use((_request, response, next) => {
				for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
				next();
			});
		}
	};
}
