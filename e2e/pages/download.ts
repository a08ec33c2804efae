import type { Download, Page } from '@playwright/test';

/** A finished download: where Playwright saved it and the name the page gave it. */
export interface Downloaded {
  path: string;
  name: string;
}

/** The file the click downloads, once the download has finished. */
export async function download(page: Page, click: () => Promise<void>): Promise<Downloaded> {
  const waiting = page.waitForEvent('download');
  await click();
  const d: Download = await waiting;
  const path = await d.path();
  if (!path) throw new Error(`the download ${d.suggestedFilename()} failed: ${await d.failure()}`);
  return { path, name: d.suggestedFilename() };
}
