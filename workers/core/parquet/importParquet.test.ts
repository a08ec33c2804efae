import { describe, expect, it } from 'vitest';
import { inferSchema } from '../schema/inferSchema.ts';
import { importTable } from '../table/importTable.ts';
import { importParquet, parquetOutline } from './importParquet.ts';
import { bytesSource, parquetBytes } from './parquet.testutil.ts';

const TEXTS = [
  'Love this, "really"!',
  '  padded  ',
  'line one\nline two',
  '=1+1',
  'café 😀 #yes',
  '',
  'plain',
];
const N = 23;
const file = parquetBytes(
  [
    { name: 'text', kind: 'string', values: Array.from({ length: N }, (_, i) => TEXTS[i % 7]!) },
    {
      name: 'likes',
      kind: 'int64',
      values: Array.from({ length: N }, (_, i) => (i % 5 === 0 ? null : BigInt(i * 1000))),
    },
    { name: 'score', kind: 'double', values: Array.from({ length: N }, (_, i) => i / 8 - 1) },
    { name: 'reply', kind: 'boolean', values: Array.from({ length: N }, (_, i) => i % 2 === 0) },
    { name: 'rank', kind: 'int32', values: Array.from({ length: N }, (_, i) => -i) },
  ],
  5,
);

describe('importParquet', () => {
  it('reads every cell as the importer’s trimmed text, with the stored kinds', async () => {
    const r = await importParquet(bytesSource(file));
    if (!r.ok) throw new Error(r.error.message);
    const t = r.value;
    expect(t.format).toBe('parquet');
    expect(t.header).toEqual(['text', 'likes', 'score', 'reply', 'rank']);
    expect(t.kinds).toEqual(['string', 'int64', 'double', 'boolean', 'int32']);
    expect(t.rowCount).toBe(N);
    expect(t.columns[0]!.slice(0, 7)).toEqual([
      'Love this, "really"!',
      'padded',
      'line one\nline two',
      '=1+1',
      'café 😀 #yes',
      '',
      'plain',
    ]);
    expect(t.columns[1]!.slice(0, 6)).toEqual(['', '1000', '2000', '3000', '4000', '']);
    expect(t.columns[2]![3]).toBe('-0.625');
    expect(t.columns[3]!.slice(0, 2)).toEqual(['true', 'false']);
    expect(t.columns[4]![22]).toBe('-22');
    const schema = inferSchema(t);
    expect(schema.find((c) => c.name === 'text')!.role).toBe('text');
    expect(schema.find((c) => c.name === 'likes')!.type).toBe('integer');
  });

  it('reads any row range across row groups (5 rows each) exactly as the same rows of the whole file', async () => {
    const whole = await importParquet(bytesSource(file));
    if (!whole.ok) throw new Error(whole.error.message);
    for (const [from, to] of [
      [0, 5],
      [3, 12],
      [5, 10],
      [22, 23],
      [7, 7],
      [20, 99],
    ] as const) {
      const part = await importParquet(bytesSource(file), { rowStart: from, rowEnd: to });
      if (!part.ok) throw new Error(part.error.message);
      const end = Math.min(to, N);
      expect(part.value.rowCount).toBe(end - from);
      expect(part.value.columns).toEqual(whole.value.columns.map((c) => c.slice(from, end)));
    }
    const outline = await parquetOutline(bytesSource(file));
    expect(outline.ok && outline.value).toEqual({
      rows: N,
      rowGroups: 5,
      columns: ['text', 'likes', 'score', 'reply', 'rank'],
    });
  });

  it('is what importTable reads for a Parquet file, whatever its name; a CSV still goes to the CSV importer', async () => {
    const viaTable = await importTable(bytesSource(file, 'export.csv'));
    expect(viaTable.ok && viaTable.value.format).toBe('parquet');
    const csv = await importTable(bytesSource(new TextEncoder().encode('text\nhello\n'), 'a.csv'));
    expect(csv.ok && csv.value.format).toBeUndefined();
    expect(csv.ok && csv.value.columns).toEqual([['hello']]);
  });

  it('refuses a truncated file, saying it was cut short', async () => {
    for (const keep of [file.length - 1, Math.floor(file.length / 2), 40, 8]) {
      const r = await importParquet(bytesSource(file.subarray(0, keep)));
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('PARQUET_DAMAGED');
        expect(r.error.hint).toContain('cut short');
      }
    }
  });

  it('refuses a file whose footer is whole but whose pages are damaged', async () => {
    const broken = file.slice();
    broken.fill(0xff, 4, 400);
    const r = await importParquet(bytesSource(broken));
    expect(!r.ok && r.error.code).toBe('PARQUET_DAMAGED');
  });

  it('refuses a file with columns but no rows', async () => {
    const empty = parquetBytes([{ name: 'text', kind: 'string', values: [] }]);
    const r = await importParquet(bytesSource(empty));
    expect(!r.ok && r.error.code).toBe('FILE_HEADER_ONLY');
  });

  it('stops between row groups when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const r = await importParquet(bytesSource(file), { signal: controller.signal });
    expect(!r.ok && r.error.code).toBe('ABORTED');
  });
});
