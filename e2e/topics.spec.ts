import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, longTasks, resetLongTasks, test } from './fixtures.ts';
import { TopicsPage } from './pages/TopicsPage.ts';
import { ModelsPage } from './pages/ModelsPage.ts';

/**
 * Records long tasks with their start, and the moment the results are first put on the page (a
 * string: it runs in the page, whose DOM types this project's e2e tsconfig does not have).
 */
const WATCH_LONG_TASKS = `(() => {
  window.__tasks = [];
  window.__resultsAt = null;
  new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__tasks.push([e.startTime, e.duration]))).observe({ type: 'longtask' });
  new MutationObserver(() => {
    if (window.__resultsAt === null && document.querySelector('[data-testid="topics-results"]')) window.__resultsAt = performance.now();
  }).observe(document.body, { subtree: true, childList: true });
})()`;

/** Lets a long task that just ended reach the observer (its entries are delivered in a later task). */
async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(150);
}

/** A CSV written to disk, so the browser reads it by path as a real drop would. */
function csvFile(name: string, lines: string[]): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'murmur-topics-e2e-')), name);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

test('the sample: the sweep, every chart, a refit at another k, a word’s posts, trends and the live box', async ({
  app,
  page,
}) => {
  // Without any model (the default one deleted) the live box says what to do.
  await app.open('models');
  await new ModelsPage(page).deleteModel('Default: sample posts');
  await app.open('live');
  await expect(page.getByTestId('live-hashtags-no-model')).toContainText(
    'run the topic analysis first',
  );
  await app.open();
  await app.loadSample();
  await expect(page.getByTestId('column-summary')).toBeVisible();
  await resetLongTasks(page);
  await app.goTo('Topics');
  const topics = new TopicsPage(page);
  await expect(page.getByTestId('topics-source')).toContainText(
    'Hashtags from the column “hashtags”',
  );
  await expect(page.getByTestId('term-sentiment')).toContainText('#');
  await expect(page.getByTestId('trend-lines').getByTestId('line-series').first()).toBeVisible();
  await settle(page);
  const opening = await longTasks(page);
  await resetLongTasks(page);
  await topics.runAnalysis();
  await expect(topics.silhouettePlot.getByTestId('silhouette-block')).not.toHaveCount(0);
  await expect(topics.results.locator('[aria-busy="true"]')).toHaveCount(0);
  await settle(page);
  const running = await longTasks(page);
  console.log(
    `[e2e] sample, main-thread long tasks (ms): opening Topics (cloud, trends) ${JSON.stringify(opening.map(Math.round))}; Run to every result drawn ${JSON.stringify(running.map(Math.round))}`,
  );
  expect(Math.max(0, ...opening)).toBeLessThanOrEqual(50);
  expect(Math.max(0, ...running)).toBeLessThanOrEqual(50);

  await expect(topics.silhouetteChart.getByTestId('line-series')).toHaveCount(2);
  await expect(topics.elbowChart.getByTestId('line-series')).toHaveCount(1);
  const recommended = Number(
    (await page.getByTestId('kpi-recommended').locator('.kpi__value').textContent())!.replace(
      'k = ',
      '',
    ),
  );
  await expect(topics.kPicker).toHaveValue(String(recommended));
  await expect(topics.kPicker.locator('option', { hasText: 'recommended' })).toHaveText(
    `k = ${recommended} (recommended)`,
  );
  await expect(page.getByTestId('cluster-row')).toHaveCount(recommended);
  await expect(topics.clusterSizes.getByTestId('bar-row')).toHaveCount(recommended);
  await expect(topics.clusterTerms.getByTestId('cluster-row').first()).toContainText('#');
  await expect(page.getByTestId('cluster-timeline').getByTestId('timeline-band')).toHaveCount(
    recommended,
  );
  await expect(topics.map.getByTestId('map-points')).toHaveCount(recommended);
  await expect(topics.silhouettePlot.getByTestId('silhouette-block')).toHaveCount(recommended);
  await expect(page.getByTestId('kpi-vocabulary')).toContainText('→');
  await expect(topics.silhouetteChart.getByTestId('line-mark')).toHaveCount(1);
  await expect(topics.silhouetteChart.getByTestId('line-mark')).toContainText(
    `recommended k = ${recommended}`,
  );
  // by keyboard: the chart takes focus and the arrow keys step through the k values
  await topics.silhouetteChart.getByRole('img').focus();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  const oneBeforeLast = await topics.kPicker.locator('option').nth(-2).getAttribute('value');
  await expect(topics.silhouetteChart.getByTestId('chart-readout')).toContainText(
    `k = ${oneBeforeLast}cosine: `,
  );

  // hovering a point of the map shows that post's hashtags (the path is in viewBox units)
  const d = (await topics.map.getByTestId('map-points').first().getAttribute('d'))!;
  const [, x, y] = /^M([\d.]+) ([\d.]+)/.exec(d)!.map(Number);
  await topics.map.scrollIntoViewIfNeeded();
  const svg = topics.map.getByRole('img', { name: /principal components/ });
  const box = (await svg.boundingBox())!;
  const scale = box.width / Number((await svg.getAttribute('viewBox'))!.split(' ')[2]);
  await page.mouse.move(box.x + (x! + 3.5) * scale, box.y + y! * scale);
  await expect(page.getByTestId('map-tooltip')).toContainText('#');
  // the map exports as standalone SVG with a path per cluster
  await topics.map.getByTestId('chart-export').locator('summary').click();
  const download = page.waitForEvent('download');
  await topics.map.getByTestId('chart-export-svg').click();
  const exported = readFileSync((await (await download).path())!, 'utf8');
  expect(exported).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(exported.match(/data-testid="map-points"/g)).toHaveLength(recommended);

  // another k: a quick refit; the sweep stays
  const other = recommended === 2 ? 3 : 2;
  await topics.kPicker.selectOption(String(other));
  await expect(page.getByTestId('cluster-row')).toHaveCount(other, { timeout: 30_000 });
  await expect(topics.kPicker).toHaveValue(String(other));
  await expect(page.getByTestId('kpi-recommended')).toContainText(`k = ${recommended}`);
  await expect(topics.silhouetteChart.getByTestId('line-series')).toHaveCount(2);
  await expect(topics.silhouetteChart.getByTestId('line-mark')).toHaveCount(2);

  // a word of the cloud, reached by keyboard, lists the posts that use it, with their sentiment
  const first = topics.cloud.getByRole('button').first();
  const word = (await first.getAttribute('data-word'))!;
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(topics.wordPosts).toContainText(`Posts with ${word}`);
  await expect(topics.wordPosts.getByTestId('word-post').first()).toContainText(word);
  await expect(topics.wordPosts.getByTestId('word-post').first().locator('.pill')).toHaveText(
    /positive|neutral|negative/,
  );
  // per cluster and per sentiment label
  await topics.cloudScope.selectOption('cluster:0');
  await expect(page.getByTestId('cloud-summary')).toContainText('Topic 1');
  await topics.cloudScope.selectOption('negative');
  await expect(page.getByTestId('cloud-summary')).toContainText('negative posts');
  await topics
    .word((await topics.cloud.getByRole('button').first().getAttribute('data-word'))!)
    .click();
  await expect(topics.wordPosts.getByTestId('word-post').first().locator('.pill')).toHaveText(
    /negative/,
  );

  // trends: rising hashtags with their counts
  const rising = topics.rising.getByTestId('rising-row').first();
  await expect(rising).toBeVisible();
  await expect(rising.locator('td').nth(1)).toHaveText(/^\d[\d,]*$/);
  await expect(page.getByTestId('trend-lines').getByTestId('line-series').first()).toBeVisible();
  await expect(page.getByTestId('term-sentiment')).toContainText('#');

  await app.goTo('Live');
  const live = page.getByTestId('live-hashtags');
  await live.getByLabel('Hashtags').fill('#beach #travel');
  await expect(live.getByTestId('live-hashtags-cluster')).toContainText('Topic');
  await expect(live.getByTestId('live-hashtags-result')).toContainText('similarity');
});

