import { expect, test } from './fixtures.ts';
import { generatedExport } from '../files.ts';

test('importing 100k rows: no main-thread task over 50 ms', async ({
  app,
  dataset,
  mainThread,
  longestTask,
}) => {
  await app.open();
  const file = generatedExport('export-100k.csv', 100_000, 5);
  const from = await mainThread.now();
  await app.importFile(file);
  await app.expectDataset('export-100k', 100_000);
  await expect(dataset.columnSummary).toBeVisible({ timeout: 60_000 });
  await mainThread.settle();
  const tasks = await mainThread.tasks(from);
  longestTask('100k-row import', tasks);
});
