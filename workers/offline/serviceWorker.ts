/// <reference lib="webworker" />
/**
 * Murmur's service worker: keeps this build's files (the app, its workers, the wasm, the sample and
 * the default model) so the app opens and analyses with no network after the first visit. It never
 * sends anything anywhere: it only answers the page's own requests from its cache. Imports only the
 * pure precache rules, so the built file has no imports and runs as a classic worker script.
 */
import { cacheName, routeRequest, staleCaches } from './precache.ts';

declare const self: ServiceWorkerGlobalScope;

// Replaced at build time by scripts/vite/offlinePlugin.ts (the files of dist/ and their hash).
const FILES: string[] = JSON.parse('__MURMUR_PRECACHE_FILES__') as string[];
const VERSION = '__MURMUR_PRECACHE_VERSION__';

const CACHE = cacheName(VERSION);
const fileSet = new Set(FILES);

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // cache: 'reload' skips the HTTP cache, so a kept file is never an older build's.
      await cache.addAll(
        FILES.map((f) => new Request(new URL(f, self.registration.scope), { cache: 'reload' })),
      );
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await Promise.all(staleCaches(await caches.keys(), VERSION).map((n) => caches.delete(n)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const route = routeRequest(event.request, self.registration.scope, fileSet);
  if (route.kind === 'network') return;
  event.respondWith(
    (async () => {
      const kept = await caches.match(route.url, { cacheName: CACHE });
      return kept ?? fetch(event.request);
    })(),
  );
});