test('Cancel during the sweep stops it, keeps the dataset, and the next run works', async ({
  app,
  page,
}) => {
  await app.open();
  await app.loadSample();
  await app.goTo('Topics');
  const topics = new TopicsPage(page);
  // a sweep long enough to cancel: k up to 40 with 40 restarts each
  await topics.field('k to').fill('40');
  await topics.field('Restarts').fill('40');
  await topics.run.click();
  await expect(topics.progress).toBeVisible();
  await expect(topics.progress).toContainText(/k-means/, { timeout: 20_000 });
  await topics.progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('topics-cancelled')).toBeVisible();
  await expect(topics.progress).toBeHidden();
  await app.expectDataset('murmur-sample', 5000);
  await topics.field('k to').fill('6');
  await topics.field('Restarts').fill('3');
  await topics.runAnalysis();
  await expect(topics.kPicker.locator('option')).toHaveCount(5);
});

test('a dataset without hashtags says so and clusters the words of the text instead', async ({
  app,
  page,
}) => {
  const texts = [
    'Vaccine clinic opens early with booster shots for everyone',
    'Beach weather today brings surfing and sunshine',
    'The rust compiler release fixes another borrow checker bug',
  ];
  const rows = [
    'text,created_at',
    ...Array.from(
      { length: 90 },
      (_, i) => `${texts[i % 3]} (${i}),2025-03-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00Z`,
    ),
  ];
  await app.open();
  await app.importFile(csvFile('no-hashtags.csv', rows));
  await app.expectDataset('no-hashtags', 90);
  await app.goTo('Topics');
  const topics = new TopicsPage(page);
  await expect(page.getByTestId('no-hashtags')).toContainText('No post has a hashtag');
  await expect(page.getByTestId('documents-terms')).toBeChecked();
  await topics.runAnalysis();
  await expect(page.getByTestId('kpi-recommended')).toContainText('k = 3');
  await expect(topics.clusterTerms).toContainText('vaccine');
  await expect(topics.clusterTerms).not.toContainText('#vaccine');
  // hashtags, asked for anyway, give the message with the way out
  await page.getByTestId('documents-hashtags').check();
  await topics.run.click();
  await expect(page.getByTestId('topics-error')).toHaveAttribute('data-code', 'NO_HASHTAGS');
  await expect(page.getByTestId('topics-error')).toContainText('text terms');
  await expect(page.getByTestId('use-text-terms')).toBeVisible();
});

