/**
 * Runs page benchmarks in headless Chromium: builds the app with the benchmark page
 * (src/bench/index.html, which the production build leaves out) once into bench-out/, serves it
 * with `vite preview` on a free port, and opens the benchmark page.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build, preview, type PreviewServer } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { BENCH_OUT, ROOT } from './section.ts';

// One build per bench process, so two benches running at once do not overwrite each other's files.
const OUT = path.join(BENCH_OUT, `dist-${process.pid}`);

/** The page's global, as seen from Node (the page declares it in src/bench/main.ts). */
type PageGlobal = { murmurBench?: Record<string, (arg: unknown) => Promise<unknown>> };
let built: Promise<void> | null = null;

function buildOnce(): Promise<void> {
  built ??= build({
    root: ROOT,
    logLevel: 'warn',
    build: {
      outDir: OUT,
      emptyOutDir: true,
      rollupOptions: {
        input: {
          main: path.join(ROOT, 'index.html'),
          bench: path.join(ROOT, 'src/bench/index.html'),
        },
      },
    },
  }).then(() => undefined);
  return built;
}

export interface BenchPage {
  readonly page: Page;
  /** Calls window.murmurBench[name](arg) in the page. */
  run<T = unknown>(name: string, arg?: unknown): Promise<T>;
  /** Puts a file into the page's file input (read by path, as a drop would be). */
  setFile(file: string): Promise<void>;
  /** Peak resident memory (MB) of the renderer processes so far (the page and its workers). */
  rendererPeakRssMb(): Promise<number | null>;
}

/** Opens the benchmark page in Chromium, runs `fn`, and closes everything. */
export async function withBenchPage<T>(fn: (bench: BenchPage) => Promise<T>): Promise<T> {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error(
      'Chromium not found: install it with `sudo apt-get install -y chromium` or set CHROMIUM_PATH',
    );
  await buildOnce();
  const server: PreviewServer = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: OUT },
    preview: { port: 0, host: '127.0.0.1', open: false },
  });
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error(`  [bench page] ${e.message}`));
    await page.goto(`http://127.0.0.1:${port}/src/bench/index.html`);
    await page.waitForFunction(() => typeof (globalThis as PageGlobal).murmurBench === 'object');
    const cdp = await browser.newBrowserCDPSession();
    const bench: BenchPage = {
      page,
      run: (name, arg) =>
        page.evaluate(([n, a]) => (globalThis as PageGlobal).murmurBench![n as string]!(a), [
          name,
          arg ?? null,
        ] as const) as Promise<never>,
      setFile: (file) => page.locator('#bench-file').setInputFiles(file),
      rendererPeakRssMb: async () => {
        try {
          const info = (await cdp.send('SystemInfo.getProcessInfo')) as {
            processInfo: { type: string; id: number }[];
          };
          let kb = 0;
          for (const p of info.processInfo.filter((x) => x.type === 'renderer')) {
            const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${p.id}/status`, 'utf8'));
            if (m) kb += Number(m[1]);
          }
          return kb > 0 ? Math.round(kb / 1024) : null;
        } catch {
          return null;
        }
      },
    };
    return await fn(bench);
  } finally {
    await browser?.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

/** Removes this process's build (call once when every page benchmark is done). */
export function removeBenchBuild(): void {
  if (built) rmSync(OUT, { recursive: true, force: true });
}
