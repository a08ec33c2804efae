import { expect, test } from './fixtures.ts';
import { csvFile } from './files.ts';

/** Another small file: a dataset with no model of its own. */
function otherCsv(name = 'other-posts.csv'): string {
  const lines = ['created_at,text,likes'];
  for (let i = 0; i < 40; i++)
    lines.push(
      `2025-02-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00Z,post number ${i} about the launch,${i % 7}`,
    );
  return csvFile(name, lines);
}

test.use({ viewport: { width: 1400, height: 900 } });

test('results survive a reload: the engagement run, topics and thresholds come back without rerunning; the header names the scoring model and asks on another dataset', async ({
  app,
  engagement: e,
  topics,
  sentiment,
  page,
}) => {
  test.setTimeout(300_000);
  await app.open();
  await app.loadSample();

  // settings: the sentiment thresholds
  await app.goTo('Sentiment');
  await sentiment.expectScored(5000, 120_000);
  await sentiment.setThresholds('0.3', '-0.3');

  // topics: a small sweep
  await app.goTo('Topics');
  await topics.setSweep(4, 1);
  await topics.runAnalysis();
  const recommended = await topics.recommendedK();
  // a setting changed after the run, not run yet, is kept too
  await topics.field('Seed').fill('7');

  // engagement: a small grid
  await app.goTo('Engagement');
  await e.chooseTarget('likes', true);
  await e.setGrid({ trees: '20', depth: 'none, 8', features: 'sqrt' }, 3);
  await e.train();
  await e.expectTrained(180_000);
  const metrics = await e.metrics.innerText();
  const summary = await e.summary.innerText();
  const header = page.getByTestId('scoring-model');
  await expect(header).toContainText(
    /Scoring with: forest .*trained on murmur-sample, \d+ \w+,? \d\d:\d\d/,
  );
  await expect(page.getByTestId('scoring-model-foreign')).toHaveCount(0);

  await app.reload();
  await app.goTo('Engagement');
  await expect(e.metrics).toBeVisible();
  await expect(page.getByTestId('engagement-restored')).toContainText('nothing was rerun');
  expect(await e.metrics.innerText()).toBe(metrics);
  expect(await e.summary.innerText()).toBe(summary);
  await expect(e.progress).toHaveCount(0);
  await expect(e.gridRows).toHaveCount(2);
  await expect(page.getByTestId('target-column')).toHaveValue('likes');
  await expect(page.getByTestId('grid-nEstimators')).toHaveValue('20');
  await expect(header).toContainText('trained on murmur-sample');

  await app.goTo('Topics');
  await expect(page.getByText('kept from your last visit')).toBeVisible();
  expect(await topics.recommendedK()).toBe(recommended);
  await expect(topics.field('Seed')).toHaveValue('7');
  await expect(topics.field('k to')).toHaveValue('4');

  await app.goTo('Sentiment');
  await expect(page.getByLabel('Positive when compound ≥')).toHaveValue('0.3');
  await expect(page.getByLabel('Negative when compound ≤')).toHaveValue('-0.3');

  // another dataset, with no model of its own: the header says the model is the sample's, and asks
  await app.importFile(otherCsv());
  await app.expectDataset('other-posts', 40);
  await expect(page.getByTestId('scoring-model-foreign')).toBeVisible();
  await expect(header).toContainText('trained on murmur-sample');
  // keeping it is kept with that dataset: a reload does not ask again
  await header.getByRole('button', { name: 'Keep it' }).click();
  await expect(page.getByTestId('scoring-model-foreign')).toHaveCount(0);
  await app.reload();
  await app.expectDataset('other-posts', 40);
  await expect(header).toContainText('trained on murmur-sample');
  await expect(page.getByTestId('scoring-model-foreign')).toHaveCount(0);

  // a third dataset asks again (the choice was that dataset's); stopping leaves no model scoring
  await app.importFile(otherCsv('third-posts.csv'));
  await app.expectDataset('third-posts', 40);
  await expect(page.getByTestId('scoring-model-foreign')).toBeVisible();
  await header.getByRole('button', { name: 'Stop using it' }).click();
  await expect(header).toContainText('No model is scoring');

  // back to the sample: its own model scores again, no question
  await app.goTo('Dataset');
  await page
    .getByTestId('stored-datasets')
    .getByRole('row', { name: /murmur-sample/ })
    .getByRole('button', { name: 'Open' })
    .click();
  await app.expectDataset('murmur-sample', 5000);
  await expect(header).toContainText('trained on murmur-sample');
  await expect(page.getByTestId('scoring-model-foreign')).toHaveCount(0);
  await app.goTo('Engagement');
  expect(await e.metrics.innerText()).toBe(metrics);
});

test('labels survive a reload: the edited label mapping and the trained classifier come back without retraining', async ({
  app,
  sentiment: s,
}) => {
  test.setTimeout(240_000);
  await app.open();
  await app.loadSample();
  await app.goTo('Sentiment');
  await s.expectScored(5000, 120_000);
  await expect(s.metric('eval-n')).toHaveText('4,866');
  // "Curiosity" counted as neutral brings its 134 rows in
  await s.classOf('Curiosity').selectOption('neutral');
  await expect(s.metric('eval-n')).toHaveText('5,000');
  await s.setTraining({ epochs: 4 });
  await s.trainButton().click();
  await expect(s.comparison).toBeVisible({ timeout: 180_000 });
  const accuracy = await s.comparisonAccuracy().allInnerTexts();
  expect(accuracy).toHaveLength(3);
  const kept = await s.classifierKept.innerText();
  expect(kept).toMatch(/^Kept the (word-pattern model|neural network): right on \d+% /);

  await app.reload();
  await app.goTo('Sentiment');
  await expect(s.classOf('Curiosity')).toHaveValue('neutral');
  await expect(s.metric('eval-n')).toHaveText('5,000', { timeout: 120_000 });
  await expect(s.comparison).toBeVisible();
  await expect(s.training).toHaveCount(0);
  expect(await s.comparisonAccuracy().allInnerTexts()).toEqual(accuracy);
  expect(await s.classifierKept.innerText()).toBe(kept);
});
