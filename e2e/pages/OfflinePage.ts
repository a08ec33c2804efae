import { expect, type Page } from '@playwright/test';

/** The app without a network: its service worker, the browser's connection, a request that proves it. */
export class OfflinePage {
  constructor(readonly page: Page) {}

  /** Waits until the service worker has kept every file and answers this page's requests. */
  async expectReady(): Promise<void> {
    await this.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await this.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  }

  async goOffline(): Promise<void> {
    await this.page.context().setOffline(true);
  }

  /** Whether a file the service worker does not keep can be fetched (false when the network is off). */
  async networkReachable(): Promise<boolean> {
    return this.page.evaluate(() =>
      fetch(`/not-kept-${Date.now()}.txt`).then(
        () => true,
        () => false,
      ),
    );
  }

  async expectInstallable(): Promise<void> {
    const href = await this.page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const manifest = await this.page.evaluate(async (url) => (await fetch(url)).json(), href!);
    expect(manifest).toMatchObject({ short_name: 'Murmur', display: 'standalone' });
  }
}
