import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCsv } from './importCsv.ts';
import { memoryByteSource } from './memorySource.ts';
import type { ParsedTable } from './types.ts';

const DATA = `${process.env.MURMUR_SHARED ?? fileURLToPath(new URL('../../../../shared', import.meta.url))}/data`;
const available =
  existsSync(`${DATA}/vaccination_tweets.csv`) && existsSync(`${DATA}/sentimentdataset.csv`);
if (!available)
  console.warn(`skipped: importer tests on the real files (no ${DATA}; set MURMUR_SHARED)`);
const pandas = available && spawnSync('/usr/bin/python3', ['-c', 'import pandas']).status === 0;
if (available && !pandas)
  console.warn('skipped: cell-by-cell comparison with pandas (python3 with pandas not found)');

async function load(name: string): Promise<ParsedTable> {
  const r = await importCsv(
    memoryByteSource(new Uint8Array(readFileSync(`${DATA}/${name}`)), name),
  );
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** Every cell as pandas reads it (as strings, nothing read as NaN), stripped as the reference loader does. */
function pandasCells(name: string): string[][] {
  const script = `import json, sys, pandas as pd
d = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
print(json.dumps([[v.strip() for v in d[c]] for c in d.columns]))`;
  const out = spawnSync('/usr/bin/python3', ['-c', script, `${DATA}/${name}`], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (out.status !== 0) throw new Error(out.stderr);
  return JSON.parse(out.stdout) as string[][];
}

describe.skipIf(!available)('real exports in ../shared/data', () => {
  it('reads vaccination_tweets.csv: 9,497 rows, 16 columns, multi-line text and emoji', async () => {
    const t = await load('vaccination_tweets.csv');
    expect(t.rowCount).toBe(9497);
    expect(t.header).toEqual([
      'id',
      'user_name',
      'user_location',
      'user_description',
      'user_created',
      'user_followers',
      'user_friends',
      'user_favourites',
      'user_verified',
      'date',
      'text',
      'hashtags',
      'source',
      'retweets',
      'favorites',
      'is_retweet',
    ]);
    expect(t.delimiter).toBe(',');
    expect(t.encoding).toBe('utf-8');
    expect(t.warnings).toEqual([]);
    expect(t.columns[0]![0]).toBe('1340539111971516416');
    expect(t.columns[11]![2]).toBe(
      "['coronavirus', 'SputnikV', 'AstraZeneca', 'PfizerBioNTech', 'Moderna', 'Covid_19']",
    );
  });

  it('reads sentimentdataset.csv: 732 rows, padded values trimmed, the unnamed index named', async () => {
    const t = await load('sentimentdataset.csv');
    expect(t.rowCount).toBe(732);
    expect(t.header).toEqual([
      'column_1',
      'Unnamed: 0',
      'Text',
      'Sentiment',
      'Timestamp',
      'User',
      'Platform',
      'Hashtags',
      'Retweets',
      'Likes',
      'Country',
      'Year',
      'Month',
      'Day',
      'Hour',
    ]);
    expect(t.warnings.map((w) => w.code)).toEqual(['EMPTY_HEADER']);
    expect([2, 3, 5, 6, 7, 10].map((c) => t.columns[c]![0])).toEqual([
      'Enjoying a beautiful day at the park!',
      'Positive',
      'User123',
      'Twitter',
      '#Nature #Park',
      'USA',
    ]);
  });

  it.skipIf(!pandas).each(['vaccination_tweets.csv', 'sentimentdataset.csv'])(
    'reads every cell of %s as pandas does',
    async (name) => {
      const t = await load(name);
      expect(t.columns).toEqual(pandasCells(name));
    },
  );
});
