import { test as base, expect, type Page } from '@playwright/test';
import { AppPage } from './pages/AppPage.ts';

declare global {
  interface Window {
    __longTasks?: number[];
  }
}

/** Requests to anywhere but the app's own server (and a test's own 127.0.0.1 fixtures) are a privacy failure. */
function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true;
  try {
    const host = new URL(url).hostname;
    return host === '127.0.0.1' || host === 'localhost';
  } catch {
    return false;
  }
}

interface Fixtures {
  app: AppPage;
  /** Every URL outside the page's origin that the page, its workers or sockets tried to reach. */
  outsideRequests: string[];
}

export const test = base.extend<Fixtures>({
  outsideRequests: async ({ context }, use) => {
    const outside: string[] = [];
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (isLocal(url)) return route.continue();
      outside.push(url);
      return route.abort('blockedbyclient');
    });
    context.on('request', (req) => {
      if (!isLocal(req.url()) && !outside.includes(req.url())) outside.push(req.url());
    });
    await use(outside);
    expect(outside, 'no request may leave the page').toEqual([]);
  },
  page: async ({ page, outsideRequests }, use) => {
    page.on('websocket', (ws) => {
      if (!isLocal(ws.url())) outsideRequests.push(ws.url());
    });
    // Long tasks on the main thread, recorded from the first script on.
    await page.addInitScript(() => {
      window.__longTasks = [];
      try {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.__longTasks!.push(e.duration);
        }).observe({ type: 'longtask', buffered: true });
      } catch {
        /* not supported: leave the list empty */
      }
    });
    page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
    await use(page);
  },
  app: async ({ page }, use) => {
    await use(new AppPage(page));
  },
});

export { expect };

/** Long tasks (ms) recorded since the page loaded, or since the last reset. */
export async function longTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => window.__longTasks ?? []);
}

export async function resetLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__longTasks = [];
  });
}
