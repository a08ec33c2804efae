import { expect } from '@playwright/test';
import { distinctHashtagsCsv } from './files.ts';
import type { AppPage } from './pages/AppPage.ts';
import type { TopicsPage } from './pages/TopicsPage.ts';

/**
 * The Topics view on 100,000 posts with 200,004 distinct hashtags, set to sweep k = 2..6 with 3
 * restarts, once its cloud and trends (VADER on the 100k texts first) are drawn: where the journey
 * and its perf twin both start.
 */
export async function openTopicsOnDistinctHashtags(
  app: AppPage,
  topics: TopicsPage,
): Promise<void> {
  await app.open();
  await app.importFile(distinctHashtagsCsv());
  await app.expectDataset('distinct-200k', 100_000);
  await app.goTo('Topics');
  await expect(topics.source).toContainText('200,004 distinct', { timeout: 60_000 });
  await topics.setSweep(6, 3);
  await expect(topics.cloud).toBeVisible({ timeout: 60_000 });
  await expect(topics.termSentiment).toContainText('#vaccine', { timeout: 60_000 });
}
