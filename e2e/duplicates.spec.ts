import { copiedPostsCsv } from '../scripts/gen/copiedPosts.ts';
import { expect, test } from './fixtures.ts';
import { csvFile, tmpFile } from './files.ts';

const SMALL_GRID = { trees: '30', depth: 'none, 8', features: 'sqrt' };

test('a file with repeated rows: duplicates shown with examples, the engagement split keeps copies apart, copies dropped', async ({
  app,
  dataset: ds,
  engagement: e,
}) => {
  await app.open();
  // 661 rows, 559 of them copies of an earlier row (102 distinct posts)
  await app.importFile(tmpFile('copies.csv', copiedPostsCsv({ seed: 1 })));
  await app.expectDataset('copies', 661);
  await expect(ds.duplicatesSummary).toHaveAttribute('data-exact', '559');
  await expect(ds.duplicatesSummary).toHaveAttribute('data-repeated', '559');
  await expect(ds.duplicatesSummary).toContainText('559 rows (84.6 %) are exact copies');
  await expect(ds.duplicateExamples).toHaveCount(5);

  await app.goTo('Engagement');
  await e.chooseTarget('likes', true);
  await e.setGrid(SMALL_GRID, 3);
  // the default: copies held out together
  await e.train();
  await e.expectTrained();
  await expect(e.split).toHaveAttribute('data-kind', 'grouped');
  await expect(e.split).toHaveAttribute('data-overlap', '0');
  const honest = await e.testR2();
  // at random, copies sit on both sides and the page says so
  await e.chooseSplit('random');
  await e.train();
  await expect(e.split).toHaveAttribute('data-kind', 'random', { timeout: 120_000 });
  await e.expectTrained();
  expect(Number(await e.split.getAttribute('data-overlap'))).toBeGreaterThan(100);
  await expect(e.split).toContainText('better than the model would do on new posts');
  expect(await e.testR2()).toBeGreaterThan(honest + 0.3);
  // the time split: the latest posts, no copy in training either
  await e.chooseSplit('time');
  await e.train();
  await expect(e.split).toHaveAttribute('data-kind', 'time', { timeout: 120_000 });
  await expect(e.split).toHaveAttribute('data-overlap', '0');

  // dropping the copies keeps a new dataset of the 102 posts
  await app.goTo('Dataset');
  await ds.dropDuplicates('repeated');
  await app.expectDataset('repeated texts dropped', 102);
  await expect(ds.duplicatesSummary).toHaveText('No row repeats an earlier one.');
  await expect(ds.storedDatasets).toContainText('copies');
});

test('copies that differ only by case or spaces, and a file where every text is the same', async ({
  app,
  dataset: ds,
}) => {
  await app.open();
  await app.importFile(
    csvFile('restyled.csv', [
      'id,text,likes',
      '1,Great flight to Denver,3',
      '2,Great flight to Denver,3',
      '3,great   FLIGHT to Denver,3',
      '4,Lost my bag again,0',
    ]),
  );
  await app.expectDataset('restyled', 4);
  // the id differs: row 2 still copies row 1; row 3 only repeats its text
  await expect(ds.duplicatesSummary).toHaveAttribute('data-exact', '1');
  await expect(ds.duplicatesSummary).toHaveAttribute('data-repeated', '2');
  await expect(ds.duplicateExamples.first()).toContainText('Great flight to Denver');

  await app.importFile(
    csvFile('same.csv', [
      'text,likes',
      ...Array.from({ length: 30 }, (_, i) => `The same caption,${i}`),
    ]),
  );
  await app.expectDataset('same', 30);
  await expect(ds.duplicatesSummary).toHaveAttribute('data-repeated', '29');
  await expect(ds.duplicatesSummary).toContainText('Every post has the same text');
});
