import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryByteSource } from '../csv/memorySource.ts';
import { importCsv } from '../csv/importCsv.ts';
import { importParquet } from '../parquet/importParquet.ts';
import { bytesSource, parquetBytes } from '../parquet/parquet.testutil.ts';
import { cellValue, losslessKind } from '../parquet/storedKinds.ts';
import { loadBundle, type LoadedBundle } from './loadBundle.ts';
import { checkShard, scoreSource, shardRange, type ScoredSource } from './scoreSource.ts';
import { mergeTallies, summaryOf } from './scoreTally.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const loaded: LoadedBundle = (() => {
  const r = loadBundle(
    JSON.parse(readFileSync(path.join(ROOT, 'public/models/default-bundle.json'), 'utf8')),
  );
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
})();
const sampleCsv = readFileSync(path.join(ROOT, 'public/sample/murmur-sample.csv'));

async function sampleParquet(): Promise<Uint8Array> {
  const t = await importCsv(memoryByteSource(sampleCsv, 'sample.csv'));
  if (!t.ok) throw new Error(t.error.message);
  return parquetBytes(
    t.value.header.map((name, c) => {
      const kind = losslessKind(t.value.columns[c]!);
      return { name, kind, values: t.value.columns[c]!.map((v) => cellValue(v, kind)) };
    }),
    1000,
  );
}

