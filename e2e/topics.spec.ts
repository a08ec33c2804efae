import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { csvFile } from './files.ts';
import { openTopicsOnDistinctHashtags } from './steps.ts';

// Main-thread long tasks while opening Topics, running the sweep and drawing every chart, on the
// sample and on 100k posts with 200k hashtags: e2e/perf/topics.perf.ts (`npm run bench`).
test('the sample: the sweep, every chart, a refit at another k, a word’s posts, trends and the live box', async ({
  app,
  page,
  dataset,
  topics,
  models,
  live,
}) => {
  // Without any model (the default one deleted) the live box says what to do.
  await app.open('models');
  await models.deleteModel('Default: sample posts');
  await app.open('live');
  await expect(live.hashtags.noModel).toContainText('run the topic analysis first');
  await app.open();
  await app.loadSample();
  await expect(dataset.columnSummary).toBeVisible();
  await app.goTo('Topics');
  await expect(topics.source).toContainText('Hashtags from the column “hashtags”');
  await expect(topics.termSentiment).toContainText('#');
  await expect(topics.trendSeries.first()).toBeVisible();
  await topics.runAnalysis();
  await expect(topics.silhouetteBlocks).not.toHaveCount(0);
  await expect(topics.busyCards).toHaveCount(0);

  await expect(topics.silhouetteSeries).toHaveCount(2);
  await expect(topics.elbowSeries).toHaveCount(1);
  const recommended = await topics.recommendedK();
  await expect(topics.kPicker).toHaveValue(String(recommended));
  await expect(topics.kOptions.filter({ hasText: 'recommended' })).toHaveText(
    `k = ${recommended} (recommended)`,
  );
  await expect(topics.clusterRows).toHaveCount(recommended);
  await expect(topics.clusterSizeBars).toHaveCount(recommended);
  await expect(topics.clusterTermRows.first()).toContainText('#');
  await expect(topics.timelineBands).toHaveCount(recommended);
  await expect(topics.mapPoints).toHaveCount(recommended);
  await expect(topics.silhouetteBlocks).toHaveCount(recommended);
  await expect(topics.kpi('vocabulary')).toContainText('→');
  await expect(topics.silhouetteMarks).toHaveCount(1);
  await expect(topics.silhouetteMarks).toContainText(`recommended k = ${recommended}`);
  // by keyboard: the chart takes focus and the arrow keys step through the k values
  await topics.focusSilhouetteChart();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  const oneBeforeLast = await topics.kOptions.nth(-2).getAttribute('value');
  await expect(topics.silhouetteReadout).toContainText(`k = ${oneBeforeLast}cosine: `);

  // hovering a point of the map shows that post's hashtags
  await topics.hoverFirstMapPoint();
  await expect(topics.mapTooltip).toContainText('#');
  // the map exports as standalone SVG with a path per cluster
  await topics.mapCard.openExport();
  const svg = await app.download(() => topics.mapCard.exportSvg.click());
  const exported = readFileSync(svg.path, 'utf8');
  expect(exported).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(exported.match(/data-testid="map-points"/g)).toHaveLength(recommended);

  // another k: a quick refit; the sweep stays
  const other = recommended === 2 ? 3 : 2;
  await topics.kPicker.selectOption(String(other));
  await expect(topics.clusterRows).toHaveCount(other, { timeout: 30_000 });
  await expect(topics.kPicker).toHaveValue(String(other));
  await expect(topics.kpi('recommended')).toContainText(`k = ${recommended}`);
  await expect(topics.silhouetteSeries).toHaveCount(2);
  await expect(topics.silhouetteMarks).toHaveCount(2);

  // a word of the cloud, reached by keyboard, lists the posts that use it, with their sentiment
  const word = await topics.firstWord();
  await topics.cloudWords.first().focus();
  await page.keyboard.press('Enter');
  await expect(topics.wordPosts).toContainText(`Posts with ${word}`);
  await expect(topics.wordPostItems.first()).toContainText(word);
  await expect(topics.postLabel(topics.wordPostItems.first())).toHaveText(
    /positive|neutral|negative/,
  );
  // per cluster and per sentiment label
  await topics.cloudScope.selectOption('cluster:0');
  await expect(topics.cloudSummary).toContainText('Topic 1');
  await topics.cloudScope.selectOption('negative');
  await expect(topics.cloudSummary).toContainText('negative posts');
  await topics.word(await topics.firstWord()).click();
  await expect(topics.postLabel(topics.wordPostItems.first())).toHaveText(/negative/);

  // trends: rising hashtags with their counts
  const rising = topics.risingRows.first();
  await expect(rising).toBeVisible();
  await expect(topics.risingCount(rising)).toHaveText(/^\d[\d,]*$/);
  await expect(topics.trendSeries.first()).toBeVisible();
  await expect(topics.termSentiment).toContainText('#');

  await app.goTo('Live');
  await live.hashtags.input.fill('#beach #travel');
  await expect(live.hashtags.cluster).toContainText('Topic');
  await expect(live.hashtags.result).toContainText('similarity');
});

test('Cancel during the sweep stops it, keeps the dataset, and the next run works', async ({
  app,
  topics,
}) => {
  await app.open();
  await app.loadSample();
  await app.goTo('Topics');
  // a sweep long enough to cancel: k up to 40 with 40 restarts each
  await topics.setSweep(40, 40);
  await topics.run.click();
  await expect(topics.progress).toBeVisible();
  await expect(topics.progress).toContainText(/k-means/, { timeout: 20_000 });
  await topics.cancel();
  await expect(topics.cancelled).toBeVisible();
  await expect(topics.progress).toBeHidden();
  await app.expectDataset('murmur-sample', 5000);
  await topics.setSweep(6, 3);
  await topics.runAnalysis();
  await expect(topics.kOptions).toHaveCount(5);
});

test('a dataset without hashtags says so and clusters the words of the text instead', async ({
  app,
  topics,
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
  await expect(topics.noHashtags).toContainText('No post has a hashtag');
  await expect(topics.documentsTerms).toBeChecked();
  await topics.runAnalysis();
  await expect(topics.kpi('recommended')).toContainText('k = 3');
  await expect(topics.clusterTerms).toContainText('vaccine');
  await expect(topics.clusterTerms).not.toContainText('#vaccine');
  // hashtags, asked for anyway, give the message with the way out
  await topics.documentsHashtags.check();
  await topics.run.click();
  await expect(topics.error).toHaveAttribute('data-code', 'NO_HASHTAGS');
  await expect(topics.error).toContainText('text terms');
  await expect(topics.useTextTerms).toBeVisible();
});

test('100,000 posts with 200,000 distinct hashtags: the vocabulary is capped, the silhouette sampled, and the four topics found', async ({
  app,
  topics,
}) => {
  test.setTimeout(180_000);
  await openTopicsOnDistinctHashtags(app, topics);
  await expect(topics.vocabularyPreview).toContainText('the cap keeps the 5,000 most used');
  await topics.run.click();
  await expect(topics.progress).toBeVisible();
  await expect(topics.results).toBeVisible({ timeout: 120_000 });
  await expect(topics.kpi('vocabulary')).toContainText('200,004 → 5,000');
  await expect(topics.kpi('silhouette-sample')).toContainText('seeded sample of 10,000 posts');
  await expect(topics.kpi('recommended')).toContainText('k = 4');
  await expect(topics.mapPoints).toHaveCount(4);
  await expect(topics.silhouetteBlocks).toHaveCount(4);
  await expect(topics.busyCards).toHaveCount(0);
});
