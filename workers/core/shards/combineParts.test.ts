import { describe, expect, it } from 'vitest';
import type { ScoreTally } from '../bundle/scoreTally.ts';
import { combineParts, type Part } from './combineParts.ts';
import { readManifest, type ShardManifest } from './shardManifest.ts';

const HASH = (c: string) => c.repeat(64);
const TOTAL = 10;

function tally(rows: number, seed: number): ScoreTally {
  return {
    rows,
    sentiment: { negative: seed, neutral: rows - 2 * seed, positive: seed },
    classifier: { negative: 0, neutral: 0, positive: 0 },
    clusterCounts: [rows - 1 >= 0 ? Math.max(0, rows - 1) : 0, rows > 0 ? 1 : 0],
    clusterNone: 0,
    engagementSum: [rows * 0.1],
  };
}

function part(
  index: number,
  count: number,
  over: Partial<ShardManifest> = {},
  label = `p${index}.parquet`,
): Part {
  const from = Math.floor((index * TOTAL) / count);
  const to = Math.floor(((index + 1) * TOTAL) / count);
  const manifest: ShardManifest = {
    format: 'murmur-score-shard',
    version: 1,
    bundle: { file: 'bundle.json', sha256: HASH('a'), bytes: 10 },
    input: { file: 'posts.parquet', sha256: HASH('b'), bytes: 20, format: 'parquet', rows: TOTAL },
    shard: { index, count, from, to },
    output: { file: label, sha256: HASH('c'), bytes: 30, format: 'parquet' },
    rows: to - from,
    seconds: 1.5,
    context: { parts: ['sentiment', 'topics', 'engagement'], classifier: false, notes: [] },
    tally: tally(to - from, to - from > 2 ? 1 : 0),
    ...over,
  };
  return { label, manifest };
}

const four = () => [0, 1, 2, 3].map((i) => part(i, 4));

function refusal(parts: Part[]): { code: string; message: string } {
  const r = combineParts(parts);
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}

describe('combining scored parts', () => {
  it('merges the tallies of all parts, in any order, into one summary', () => {
    const r = combineParts(four().reverse());
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.summary.rows).toBe(10);
    expect(r.value.summary.sentiment).toEqual({ negative: 2, neutral: 6, positive: 2 });
    expect(r.value.summary.clusters).toEqual({ counts: [6, 4], none: 0 });
    expect(r.value.summary.meanEngagement).toBe(0.1);
    expect(r.value.seconds).toBe(6);
  });

  it('refuses parts from different bundles or inputs, naming them', () => {
    const other = four();
    other[2] = part(2, 4, { bundle: { file: 'new.json', sha256: HASH('d'), bytes: 1 } });
    let e = refusal(other);
    expect(e.code).toBe('PARTS_DIFFERENT_SOURCES');
    expect(e.message).toContain('p2.parquet with new.json (sha256 dddddddddddd…)');
    expect(e.message).toContain('p0.parquet, p1.parquet, p3.parquet with bundle.json');
    other[2] = part(2, 4, {
      input: { file: 'b.parquet', sha256: HASH('e'), bytes: 1, format: 'parquet', rows: TOTAL },
    });
    e = refusal(other);
    expect(e.code).toBe('PARTS_DIFFERENT_SOURCES');
    expect(e.message).toContain('p2.parquet from b.parquet');
  });

  it('refuses parts scored on the raw text (--reference) among parts scored as the app does', () => {
    const mixed = four();
    const note = 'Sentiment read the raw text, exactly as vaderSentiment 3.3.2 (--reference).';
    mixed[3] = part(3, 4, {
      context: { parts: ['sentiment', 'topics', 'engagement'], classifier: false, notes: [note] },
    });
    const e = refusal(mixed);
    expect(e.code).toBe('PARTS_DIFFERENT_SOURCES');
    expect(e.message).toContain(`p3.parquet scored sentiment, topics, engagement (${note})`);
    expect(e.message).toContain(
      'p0.parquet, p1.parquet, p2.parquet scored sentiment, topics, engagement;',
    );
  });

  it('refuses a CSV part among Parquet parts', () => {
    const mixed = four();
    mixed[1] = part(
      1,
      4,
      { output: { file: 'p1.csv', sha256: HASH('c'), bytes: 3, format: 'csv' } },
      'p1.csv',
    );
    const e = refusal(mixed);
    expect(e.code).toBe('PARTS_MIXED_FORMATS');
    expect(e.message).toBe(
      'The parts mix formats: p0.parquet, p2.parquet, p3.parquet are Parquet; p1.csv is CSV.',
    );
  });

  it('refuses the same shard twice and parts of two splits that overlap', () => {
    let e = refusal([...four(), part(1, 4, {}, 'copy-of-p1.parquet')]);
    expect(e.code).toBe('PARTS_OVERLAP');
    expect(e.message).toContain(
      'p1.parquet, copy-of-p1.parquet are the same part (shard 1/4, rows 2–4)',
    );
    e = refusal([part(0, 2, {}, 'half-0.parquet'), part(1, 4), part(2, 4), part(3, 4)]);
    expect(e.code).toBe('PARTS_OVERLAP');
    expect(e.message).toBe(
      'half-0.parquet (shard 0/2, rows 0–4) and p1.parquet (shard 1/4, rows 2–4) overlap: rows 2–4 would be counted twice.',
    );
  });

  it('refuses missing rows and a missing empty shard, saying which', () => {
    let e = refusal([part(0, 4), part(1, 4), part(3, 4)]);
    expect(e.code).toBe('PARTS_MISSING');
    expect(e.message).toBe('rows 5–6 of 10 are in no part given (shard 2/4 not given).');
    e = refusal([part(0, 4), part(1, 4), part(2, 4)]);
    expect(e.message).toBe('rows 7–9 of 10 are in no part given (shard 3/4 not given).');
    // 16 shards of 10 rows: shard 0/16 is empty, so the rows are all there but a shard did not report
    const many = Array.from({ length: 16 }, (_, i) => part(i, 16)).filter(
      (p) => p.manifest.shard.index !== 0,
    );
    e = refusal(many);
    expect(e.code).toBe('PARTS_MISSING');
    expect(e.message).toBe('Every row is covered but a shard is missing (shard 0/16 not given).');
    expect(combineParts([...many, part(0, 16)]).ok).toBe(true);
  });

  it('checks each manifest field by field', () => {
    const good = part(0, 1).manifest;
    expect(readManifest(good, 'm.json').ok).toBe(true);
    const cases: [unknown, string][] = [
      [[], 'it is not a JSON object'],
      [{ ...good, format: 'x' }, '"format"'],
      [{ ...good, version: 2 }, 'version 2'],
      [{ ...good, bundle: { file: 'b', sha256: 'short', bytes: 1 } }, '"bundle"'],
      [{ ...good, shard: { ...good.shard, index: 1 } }, '"shard"'],
      [{ ...good, rows: 3 }, '"rows"'],
      [{ ...good, tally: { ...good.tally, rows: 9 } }, '"tally"'],
    ];
    for (const [json, why] of cases) {
      const r = readManifest(json, 'm.json');
      expect(!r.ok && r.error.code).toBe('PART_INVALID');
      expect(!r.ok && r.error.message).toContain(why);
    }
  });
});
