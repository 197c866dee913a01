// Offline after one visit, where the browser allows a service worker (https, or localhost):
// precaches the built site and answers from the cache, so reload, navigation and deep links keep
// working when the network goes. From file:// there is no service worker; the folder itself is offline.
/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { self } from '$app/service-worker';
import { immutable, assets } from '$app/manifest';
import { version } from '$app/env';
import caseFiles from 'virtual:sidelight/case-files';
import { READERS_FILE } from '../lib/sharing/readers-file.js';
import { PARTS, partFile } from '../lib/parts/part-files.js';

const CACHE = `sidelight-${version}`;
// Paths are relative to the folder the site was published in (it may be a sub-folder).
// The cases' data files too (cases/<id>.js): the build writes them, and a case opened offline needs its own;
// the readers script, which opening a case file offline needs, and the parts loaded on demand.
const PRECACHE = [
	'./',
	'index.html',
	...immutable.map((f) => f.path),
	...assets.map((f) => f.path),
	...caseFiles,
	READERS_FILE,
	...PARTS.map(partFile)
].map((path) => new URL(path, self.registration.scope).href);

self.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(PRECACHE))
			.then(() => self.skipWaiting())
	);
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
			.then(() => self.clients.claim())
	);
});

self.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
	event.respondWith(respond(request));
});

async function respond(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	// The hash router serves every page from index.html: a navigation is always index.html.
	const cached = await cache.match(request.mode === 'navigate' ? new URL('index.html', self.registration.scope).href : request, {
		ignoreSearch: request.mode === 'navigate'
	});
	if (cached) return cached;
	try {
		const response = await fetch(request);
		if (response.ok && response.type === 'basic') void cache.put(request, response.clone());
		return response;
	} catch (error) {
		const fallback = await cache.match(new URL('index.html', self.registration.scope).href);
		if (fallback && request.mode === 'navigate') return fallback;
		throw error;
	}
}
