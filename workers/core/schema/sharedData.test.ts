import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCsv } from '../csv/importCsv.ts';
import { memoryByteSource } from '../csv/memorySource.ts';
import { datetimeColumn, tagsColumn } from './columnAccess.ts';
import { inferSchema } from './inferSchema.ts';

const DATA = `${process.env.MURMUR_SHARED ?? fileURLToPath(new URL('../../../../shared', import.meta.url))}/data`;
const available =
  existsSync(`${DATA}/vaccination_tweets.csv`) && existsSync(`${DATA}/sentimentdataset.csv`);
if (!available)
  console.warn(`skipped: schema tests on the real files (no ${DATA}; set MURMUR_SHARED)`);
const pandas = available && spawnSync('/usr/bin/python3', ['-c', 'import pandas']).status === 0;
if (available && !pandas)
  console.warn('skipped: comparison of tags and hours with Python (python3 with pandas not found)');

async function load(name: string) {
  const r = await importCsv(
    memoryByteSource(new Uint8Array(readFileSync(`${DATA}/${name}`)), name),
  );
  if (!r.ok) throw new Error(r.error.message);
  return { table: r.value, schema: inferSchema(r.value) };
}

/** Run Python on a file of ../shared/data and parse the JSON it prints. */
function python(script: string, name: string): unknown {
  const out = spawnSync('/usr/bin/python3', ['-c', script, `${DATA}/${name}`], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (out.status !== 0) throw new Error(out.stderr);
  return JSON.parse(out.stdout);
}

describe.skipIf(!available)('schema of the real exports', () => {
  it('vaccination_tweets.csv: text, python-list hashtags, favorites = likes, retweets = shares, user_followers = followers, date = timestamp', async () => {
    const { schema } = await load('vaccination_tweets.csv');
    const by = Object.fromEntries(schema.map((c) => [c.name, c]));
    expect(by.text).toMatchObject({ role: 'text', type: 'text' });
    expect(by.hashtags).toMatchObject({
      role: 'hashtags',
      type: 'tags',
      format: { tags: 'python-list' },
    });
    expect(by.hashtags!.missing).toBeCloseTo(0.235, 3); // SOURCES.md: empty in 23.5 % of rows
    expect(by.favorites).toMatchObject({ role: 'likes', type: 'integer' });
    expect(by.retweets).toMatchObject({ role: 'shares', type: 'integer' });
    expect(by.user_followers).toMatchObject({ role: 'followers', type: 'integer' });
    expect(by.date).toMatchObject({
      role: 'timestamp',
      type: 'datetime',
      format: { datetime: 'iso' },
    });
    expect(by.source!.role).toBe('category');
    expect(by.id!.role).toBe('id');
    expect(by.user_description!.role).not.toBe('text');
  });

  it('sentimentdataset.csv: Text, Sentiment label, Hashtags, Likes, Retweets, Platform and Country categories, Timestamp', async () => {
    const { schema } = await load('sentimentdataset.csv');
    const role = Object.fromEntries(schema.map((c) => [c.name, c.role]));
    expect(role).toMatchObject({
      Text: 'text',
      Sentiment: 'label',
      Hashtags: 'hashtags',
      Likes: 'likes',
      Retweets: 'shares',
      Platform: 'category',
      Country: 'category',
      Timestamp: 'timestamp',
    });
    const by = Object.fromEntries(schema.map((c) => [c.name, c]));
    expect(by.Likes!.type).toBe('integer'); // written 30.0
    expect(by.Platform!.distinct).toBe(3);
    expect(by.Country!.distinct).toBe(33);
    expect(by.Sentiment!.distinct).toBe(191); // SOURCES.md: 191 stripped labels
  });

  it.skipIf(!pandas)('reads hashtags as Python ast.literal_eval does', async () => {
    const { table, schema } = await load('vaccination_tweets.csv');
    const expected = python(
      `import ast, json, sys, pandas as pd
d = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
print(json.dumps([ast.literal_eval(h) if h.strip() else [] for h in d['hashtags']]))`,
      'vaccination_tweets.csv',
    );
    expect(
      tagsColumn(
        table,
        schema.find((c) => c.name === 'hashtags')!,
      ),
    ).toEqual(expected);
  });

  it.skipIf(!pandas)("gives the hour and weekday of pandas' naive timestamps", async () => {
    for (const [name, col] of [
      ['sentimentdataset.csv', 'Timestamp'],
      ['vaccination_tweets.csv', 'date'],
    ] as const) {
      const { table, schema } = await load(name);
      const expected = python(
        `import json, sys, pandas as pd
d = pd.read_csv(sys.argv[1])
t = pd.to_datetime(d['${col}'].str.strip())
print(json.dumps([t.dt.hour.tolist(), t.dt.dayofweek.tolist(), (t.astype('int64') // 10**6).tolist()]))`,
        name,
      ) as number[][];
      const ms = datetimeColumn(
        table,
        schema.find((c) => c.name === col)!,
      );
      expect([...ms].map((t) => new Date(t).getUTCHours())).toEqual(expected[0]);
      expect([...ms].map((t) => (new Date(t).getUTCDay() + 6) % 7)).toEqual(expected[1]);
      expect([...ms]).toEqual(expected[2]);
    }
  });
});
