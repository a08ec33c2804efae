import { test as base, expect } from '@playwright/test';
import { AppPage } from './pages/AppPage.ts';
import { AuditPage } from './pages/AuditPage.ts';
import { DatasetPage } from './pages/DatasetPage.ts';
import { DiagnosticsPage } from './pages/DiagnosticsPage.ts';
import { EngagementPage } from './pages/EngagementPage.ts';
import { LivePage } from './pages/LivePage.ts';
import { ModelsPage } from './pages/ModelsPage.ts';
import { OfflinePage } from './pages/OfflinePage.ts';
import { OverviewPage } from './pages/OverviewPage.ts';
import { SentimentPage } from './pages/SentimentPage.ts';
import { StreamPage } from './pages/StreamPage.ts';
import { TopicsPage } from './pages/TopicsPage.ts';

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

/** The page objects a journey asks for by name, one per view (as tldraw's e2e fixtures). */
interface Fixtures {
  app: AppPage;
  audit: AuditPage;
  dataset: DatasetPage;
  overview: OverviewPage;
  sentiment: SentimentPage;
  topics: TopicsPage;
  engagement: EngagementPage;
  live: LivePage;
  models: ModelsPage;
  stream: StreamPage;
  diagnostics: DiagnosticsPage;
  /** Named so: `offline` is Playwright's own option. */
  connection: OfflinePage;
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
    page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
    await use(page);
  },
  app: async ({ page }, use) => use(new AppPage(page)),
  audit: async ({ page }, use) => use(new AuditPage(page)),
  dataset: async ({ page }, use) => use(new DatasetPage(page)),
  overview: async ({ page }, use) => use(new OverviewPage(page)),
  sentiment: async ({ page }, use) => use(new SentimentPage(page)),
  topics: async ({ page }, use) => use(new TopicsPage(page)),
  engagement: async ({ page }, use) => use(new EngagementPage(page)),
  live: async ({ page }, use) => use(new LivePage(page)),
  models: async ({ page }, use) => use(new ModelsPage(page)),
  stream: async ({ page }, use) => use(new StreamPage(page)),
  diagnostics: async ({ page }, use) => use(new DiagnosticsPage(page)),
  connection: async ({ page }, use) => use(new OfflinePage(page)),
});

export { expect };
