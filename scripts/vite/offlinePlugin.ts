import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

/** The built service worker's name, at the root of the output so its scope is the whole app. */
export const SERVICE_WORKER_FILE = 'sw.js';
const MANIFEST_FILE = 'manifest.webmanifest';

/** Every file under dir, as paths relative to it with forward slashes, sorted. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** A JSON value written inside a JS string literal of either quote, whatever the minifier chose. */
function asStringLiteralBody(value: unknown): string {
  return JSON.stringify(value).replace(
    /["'\\]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The web app manifest that lets a browser install Murmur as an app. */
function webManifest(base: string): string {
  return JSON.stringify(
    {
      name: 'Murmur: social media analytics in your browser',
      short_name: 'Murmur',
      description:
        'Sentiment, topics and engagement of social media posts, computed on your own machine.',
      start_url: base,
      scope: base,
      display: 'standalone',
      background_color: '#f7f8fa',
      theme_color: '#3b5bdb',
      icons: [{ src: `${base}favicon.svg`, sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    null,
    2,
  );
}

/**
 * Builds the offline service worker (workers/offline/serviceWorker.ts) into `sw.js` and, once every
 * file is written, fills in the list of files to keep (all of the output: app, workers, wasm, sample,
 * default model) and a version hashed from their contents, as Workbox's injectManifest does.
 * Also writes the web app manifest. Build only: the dev server never registers the worker.
 */
export function offlinePlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'murmur-offline',
    apply: 'build',
    configResolved(c) {
      config = c;
    },
    buildStart() {
      this.emitFile({
        type: 'chunk',
        id: join(config.root, 'workers/offline/serviceWorker.ts'),
        fileName: SERVICE_WORKER_FILE,
      });
      this.emitFile({
        type: 'asset',
        fileName: MANIFEST_FILE,
        source: webManifest(config.base),
      });
    },
    writeBundle(options) {
      const outDir = options.dir ?? config.build.outDir;
      const files = filesUnder(outDir).filter(
        (f) => f !== SERVICE_WORKER_FILE && !f.endsWith('.map'),
      );
      const hash = createHash('sha256');
      for (const f of files) hash.update(f).update(readFileSync(join(outDir, f)));
      const swPath = join(outDir, SERVICE_WORKER_FILE);
      const source = readFileSync(swPath, 'utf8');
      if (!source.includes('__MURMUR_PRECACHE_FILES__'))
        throw new Error(`${SERVICE_WORKER_FILE}: the list of files to keep has no placeholder`);
      writeFileSync(
        swPath,
        source
          .replaceAll('__MURMUR_PRECACHE_FILES__', asStringLiteralBody(files))
          .replaceAll('__MURMUR_PRECACHE_VERSION__', hash.digest('hex').slice(0, 16)),
      );
    },
  };
}
