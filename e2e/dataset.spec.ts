import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { expect, test } from './fixtures.ts';
import { generatedExport, sparseFile } from './files.ts';
import { sharedFile } from './shared.ts';

const SAMPLE = path.resolve(import.meta.dirname, '../public/sample/murmur-sample.csv');

test('the sample: mapping with sample values, preview, summary and correlation heatmap', async ({
  app,
  dataset: ds,
}) => {
  await app.open();
  await app.loadSample();
  await expect(ds.mapping).toBeVisible();
  await ds.expectRole('text', 'text');
  await ds.expectRole('hashtags', 'hashtags');
  await ds.expectRole('created_at', 'timestamp');
  await ds.expectRole('likes', 'likes');
  await ds.expectRole('shares', 'shares');
  await ds.expectRole('comments', 'comments');
  await ds.expectRole('author_followers', 'followers');
  await ds.expectRole('platform', 'category');
  await ds.expectRole('sentiment', 'label');
  await expect(ds.rowCount).toHaveText('5,000');
  // The preview is virtualised: the first rows are there, the 5,000th is not rendered yet.
  await expect(ds.previewRows.nth(1)).not.toContainText('…');
  expect(await ds.previewRows.count()).toBeLessThan(80);
  await expect(ds.columnSummary).toContainText('author_followers');
  await expect(ds.missingChart).toBeVisible();
  await expect(ds.correlationHeatmap).toBeVisible();
});

test('changing a role is applied and remembered for a file with the same columns', async ({
  app,
  dataset: ds,
}) => {
  await app.open();
  await app.loadSample();
  await ds.setRole('language', 'label');
  await ds.expectRole('language', 'label');
  await app.importFile(SAMPLE);
  await expect(ds.mapping).toContainText('Mapping remembered');
  await ds.expectRole('language', 'label');
});

test('vaccination_tweets.csv: roles of a real tweet export', async ({ app, dataset: ds }) => {
  const file = sharedFile('data', 'vaccination_tweets.csv');
  test.skip(!file, 'needs ../shared/data/vaccination_tweets.csv');
  await app.open();
  await app.importFile(file!);
  await app.expectDataset('vaccination_tweets', 9497);
  await ds.expectRole('text', 'text');
  await ds.expectRole('hashtags', 'hashtags');
  await expect(ds.columnType('hashtags')).toContainText('tags (Python lists)');
  await ds.expectRole('favorites', 'likes');
  await ds.expectRole('retweets', 'shares');
  await ds.expectRole('user_followers', 'followers');
  await ds.expectRole('date', 'timestamp');
  await ds.expectRole('user_description', 'other');
});

test('sentimentdataset.csv: padded Kaggle layout with fine-grained labels', async ({
  app,
  dataset: ds,
}) => {
  const file = sharedFile('data', 'sentimentdataset.csv');
  test.skip(!file, 'needs ../shared/data/sentimentdataset.csv');
  await app.open();
  await app.importFile(file!);
  await app.expectDataset('sentimentdataset', 732);
  await ds.expectRole('Text', 'text');
  await ds.expectRole('Sentiment', 'label');
  await ds.expectRole('Hashtags', 'hashtags');
  await ds.expectRole('Likes', 'likes');
  await ds.expectRole('Retweets', 'shares');
  await ds.expectRole('Timestamp', 'timestamp');
  await ds.expectRole('Platform', 'category');
  // Padded values are trimmed: the Sentiment cell of the first row is exactly "Positive" (the file has " Positive  ").
  const sentimentCell = ds.previewCell(1, 4);
  await expect(sentimentCell).not.toHaveText('…');
  expect(await sentimentCell.textContent()).toBe('Positive');
});

test('after a reload the dataset is back without re-importing', async ({ app, dataset }) => {
  await app.open();
  await app.loadSample();
  await app.reload();
  await app.expectDataset('murmur-sample', 5000);
  await expect(dataset.mapping).toBeVisible();
  await expect(dataset.storedDatasets).toContainText('murmur-sample');
});

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  deflateSync(Buffer.alloc(2000, 7)),
]);

