import { expect, test } from './fixtures.ts';

const SMALL_GRID = { trees: '30', depth: 'none, 8', features: 'sqrt' };

// Main-thread long tasks while training and drawing, and the time from Cancel to "cancelled":
// e2e/perf/engagement.perf.ts (`npm run bench`).
test('the sample: train with a small grid, cancel, train again; metrics, graphs, importances, the network and a draft', async ({
  app,
  engagement: e,
  live: { draft: d },
}) => {
  await app.open();
  await app.loadSample();
  await app.goTo('Engagement');
  await expect(e.setup).toBeVisible();
  await e.chooseTarget('likes', true);
  // a big grid to cancel while it runs
  await e.setGrid({ trees: '200', depth: 'none, 20', features: '1.0' }, 3);
  await e.train();
  await expect(e.fitRows.first()).toBeVisible({ timeout: 60_000 });
  const rows = await e.fitRows.count();
  expect(rows).toBeGreaterThanOrEqual(1);
  await e.cancel();
  await expect(e.cancelled).toBeVisible();
  await expect(e.progress).toHaveCount(0);

  await e.setGrid(SMALL_GRID, 3);
  await e.train();
  await e.expectTrained();
  await expect(e.cancelled).toHaveCount(0);
  // the result in plain words: the typical error in likes beside guessing the average
  await expect(e.headline).toHaveText(
    /^Typical error ±[\d,.]+ likes; guessing the average is off by ±[\d,.]+\.$/,
  );
  // what shows before "Advanced" is opened: no jargon, no scientific notation
  for (const part of ['engagement-headline', 'engagement-verdict', 'engagement-method'])
    await expect(e.metrics.getByTestId(part)).not.toContainText(/log1p|MSE|R²|\de[-+]?\d/);
  await expect(e.metrics.getByTestId('engagement-method')).toContainText('quick search');
  expect(await e.testError()).toBeLessThan(Number(await e.headline.getAttribute('data-baseline')));
  // the data scientist's scores behind "Advanced", on both scales
  await e.metrics.getByText('Advanced: the scores as data scientists read them').click();
  await expect(e.fittedMetrics).toContainText('Baseline: predict the mean');
  await expect(e.rawMetrics).toContainText('Random forest');
  await expect(e.bestParams).toContainText('Best of 2 grid points (3-fold CV MSE');
  const r2 = await e.testR2();
  expect(r2).toBeGreaterThan(0.05); // the sample's likes follow followers, platform and time: the forest beats the mean
  // graphs and importances
  await expect(
    e.scatterChart(/Predicted against actual log1p\(likes\) for \d+ test posts/),
  ).toBeVisible();
  expect(await e.scatterPoints.count()).toBe(500);
  await expect(e.residualBars.first()).toBeVisible();
  await expect(e.importanceBars).toHaveCount(15);
  await expect(e.importance).toContainText('followers');
  await expect(e.importance).not.toContainText('log1p_');
  await expect(e.gridHeatmap).toBeVisible();
  await expect(e.gridRows).toHaveCount(2);
  await expect(e.learningCurveSeries).toHaveCount(2);
  await expect(e.featureCorrelation).toBeVisible();

  // the network, with a loss curve that grows while it trains
  await e.trainNetwork(12);
  await expect(e.lossChart).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => e.networkEpochsDrawn(), { timeout: 60_000 }).toBeGreaterThan(1);
  await expect(e.modelComparison).toContainText('Network MSE', { timeout: 90_000 });

  // the draft box predicts with the trained forest
  await app.goTo('Live');
  // an empty draft predicts nothing
  await expect(d.panel.getByTestId('draft-empty')).toHaveText('Type a post to see a prediction.');
  await expect(d.prediction).toHaveCount(0);
  await d.text.fill('Loving this sunny day at the beach!! 😍 #travel');
  await d.number('author_followers').fill('25000');
  await d.category('platform').selectOption('TikTok');
  await expect(d.prediction).toHaveText(/^[\d,.]+$/);
  await expect(d.spread).toHaveText(/^[\d,.]+ – [\d,.]+$/);
  await expect(d.contributionItems.first()).toBeVisible();
  // drivers in the target's units, with plain feature names and a legend for their colours
  await expect(d.contributions).toContainText(/followers 25,000/);
  await expect(d.contributions).not.toContainText('log1p');
  await expect(d.contributions.getByTestId('driver-effect').first()).toHaveText(
    /^[+−][\d,.]+ likes$/,
  );
  await expect(d.panel.getByTestId('draft-legend')).toContainText('pushed it up');
  // the prediction for the whole draft (text, followers and platform), not an earlier one
  await expect(d.result).toHaveAttribute('aria-busy', 'false');
  const big = Number((await d.prediction.textContent())!.replace(/,/g, ''));
  await d.number('author_followers').fill('3');
  await expect
    .poll(async () => Number((await d.prediction.textContent())!.replace(/,/g, '')))
    .toBeLessThan(big);
});

test('an engagement count as a feature is refused with its explanation', async ({
  app,
  engagement: e,
}) => {
  await app.open();
  await app.loadSample();
  await app.goTo('Engagement');
  await e.chooseTarget('likes', true);
  await e.setGrid(SMALL_GRID, 3);
  await expect(e.numericFeatures).toContainText('shares (engagement count)');
  await e.numericFeature('shares').check();
  await e.train();
  await expect(e.error).toHaveAttribute('data-code', 'LEAKY_FEATURE');
  await expect(e.error).toContainText('only known after a post is published');
  await expect(e.error).toContainText('Remove "shares"');
  await expect(e.metrics).toHaveCount(0);
});

test('without any model the draft box asks for one first', async ({ app, models, live }) => {
  // A fresh profile gets the default model; delete it to see the empty state.
  await app.open('models');
  await models.deleteModel('Default: sample posts');
  await app.open('live');
  await expect(live.draft.noModel).toContainText('train a model in the Engagement view first');
});
