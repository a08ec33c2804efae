/**
 * What the service worker keeps for offline use, as pure functions (no Cache API) so they are
 * tested in Node. The build writes the list of files and a version into the worker (see
 * scripts/vite/offlinePlugin.ts); everything here works on those two.
 */

/** The prefix of every cache Murmur's service worker owns: older versions are deleted by it. */
export const CACHE_PREFIX = 'murmur-offline-';

/** The cache that holds one build's files. */
export function cacheName(version: string): string {
  return `${CACHE_PREFIX}${version}`;
}

/** Caches of earlier builds, to delete once this build's worker takes over (never another app's caches). */
export function staleCaches(names: readonly string[], version: string): string[] {
  return names.filter((n) => n.startsWith(CACHE_PREFIX) && n !== cacheName(version));
}

/** Where a request is answered from: the kept page (any navigation), the kept file, or the network. */
export type CacheRoute =
  { kind: 'page'; url: string } | { kind: 'file'; url: string } | { kind: 'network' };

/**
 * Routes a request of the page or its workers. Navigations get the kept index.html (the views live
 * in the URL's #hash); same-origin GETs of a kept file get it without the query; the rest (a live
 * feed, another origin) goes to the network untouched.
 *
 * @param scope the worker's scope URL, ending in "/"
 * @param files the kept files, relative to the scope ("index.html", "assets/x.js")
 */
export function routeRequest(
  request: { url: string; method: string; mode: string },
  scope: string,
  files: ReadonlySet<string>,
): CacheRoute {
  if (request.method !== 'GET') return { kind: 'network' };
  const url = new URL(request.url);
  if (!url.href.startsWith(scope)) return { kind: 'network' };
  if (request.mode === 'navigate') return { kind: 'page', url: new URL('index.html', scope).href };
  const path = decodeURIComponent(url.pathname.slice(new URL(scope).pathname.length));
  return files.has(path) ? { kind: 'file', url: new URL(path, scope).href } : { kind: 'network' };
}