function must(r: Awaited<ReturnType<typeof scoreSource>>): ScoredSource {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('shards', () => {
  it('split any number of rows into disjoint ranges that cover every row, sizes within one of each other', () => {
    for (const total of [0, 1, 2, 3, 7, 100, 12_345])
      for (const count of [1, 2, 3, 4, 7, 16, 200]) {
        const ranges = Array.from({ length: count }, (_, index) =>
          shardRange({ index, count }, total),
        );
        expect(ranges[0]!.from).toBe(0);
        expect(ranges.at(-1)!.to).toBe(total);
        for (let i = 1; i < count; i++) expect(ranges[i]!.from).toBe(ranges[i - 1]!.to);
        const sizes = ranges.map((r) => r.to - r.from);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }
  });

  it('refuses a shard that does not exist', () => {
    for (const bad of [
      { index: 4, count: 4 },
      { index: -1, count: 4 },
      { index: 0, count: 0 },
      { index: 0.5, count: 2 },
    ])
      expect(
        !checkShard(bad).ok && (checkShard(bad) as { error: { code: string } }).error.code,
      ).toBe('SHARD_INVALID');
  });

  it('score the sample in 3 shards, CSV or Parquet in, to exactly the summary and rows of one process', async () => {
    const one = must(await scoreSource(loaded, memoryByteSource(sampleCsv, 's.csv')));
    expect(one.summary.rows).toBe(5000);
    const parquet = await sampleParquet();
    const sources = [
      () => memoryByteSource(sampleCsv, 's.csv'),
      () => bytesSource(parquet, 's.parquet'),
    ];
    for (const source of sources) {
      const shards = [];
      for (let index = 0; index < 3; index++)
        shards.push(must(await scoreSource(loaded, source(), { shard: { index, count: 3 } })));
      expect(shards.map((s) => s.range)).toEqual([
        { from: 0, to: 1666, total: 5000 },
        { from: 1666, to: 3333, total: 5000 },
        { from: 3333, to: 5000, total: 5000 },
      ]);
      const merged = summaryOf(mergeTallies(shards.map((s) => s.tally)), {
        parts: one.summary.parts,
        classifier: false,
        notes: one.summary.notes,
      });
      expect(merged).toEqual(one.summary);
      const body = (s: ScoredSource) => (s.parts as string[]).slice(1).join('');
      expect(shards.map(body).join('')).toBe(body(one));
      expect(shards[1]!.parts[0]).toBe(one.parts[0]);
    }
  });

  it('write a Parquet file whose scores are the CSV’s, typed', async () => {
    const csv = must(
      await scoreSource(loaded, memoryByteSource(sampleCsv, 's.csv'), {
        shard: { index: 1, count: 4 },
      }),
    );
    const pq = must(
      await scoreSource(loaded, memoryByteSource(sampleCsv, 's.csv'), {
        shard: { index: 1, count: 4 },
        output: 'parquet',
      }),
    );
    expect(pq.summary).toEqual(csv.summary);
    const bytes = new Uint8Array(Buffer.concat(pq.parts as Uint8Array[]));
    const back = await importParquet(bytesSource(bytes));
    if (!back.ok) throw new Error(back.error.message);
    const fromCsv = await importCsv(
      memoryByteSource((csv.parts as string[]).join(''), 'scored.csv'),
    );
    if (!fromCsv.ok) throw new Error(fromCsv.error.message);
    expect(back.value.header).toEqual(fromCsv.value.header);
    expect(back.value.rowCount).toBe(1250);
    const kinds = Object.fromEntries(back.value.header.map((h, c) => [h, back.value.kinds![c]]));
    expect(kinds).toMatchObject({
      post_id: 'int64',
      likes: 'int64',
      text: 'string',
      sentiment_compound: 'double',
      sentiment_label: 'string',
      cluster: 'int32',
      cluster_similarity: 'double',
      predicted_engagement: 'double',
    });
    const scoreStart = back.value.header.indexOf('sentiment_neg');
    for (let c = scoreStart; c < back.value.header.length; c++)
      expect(back.value.columns[c], back.value.header[c]).toEqual(fromCsv.value.columns[c]);
  });

  it('give an empty part for a shard past the rows (N larger than the file), with the header', async () => {
    const tiny = 'text,author_followers\ngood day,10\nbad day,\nok,3\n';
    const parts = [];
    for (let index = 0; index < 8; index++)
      parts.push(
        must(
          await scoreSource(loaded, memoryByteSource(tiny, 't.csv'), {
            shard: { index, count: 8 },
          }),
        ),
      );
    expect(parts.map((p) => p.range.to - p.range.from)).toEqual([0, 0, 1, 0, 0, 1, 0, 1]);
    expect(parts[0]!.parts.join('')).toBe(parts[0]!.parts[0]);
    expect(parts[0]!.summary.rows).toBe(0);
    expect(parts[0]!.summary.meanEngagement).toBeNull();
    const one = must(await scoreSource(loaded, memoryByteSource(tiny, 't.csv')));
    expect(
      summaryOf(mergeTallies(parts.map((p) => p.tally)), {
        parts: one.summary.parts,
        classifier: false,
        notes: one.summary.notes,
      }),
    ).toEqual(one.summary);
    const emptyParquet = must(
      await scoreSource(loaded, memoryByteSource(tiny, 't.csv'), {
        shard: { index: 0, count: 8 },
        output: 'parquet',
      }),
    );
    const back = await importParquet(
      bytesSource(new Uint8Array(Buffer.concat(emptyParquet.parts as Uint8Array[]))),
    );
    // a Parquet file with its columns and no rows: the importer calls it header-only, as it does a CSV
    expect(!back.ok && back.error.code).toBe('FILE_HEADER_ONLY');
  });
});

describe('the language column', () => {
  // written for this test: a file column `lang` is only a hint
  const csv = [
    'text,lang',
    'I love this new phone and the camera is amazing,',
    'Der Zug hatte wieder Verspätung und das ist wirklich schrecklich,en',
    '今日は最高の一日でした！ありがとう,',
    'ok,es',
    'ok,',
  ].join('\n');

  it("says each post's language after the sentiment columns, the declared one where the text is too short", async () => {
    const scored = must(
      await scoreSource(loaded, memoryByteSource(csv, 'm.csv'), { language: true }),
    );
    const back = await importCsv(memoryByteSource((scored.parts as string[]).join(''), 'o.csv'));
    if (!back.ok) throw new Error(back.error.message);
    const h = back.value.header;
    expect(h.indexOf('language')).toBe(h.indexOf('sentiment_label') + 1);
    expect(back.value.columns[h.indexOf('language')]).toEqual(['en', 'de', 'ja', 'es', 'unknown']);
    // the same bytes as without it, but for the new column
    const plain = must(await scoreSource(loaded, memoryByteSource(csv, 'm.csv')));
    const drop = (line: string) =>
      line
        .split(',')
        .filter((_, i) => i !== h.indexOf('language'))
        .join(',');
    expect((scored.parts as string[]).join('').trim().split('\n').map(drop)).toEqual(
      (plain.parts as string[]).join('').trim().split('\n'),
    );
  });

  it('is typed text in a Parquet file, the same as the CSV', async () => {
    const pq = must(
      await scoreSource(loaded, memoryByteSource(csv, 'm.csv'), {
        language: true,
        output: 'parquet',
      }),
    );
    const back = await importParquet(
      bytesSource(new Uint8Array(Buffer.concat(pq.parts as Uint8Array[]))),
    );
    if (!back.ok) throw new Error(back.error.message);
    const c = back.value.header.indexOf('language');
    expect(back.value.kinds![c]).toBe('string');
    expect(back.value.columns[c]).toEqual(['en', 'de', 'ja', 'es', 'unknown']);
  });
});