test('100,000 posts with 200,000 distinct hashtags: the sweep runs in a worker without long tasks', async ({
  app,
  page,
}) => {
  test.setTimeout(180_000);
  const topics4 = ['vaccine', 'beach', 'rust', 'music'];
  const rows = ['text,hashtags,created_at'];
  for (let i = 0; i < 100_000; i++)
    rows.push(
      `Post ${i} about ${topics4[i % 4]} and more,#${topics4[i % 4]} #u${i}a #u${i}b,2025-01-${String(1 + (i % 28)).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:00:00Z`,
    );
  await app.open();
  await app.importFile(csvFile('distinct-200k.csv', rows));
  await app.expectDataset('distinct-200k', 100_000);
  await app.goTo('Topics');
  const topics = new TopicsPage(page);
  await expect(page.getByTestId('topics-source')).toContainText('200,004 distinct', {
    timeout: 60_000,
  });
  await topics.field('k to').fill('6');
  await topics.field('Restarts').fill('3');
  await expect(page.getByTestId('vocabulary-preview')).toContainText(
    'the cap keeps the 5,000 most used',
  );
  // the cloud and the trends (VADER on 100k texts first) are drawn before the run is measured
  await expect(topics.cloud).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('term-sentiment')).toContainText('#vaccine', { timeout: 60_000 });
  await page.evaluate(WATCH_LONG_TASKS);
  await topics.run.click();
  await expect(topics.progress).toBeVisible();
  await expect(topics.results).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId('kpi-vocabulary')).toContainText('200,004 → 5,000');
  await expect(page.getByTestId('kpi-silhouette-sample')).toContainText(
    'seeded sample of 10,000 posts',
  );
  await expect(page.getByTestId('kpi-recommended')).toContainText('k = 4');
  await expect(topics.map.getByTestId('map-points')).toHaveCount(4);
  await expect(topics.silhouettePlot.getByTestId('silhouette-block')).toHaveCount(4);
  await expect(topics.results.locator('[aria-busy="true"]')).toHaveCount(0);
  await settle(page);
  const { tasks, resultsAt } = (await page.evaluate(
    '({ tasks: window.__tasks, resultsAt: window.__resultsAt })',
  )) as { tasks: [number, number][]; resultsAt: number };
  // tasks that ended before the results reached the page: reading the terms, the sweep, the summary
  const beforeResults = tasks
    .filter(([start, ms]) => start + ms < resultsAt)
    .map(([, ms]) => Math.round(ms));
  const drawing = tasks
    .filter(([start, ms]) => start + ms >= resultsAt)
    .map(([, ms]) => Math.round(ms));
  console.log(
    `[e2e] 100k posts / 200k hashtags, main-thread long tasks (ms): during the analysis ${JSON.stringify(beforeResults)}; drawing the results ${JSON.stringify(drawing)}`,
  );
  expect(Math.max(0, ...beforeResults)).toBeLessThanOrEqual(50);
  expect(Math.max(0, ...drawing)).toBeLessThanOrEqual(50);
});