const badFiles: { name: string; body: Buffer; code: string; says: RegExp }[] = [
  { name: 'empty.csv', body: Buffer.alloc(0), code: 'FILE_EMPTY', says: /empty/i },
  {
    name: 'header-only.csv',
    body: Buffer.from('text,likes,shares\n'),
    code: 'FILE_HEADER_ONLY',
    says: /header/i,
  },
  { name: 'photo.csv', body: PNG, code: 'FILE_BINARY', says: /image|binary|not a (csv|text)/i },
  {
    name: 'unclosed.csv',
    body: Buffer.from('text,likes\n"hello,1\nworld,2\nmore,3\n'),
    code: 'CSV_UNCLOSED_QUOTE',
    says: /quote/i,
  },
  {
    name: 'numbers.csv',
    body: Buffer.from('a,b,c\n1,2,3\n4,5,6\n7,8,9\n'),
    code: 'NO_TEXT_COLUMN',
    says: /text/i,
  },
];

for (const bad of badFiles) {
  test(`a bad file (${bad.name}) gets a clear message and the loaded dataset stays`, async ({
    app,
    dataset,
  }) => {
    await app.open();
    await app.loadSample();
    await app.importFile({ name: bad.name, mimeType: 'text/csv', buffer: bad.body });
    await expect(app.importError).toBeVisible();
    await expect(app.importError).toHaveAttribute('data-code', bad.code);
    await expect(app.importError).toContainText(bad.says);
    await app.expectDataset('murmur-sample', 5000);
    await expect(dataset.mapping).toBeVisible();
  });
}

test('ragged rows import with a warning that counts them', async ({ app }) => {
  await app.open();
  const lines = ['text,likes,shares'];
  for (let i = 0; i < 40; i++) lines.push(`post number ${i} about the weather today,${i},${i % 3}`);
  lines.splice(5, 0, 'a short row with one count,3');
  lines.splice(9, 0, 'too,many,cells,in,this,row');
  await app.importFile({
    name: 'ragged.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(lines.join('\n') + '\n'),
  });
  await app.expectDataset('ragged', 42);
  await expect(app.importWarnings).toContainText(/row/i);
});

test("an Insights-style export: Excel's sep= line, a report title, a garbled emoji, a second header row, counts written 2.1K and dashes for none", async ({
  app,
  dataset,
}) => {
  await app.open();
  const lines = [
    'sep=;',
    'Page posts;;;',
    'Exported 2024-06-01;;;',
    ';;;',
    'date;message;likes;shares',
    'Lifetime: date posted;The message;Lifetime: likes;Lifetime: shares',
  ];
  for (let i = 0; i < 40; i++)
    lines.push(
      `2024-05-${String(1 + (i % 28)).padStart(2, '0')};Post ${i} about the launch, with words${i === 3 ? ' ðŸ˜‚' : ''};${i === 7 ? '2.1K' : i};${i === 11 || i === 12 ? '-' : i % 4}`,
    );
  await app.importFile({
    name: 'insights.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(lines.join('\r\n') + '\r\n'),
  });
  await app.expectDataset('insights', 41);
  await expect(app.page.getByTestId('dataset-delimiter')).toHaveText('semicolon');
  await expect(app.importWarnings).toContainText(
    'The 2 lines above the table ("Page posts", "Exported 2024-06-01") are a report\'s title, not posts, so they were skipped: the header was read from line 5.',
  );
  // a post Excel garbled (UTF-8 read as Windows-1252, then saved) is given back its emoji
  await expect(app.importWarnings).toContainText(
    '1 cell of "message" held text decoded in the wrong encoding ("ðŸ˜‚" for "😂")',
  );
  const notes = dataset.valueNotes.getByRole('listitem');
  await expect(notes).toHaveCount(3);
  await expect(notes.first()).toContainText(
    'Row 1 below the header is not a post: in 3 columns ("date", "likes", "shares")',
  );
  await expect(notes.nth(1)).toContainText(
    '2 cells of "shares" hold no number but a placeholder ("-")',
  );
  await expect(notes.nth(2)).toContainText('1 value of "likes" was written short');
  await expect(notes.nth(2)).toContainText('"2.1K" as 2,100');
  const shares = dataset.columnSummary.getByRole('row', { name: /^shares/ });
  await expect(shares).toContainText('integer');
  await expect(shares).toContainText('+ 1 unreadable + 2 placeholders');
  const likes = dataset.columnSummary.getByRole('row', { name: /^likes/ });
  await expect(likes).toContainText('integer');
  await expect(likes).toContainText('+ 1 unreadable');
  await expect(likes).toContainText('max 2100');
  await expect(dataset.columnType('likes')).toHaveText('integer (2.1K counts)');
  await expect(app.page.getByTestId('overview-dataset')).toContainText(
    'Row 1 below the header looks like a second header row, not a post. "likes" has counts written short (2.1K), read as rounded.',
  );
});

