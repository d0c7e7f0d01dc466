/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline support for the forum room: once the atlas has been opened, it works without network.
 * The app shell and the data files are cached at install; the DuckDB engine (two 35 MB wasm
 * builds, of which a browser uses one) is cached the first time it is fetched, or when a page
 * asks for it once the site is idle (`warm`). A new version waits until the user accepts the
 * French « Recharger » prompt (`skip-waiting`), then every page reloads on the new files.
 * Only this site's own files are handled: the atlas never requests another host.
 */
import { build, files, prerendered, version } from '$service-worker';
import { ASKED_PARAM, OFFLINE_FALLBACK } from '$lib/nav/known-paths';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `atlas-${version}`;
const HEAVY = /duckdb-(mvp|eh|coi)|\.wasm$/;
// Deduplicated: `cache.addAll` rejects a list with the same URL twice, and prerendering lists
// `/data/territory.json` (fetched by the layout) besides the static files.
const SHELL = [...new Set([...build.filter((f) => !HEAVY.test(f)), ...files, ...prerendered])];

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)));
});

/**
 * Old versions' caches are dropped, and the pages open without a worker (the first visit's) are
 * taken over: their links then get the pages' data files (`__data.json`) from the cache. Without
 * it, a first visit cut from the network showed « Une erreur est survenue (500) » on the map and
 * the diagnostic until reloaded. A page already under an older version is taken over by
 * `skip-waiting` only, as before (`app-status.svelte.ts` reloads it then).
 */
sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
			.then(() => sw.clients.claim())
	);
});

/**
 * Messages from the pages:
 * - `warm`: fetch and keep the engine files now (each page asks once the site is idle), so that
 *   the engine works offline even when the first visit opened a page that never starts it. Only
 *   files of this build are accepted.
 * - `skip-waiting`: the user accepted « Recharger » after an update: this version takes over.
 */
sw.addEventListener('message', (event) => {
	const data = event.data as { type?: string; urls?: unknown } | null;
	if (data?.type === 'skip-waiting') void sw.skipWaiting();
	else if (data?.type === 'warm' && Array.isArray(data.urls))
		event.waitUntil(warm(data.urls.filter((u): u is string => typeof u === 'string')));
});

async function warm(urls: string[]): Promise<void> {
	const cache = await caches.open(CACHE);
	for (const u of urls) {
		const { origin, pathname } = new URL(u, sw.location.origin);
		if (origin !== sw.location.origin || !build.includes(pathname)) continue;
		if (await cache.match(pathname)) continue;
		const response = await fetch(pathname).catch(() => null);
		if (response?.ok) await cache.put(pathname, response);
	}
}

sw.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (url.origin !== sw.location.origin) return;
	if (event.request.method === 'HEAD') {
		// The app probes the engine file with HEAD before starting it: answer from the cache offline.
		event.respondWith(
			caches
				.open(CACHE)
				.then((cache) => cache.match(url.pathname))
				.then((hit) =>
					hit ? new Response(null, { status: 200, headers: hit.headers }) : fetch(event.request)
				)
		);
		return;
	}
	if (event.request.method !== 'GET') return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			const cached = await cache.match(url.pathname);
			if (cached) return cached;
			try {
				const response = await fetch(event.request);
				// Keep what this site served, so the next visit works offline (wasm included).
				if (response.ok && response.type === 'basic')
					await cache.put(url.pathname, response.clone());
				return response;
			} catch {
				const page = await cache.match(
					url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`
				);
				if (page) return page;
				// A page with no copy here: the fallback page says whether it exists but is not loaded.
				// Sent to at its own address (its paths are relative), with the address asked.
				if (event.request.mode === 'navigate' && (await cache.match(OFFLINE_FALLBACK))) {
					const to = new URL(OFFLINE_FALLBACK, sw.location.origin);
					to.searchParams.set(ASKED_PARAM, url.pathname);
					return Response.redirect(to.href, 302);
				}
				return new Response(
					'Hors ligne : cette ressource n’a pas encore été chargée une première fois.',
					{
						status: 503,
						headers: { 'content-type': 'text/plain; charset=utf-8' }
					}
				);
			}
		})()
	);
});
