/**
 * Our Parquet against an independent implementation (DuckDB): we read the files DuckDB writes
 * (types, codecs, nested columns), and DuckDB reads every row of the files we write, cell for cell.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importParquet } from '../../workers/core/parquet/importParquet.ts';
import { generateSample, sampleToCsv } from '../sample/generateSample.ts';
import { captureConsole } from './captureConsole.testutil.ts';
import { command as convert } from './convert.ts';
import { duckCell, openDuckDb, sqlPath } from './duckdb.testutil.ts';
import { nodeByteSource, readTableFile } from './readTable.ts';
import { tempDir } from './tempDir.testutil.ts';

const duck = await openDuckDb();
const { dir, file } = tempDir('parquet');
const { err } = captureConsole();

async function readParquetFile(p: string) {
  const source = nodeByteSource(p);
  try {
    return await importParquet(source);
  } finally {
    source.close();
  }
}

describe.skipIf(!duck)('Parquet files DuckDB writes', () => {
  it('are read with every common type as the importer’s text, in each codec', async () => {
    for (const codec of ['snappy', 'zstd', 'gzip', 'uncompressed']) {
      const p = `${dir}/duck-${codec}.parquet`;
      await duck!.run(
        `COPY (SELECT i AS id, 'post ' || i || CASE WHEN i % 3 = 0 THEN ', "quoted"' ELSE '' END AS text,
                i * 1000000000000 AS big, (i % 7)::INTEGER AS small, i / 4 AS ratio, i % 2 = 0 AS even,
                TIMESTAMP '2024-03-01 10:00:00.123456' + INTERVAL (i) MINUTE AS at, DATE '2024-02-28' + i::INTEGER AS day,
                (i * 1.25)::DECIMAL(10,2) AS price, CASE WHEN i % 4 = 0 THEN NULL ELSE ['a' || i, 'b'] END AS tags
              FROM range(0, 2500) t(i)) TO ${sqlPath(p)} (FORMAT parquet, COMPRESSION ${codec}, ROW_GROUP_SIZE 1000)`,
      );
      const r = await readParquetFile(p);
      if (!r.ok) throw new Error(r.error.message);
      const t = r.value;
      expect(t.rowCount).toBe(2500);
      expect(t.header).toEqual([
        'id',
        'text',
        'big',
        'small',
        'ratio',
        'even',
        'at',
        'day',
        'price',
        'tags',
      ]);
      expect(t.kinds).toEqual([
        'int64',
        'string',
        'int64',
        'int32',
        'double',
        'boolean',
        'string',
        'string',
        'double',
        'string',
      ]);
      const row = (i: number) => t.columns.map((c) => c[i]);
      expect(row(3)).toEqual([
        '3',
        'post 3, "quoted"',
        '3000000000000',
        '3',
        '0.75',
        'false',
        '2024-03-01T10:03:00.123456Z',
        '2024-03-02', // 2024 is a leap year
        '3.75',
        '["a3","b"]',
      ]);
      expect(row(2400)[6]).toBe('2024-03-03T02:00:00.123456Z'); // 2,400 minutes later
      expect(row(0)[9]).toBe('');
    }
  });

  it('leave out struct and map columns with a warning naming them, and refuse a file with nothing else', async () => {
    const p = `${dir}/nested.parquet`;
    await duck!.run(
      `COPY (SELECT 'hello ' || i AS text, {'name': 'x', 'n': i} AS author, MAP {'k': i} AS extra,
              [{'a': 1}] AS spans, [[1, 2]] AS grid
            FROM range(0, 10) t(i)) TO ${sqlPath(p)} (FORMAT parquet)`,
    );
    const r = await readParquetFile(p);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.header).toEqual(['text']);
    expect(r.value.warnings.map((w) => [w.code, w.message])).toEqual([
      [
        'PARQUET_COLUMNS_SKIPPED',
        '4 columns were left out because they hold values that are not text or numbers: "author" (a nested record), "extra" (a map), "spans" (a list of nested values), "grid" (a list of nested values).',
      ],
    ]);
    const only = `${dir}/only-nested.parquet`;
    await duck!.run(
      `COPY (SELECT {'a': i} AS s FROM range(0, 3) t(i)) TO ${sqlPath(only)} (FORMAT parquet)`,
    );
    const refused = await readParquetFile(only);
    expect(!refused.ok && refused.error.code).toBe('PARQUET_UNSUPPORTED');
    expect(!refused.ok && refused.error.message).toContain('"s" (a nested record)');
  });

  it('read other types as DuckDB prints them (raw bytes, UUIDs, unsigned), and leave out intervals and times of day by name', async () => {
    const p = `${dir}/other-types.parquet`;
    await duck!.run(
      `COPY (SELECT 'hello ' || i AS text, INTERVAL (i) DAY AS gap, TIME '10:00:00' AS at_time,
              ('\\xAA\\x5C' || i)::BLOB AS raw, encode('caf' || chr(233)) AS utf8_bytes,
              ('00000000-0000-0000-0000-00000000000' || i)::UUID AS id, (250 + i)::UTINYINT AS tiny
            FROM range(0, 5) t(i)) TO ${sqlPath(p)} (FORMAT parquet)`,
    );
    const r = await readParquetFile(p);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.header).toEqual(['text', 'raw', 'utf8_bytes', 'id', 'tiny']);
    expect(r.value.warnings.map((w) => w.message)).toEqual([
      '2 columns were left out because they hold values that are not text or numbers: "gap" (an interval), "at_time" (a time of day).',
    ]);
    const theirs = await duck!.rows(
      `SELECT text, raw::VARCHAR AS raw, decode(utf8_bytes) AS utf8_bytes, id::VARCHAR AS id, tiny FROM read_parquet(${sqlPath(p)})`,
    );
    for (let i = 0; i < 5; i++)
      expect(r.value.columns.map((c) => c[i])).toEqual(Object.values(theirs[i]!).map(duckCell));
    expect(r.value.columns[1]![1]).toBe('\\xAA\\x5C1'); // the bytes AA 5C 31
    expect(r.value.columns[2]![0]).toBe('café'); // UTF-8 bytes without a string annotation read as text
  });
});

describe('murmur convert', () => {
  const posts = generateSample({ seed: 16, rows: 1500 });
  const csvPath = file('posts.csv', sampleToCsv(posts));

  it('writes a Parquet file DuckDB reads row for row, cell for cell, and converts back to the same table', async () => {
    const pq = `${dir}/posts.parquet`;
    expect(await convert([csvPath, pq])).toBe(0);
    expect(err.join('\n')).toContain('1,500 rows × 13 columns, CSV → Parquet');
    const table = await readTableFile(csvPath);
    if (!table.ok) throw new Error(table.error.message);
    const { header, columns, rowCount } = table.value.table;

    const back = `${dir}/back.csv`;
    expect(await convert([pq, back])).toBe(0);
    const again = await readTableFile(back);
    if (!again.ok) throw new Error(again.error.message);
    expect(again.value.table.header).toEqual(header);
    expect(again.value.table.columns).toEqual(columns);

    if (!duck) return;
    const rows = await duck.rows(
      `SELECT * FROM read_parquet(${sqlPath(pq)}, file_row_number = true) ORDER BY file_row_number`,
    );
    expect(rows).toHaveLength(rowCount);
    const types = await duck.rows(`DESCRIBE SELECT * FROM ${sqlPath(pq)}`);
    expect(
      Object.fromEntries(types.map((t) => [t['column_name'], t['column_type']])),
    ).toMatchObject({
      post_id: 'BIGINT',
      author_followers: 'BIGINT',
      text: 'VARCHAR',
      created_at: 'VARCHAR',
    });
    for (let r = 0; r < rowCount; r++)
      for (let c = 0; c < header.length; c++)
        if (duckCell(rows[r]![header[c]!]) !== columns[c]![r])
          throw new Error(
            `row ${r}, ${header[c]}: DuckDB read ${String(rows[r]![header[c]!])}, the CSV has ${columns[c]![r]}`,
          );
  });

  it('refuses a truncated Parquet file, and a file that is neither', async () => {
    const pq = `${dir}/posts.parquet`;
    const cut = file('cut.parquet', readFileSync(pq).subarray(0, 3000));
    expect(await convert([cut, `${dir}/x.csv`])).toBe(1);
    expect(err.join('\n')).toContain('[PARQUET_DAMAGED]');
    expect(await convert([csvPath, csvPath])).toBe(2);
  });
});