test('dates that leave day and month to a guess are named, switched with a button, and kept after a reload', async ({
  app,
  dataset,
}) => {
  await app.open();
  const lines = ['date,text,likes'];
  for (let i = 0; i < 24; i++)
    lines.push(
      `${String(1 + (i % 12)).padStart(2, '0')}/05/2021 10:00,post ${i} about the launch,${i}`,
    );
  await app.importFile({
    name: 'campaign.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(lines.join('\n') + '\n'),
  });
  await app.expectDataset('campaign', 24);
  const date = dataset.columnSummary.getByRole('row', { name: /^date/ });
  await expect(dataset.valueNotes).toContainText('"01/05/2021 10:00" is 5 Jan 2021');
  await expect(date).toContainText('2021-01-05 10:00 → 2021-12-05 10:00');
  await expect(dataset.columnType('date')).toHaveText('datetime (month first)');
  await dataset.valueNotes.getByRole('button', { name: 'Read “date” day first' }).click();
  await expect(date).toContainText('2021-05-01 10:00 → 2021-05-12 10:00');
  await expect(dataset.valueNotes).toContainText('"01/05/2021 10:00" is 1 May 2021');
  await expect(dataset.columnType('date')).toHaveText('datetime (day first)');
  await app.reload();
  await app.expectDataset('campaign', 24);
  await expect(date).toContainText('2021-05-01 10:00 → 2021-05-12 10:00');
  await expect(
    dataset.valueNotes.getByRole('button', { name: 'Read “date” month first' }),
  ).toBeVisible();
});

test('a second file dropped while the first is importing is refused and the first completes', async ({
  app,
}) => {
  await app.open();
  await app.importFile(generatedExport('big-export.csv', 60_000, 3));
  await expect(app.importProgress).toBeVisible();
  await app.importFile({
    name: 'second.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('text,likes\nhi,1\n'),
  });
  await expect(app.errorBanner).toContainText('another file is still importing');
  await app.expectDataset('big-export', 60_000);
});

test('Cancel stops an import and keeps the dataset that was loaded', async ({ app }) => {
  await app.open();
  await app.loadSample();
  await app.importFile(generatedExport('huge-export.csv', 150_000, 4));
  await expect(app.importProgress).toBeVisible();
  await app.cancelImport();
  await expect(app.importCancelled).toBeVisible();
  await app.expectDataset('murmur-sample', 5000);
});

// Its main-thread long tasks are measured by `npm run bench -- --only perf` (e2e/perf/dataset.perf.ts).
test('a 100k-row export imports and gets its column summaries', async ({ app, dataset }) => {
  await app.open();
  await app.importFile(generatedExport('export-100k.csv', 100_000, 5));
  await app.expectDataset('export-100k', 100_000);
  await expect(dataset.columnSummary).toBeVisible({ timeout: 60_000 });
});

test('a file larger than the tab can hold is refused up front with its size and the limit', async ({
  app,
}) => {
  // 1.2 GB on paper, no disk used: it is refused before a byte is read.
  const file = sparseFile('enormous.csv', Math.round(1.2 * 1024 ** 3));
  await app.open();
  await app.loadSample();
  await app.importFile(file);
  await expect(app.importError).toHaveAttribute('data-code', 'FILE_TOO_LARGE');
  await expect(app.importError).toContainText(/is 1\.3 GB, over the \d+ MB limit for an import/);
  await app.expectDataset('murmur-sample', 5000);
});

test('preprocessing choices per column are fitted on the data, and kept after a reload', async ({
  app,
  dataset: ds,
}) => {
  await app.open();
  await app.loadSample();
  await expect(ds.preprocessingOf('author_followers')).toContainText('fill');
  await ds.missingValuesOf('author_followers').selectOption('drop');
  await ds.scalingOf('author_followers').selectOption('zscore');
  await ds.applyPreprocessing();
  // The sample has followers missing in some rows: dropping them is reported, and z-score learned its statistics.
  await expect(ds.preprocessingRows).toContainText(/dropped for missing values/);
  await expect(ds.preprocessingOf('author_followers')).toContainText(
    /z-score: mean [\d.]+, std [\d.]+/,
  );
  await app.reload();
  await expect(ds.scalingOf('author_followers')).toHaveValue('zscore');
});
