import { expect, test } from './fixtures.ts';

test('scoring and drawing the sample’s sentiment: no main-thread task over 50 ms', async ({
  app,
  dataset,
  sentiment: s,
  mainThread,
  longestTask,
}) => {
  await app.open();
  await app.loadSample();
  // Counted from here: the Dataset view has drawn its own charts.
  await expect(dataset.columnSummary).toBeVisible();
  const from = await mainThread.now();
  await app.goTo('Sentiment');
  await s.expectScored(5000);
  // every chart drawn, then the table filtered and paged, as the journey does
  // with the posts' languages read on import, the sample's few we cannot read have their own bar
  const bars = (await s.chartsSource.getAttribute('data-by-language')) === 'true' ? 4 : 3;
  await expect(s.labelBars).toHaveCount(bars);
  await expect(s.histogramBars).toHaveCount(21);
  await expect(s.overTimeSeries).toHaveCount(bars);
  await expect(s.byCategory).toBeVisible();
  await expect(s.mostPositive).toHaveCount(5);
  await expect(s.mostNegative).toHaveCount(5);
  await expect(s.table.count).toHaveText('5,000 posts');
  await s.table.labelFilter.selectOption('negative');
  await expect(s.table.rows).toHaveCount(51);
  await s.table.nextPage();
  await expect(s.table.pageRange).toContainText('Rows 51–100 of');
  await mainThread.settle();
  const tasks = await mainThread.tasks(from);
  longestTask('sample sentiment scored and drawn', tasks);
});
