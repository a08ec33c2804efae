import type { Page } from '@playwright/test';
import { expect, test, type LongTask } from './fixtures.ts';
import { openTopicsOnDistinctHashtags } from '../steps.ts';

/** When the results are first put on the page (a string: it runs in the page, typed here for Node). */
const WATCH_RESULTS = `(() => {
  window.__resultsAt = null;
  new MutationObserver(() => {
    if (window.__resultsAt === null && document.querySelector('[data-testid="topics-results"]')) window.__resultsAt = performance.now();
  }).observe(document.body, { subtree: true, childList: true });
})()`;

const resultsAt = (page: Page) => page.evaluate<number>('window.__resultsAt');

test('the sample: opening Topics and Run to every chart drawn, no main-thread task over 50 ms', async ({
  app,
  dataset,
  topics,
  mainThread,
  longestTask,
}) => {
  await app.open();
  await app.loadSample();
  await expect(dataset.columnSummary).toBeVisible();
  const opened = await mainThread.now();
  await app.goTo('Topics');
  await expect(topics.source).toContainText('Hashtags from the column “hashtags”');
  await expect(topics.termSentiment).toContainText('#');
  await expect(topics.trendSeries.first()).toBeVisible();
  await mainThread.settle();
  const ran = await mainThread.now();
  await topics.runAnalysis();
  await expect(topics.silhouetteBlocks).not.toHaveCount(0);
  await expect(topics.busyCards).toHaveCount(0);
  await mainThread.settle();
  const opening = await mainThread.tasks(opened, ran);
  const running = await mainThread.tasks(ran);
  longestTask('sample, opening Topics (cloud, trends)', opening);
  longestTask('sample, Run to every result drawn', running);
});

test('100,000 posts with 200,000 distinct hashtags: the sweep and its charts, no main-thread task over 50 ms', async ({
  app,
  page,
  topics,
  mainThread,
  longestTask,
}) => {
  test.setTimeout(180_000);
  // the cloud and the trends are drawn before the run is measured
  await openTopicsOnDistinctHashtags(app, topics);
  await page.evaluate(WATCH_RESULTS);
  const ran = await mainThread.now();
  await topics.run.click();
  await expect(topics.results).toBeVisible({ timeout: 120_000 });
  await expect(topics.kpi('recommended')).toContainText('k = 4');
  await expect(topics.mapPoints).toHaveCount(4);
  await expect(topics.silhouetteBlocks).toHaveCount(4);
  await expect(topics.busyCards).toHaveCount(0);
  await mainThread.settle();
  const drawnFrom = await resultsAt(page);
  const tasks = await mainThread.tasks(ran);
  // tasks that ended before the results reached the page: reading the terms, the sweep, the summary
  const ended = ([start, ms]: LongTask) => start + ms;
  const analysis = tasks.filter((t) => ended(t) < drawnFrom);
  const drawing = tasks.filter((t) => ended(t) >= drawnFrom);
  longestTask('100k posts / 200k hashtags, the analysis', analysis);
  longestTask('100k posts / 200k hashtags, drawing the results', drawing);
});
