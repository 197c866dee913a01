// Registers the service worker where browsers allow one (a secure context over http(s):
// https, or localhost). Kit's own registration uses an absolute /service-worker.js, which breaks
// in a sub-folder and throws on file://, so it is switched off in vite.config.ts.
export function registerServiceWorker(): void {
	if (!('serviceWorker' in navigator) || !isSecureContext || !location.protocol.startsWith('http')) return;
	navigator.serviceWorker.register('./service-worker.js').catch((error) => {
		console.warn('Sidelight could not enable offline use:', error);
	});
}
