/**
 * Registers the service worker that keeps the built app for offline use (scripts/vite/offlinePlugin.ts
 * builds it). The dev server has none: there, a worker left by an earlier `npm start` on the same
 * address is removed, so it never answers with an old build.
 */
export function registerOffline(): void {
  if (!('serviceWorker' in navigator)) return;
  if (import.meta.env.DEV) {
    void navigator.serviceWorker
      .getRegistrations()
      .then((rs) => Promise.all(rs.map((r) => r.unregister())));
    return;
  }
  // After load, so keeping ~7 MB of files never competes with the first paint.
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch((e: unknown) => {
      console.warn('Murmur will not work offline: the service worker did not register.', e);
    });
  });
}
