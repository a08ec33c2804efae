import { expect, durations, longest, test } from './fixtures.ts';
import { generatedExport } from '../files.ts';

test('importing 100k rows: no main-thread task over 50 ms', async ({
  app,
  dataset,
  mainThread,
  figure,
}) => {
  await app.open();
  const file = generatedExport('export-100k.csv', 100_000, 5);
  const from = await mainThread.now();
  await app.importFile(file);
  await app.expectDataset('export-100k', 100_000);
  await expect(dataset.columnSummary).toBeVisible({ timeout: 60_000 });
  await mainThread.settle();
  const tasks = await mainThread.tasks(from);
  figure(
    {
      name: '100k-row import: longest main-thread task',
      value: longest(tasks),
      unit: 'ms',
      max: 50,
    },
    `long tasks: ${durations(tasks)}`,
  );
});
