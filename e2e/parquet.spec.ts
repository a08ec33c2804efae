import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { openDuckDb, sqlPath } from '../scripts/cli/duckdb.testutil.ts';
import { generateSample, sampleToCsv } from '../scripts/sample/generateSample.ts';
import { expect, test } from './fixtures.ts';
import { tmpFile } from './files.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const BUNDLE = path.join(ROOT, 'public/models/default-bundle.json');

/** `murmur …` as a user runs it. */
const cli = (...args: string[]) =>
  execFileSync('npx', ['tsx', 'scripts/cli.ts', ...args], { cwd: ROOT, stdio: 'pipe' });

/** 800 generated posts as CSV, and the same posts as Parquet made by `murmur convert`. */
function postsFiles(): { csv: string; parquet: string } {
  const csv = tmpFile('posts-800.csv', sampleToCsv(generateSample({ seed: 80, rows: 800 })));
  const parquet = path.join(path.dirname(csv), 'posts-800.parquet');
  cli('convert', csv, parquet);
  return { csv, parquet };
}

test('a Parquet file imports as its CSV does: rows, columns, types and roles', async ({
  app,
  dataset,
}) => {
  const { csv, parquet } = postsFiles();
  await app.open();
  await app.importFile(parquet);
  await app.expectDataset('posts-800', 800);
  await expect(dataset.format).toHaveText('Parquet');
  await dataset.expectRole('text', 'text');
  await dataset.expectRole('hashtags', 'hashtags');
  await dataset.expectRole('created_at', 'timestamp');
  await expect(dataset.columnType('author_followers')).toHaveText(/integer/i);
  // the preview's rows arrive from the worker a page at a time: '…' until then
  await expect(dataset.previewCell(1, 5)).not.toHaveText('…');
  const fromParquet = await dataset.previewCell(1, 5).textContent();

  await app.importFile(csv);
  await app.expectDataset('posts-800', 800);
  await expect(dataset.format).toHaveCount(0);
  await expect(dataset.previewCell(1, 5)).toHaveText(fromParquet ?? '');
});

test('a Parquet file from another tool: list columns read as lists, nested ones left out by name', async ({
  app,
  dataset,
}) => {
  const duck = await openDuckDb();
  test.skip(!duck, 'DuckDB is not available to write the file');
  const file = tmpFile('from-duckdb.parquet', '');
  await duck!.run(
    `COPY (SELECT 'post ' || i || ' about the beach' AS text, ['beach', 'sun' || (i % 3)] AS tags,
            {'handle': 'a' || i} AS author, TIMESTAMP '2025-01-01 08:00:00' + INTERVAL (i) HOUR AS at
          FROM range(0, 300) t(i)) TO ${sqlPath(file)} (FORMAT parquet, COMPRESSION zstd)`,
  );
  await app.open();
  await app.importFile(file);
  await app.expectDataset('from-duckdb', 300);
  await expect(app.importWarnings).toContainText('"author" (a nested record)');
  await dataset.expectRole('tags', 'hashtags');
  await expect(dataset.previewCell(1, 2)).toHaveText('["beach","sun0"]');
});

test('batch scoring downloads Parquet: it parses, holds every post with typed scores, and holds the CLI’s values', async ({
  app,
  models,
}) => {
  const { parquet } = postsFiles();
  await app.open('models');
  await expect(models.row('Default: sample posts')).toHaveAttribute('data-active', 'true');
  const scored = await models.scoreFile(parquet, 'parquet');
  expect(scored.name).toBe('posts-800-scored.parquet');
  await expect(models.scoreRows).toHaveText('800');

  const bytes = readFileSync(scored.path);
  const metadata = parquetMetadata(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length),
  );
  expect(Number(metadata.num_rows)).toBe(800);
  const rows = await parquetReadObjects({
    file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length),
  });
  expect(rows).toHaveLength(800);
  expect(typeof rows[0]!['sentiment_compound']).toBe('number');
  expect(['negative', 'neutral', 'positive']).toContain(rows[0]!['sentiment_label']);
  expect(typeof rows[0]!['language']).toBe('string');
  expect(typeof rows[0]!['post_id']).toBe('bigint');
  expect(rows.every((r) => typeof r['predicted_engagement'] === 'number')).toBe(true);

  const fromCli = path.join(path.dirname(parquet), 'cli-scored.parquet');
  cli('score', BUNDLE, parquet, '--language', '--out', fromCli);
  const cliBytes = readFileSync(fromCli);
  const cliRows = await parquetReadObjects({
    file: cliBytes.buffer.slice(cliBytes.byteOffset, cliBytes.byteOffset + cliBytes.length),
  });
  expect(Object.keys(rows[0]!)).toEqual(Object.keys(cliRows[0]!));
  const differ: string[] = [];
  for (let r = 0; r < rows.length; r++)
    for (const [k, v] of Object.entries(rows[r]!)) {
      const w = cliRows[r]![k];
      // Chromium's and Node's V8 round Math.expm1 differently in the last bit now and then
      // (the forest's predictions on a log1p scale), so those are equal to 1e-12, the rest exactly
      const same =
        k.startsWith('predicted_') && typeof v === 'number' && typeof w === 'number'
          ? Math.abs(v - w) <= 1e-12 * Math.abs(w)
          : v === w;
      if (!same) differ.push(`row ${r}, ${k}: ${String(v)} in the app, ${String(w)} from the CLI`);
    }
  expect(differ).toEqual([]);

  const duck = await openDuckDb();
  if (duck) {
    const [n] = await duck.rows(`SELECT count(*) AS n FROM read_parquet(${sqlPath(scored.path)})`);
    expect(Number(n!['n'])).toBe(800);
  }
});
