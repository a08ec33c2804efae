import { describe, expect, it } from 'vitest';
import type { DatasetMeta } from '../../api/dataset.ts';
import { tableFromRows } from '../../core/csv/index.ts';
import type { Result } from '../../core/errors/index.ts';
import { defaultPreprocessSpec } from '../../core/preprocess/fromSchema.ts';
import { inferSchema, type ColumnSchema } from '../../core/schema/index.ts';
import { chooseSentiment } from '../shared/chosenSentiment.ts';
import { requireDataset, setCurrent } from '../shared/session.ts';
import { streamAnalysisJobs as jobs } from './analysisJobs.ts';

function load(
  header: string[],
  rows: string[][],
  roles: Record<string, ColumnSchema['role']> = {},
): void {
  const table = tableFromRows(header, rows);
  const schema = inferSchema(table).map((c) =>
    roles[c.name] ? { ...c, role: roles[c.name]! } : c,
  );
  const meta = {
    id: 'ds-stream',
    name: 'stream-test',
    fileName: 's.csv',
    rows: table.rowCount,
    columns: header.length,
  } as DatasetMeta;
  setCurrent({
    meta,
    table,
    schema,
    mapping: Object.fromEntries(schema.map((c) => [c.name, c.role])),
    mappingRemembered: false,
    preprocessing: defaultPreprocessSpec(schema),
    cache: new Map(),
  });
}

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

const HEADER = ['text', 'hashtags', 'created_at', 'author_followers', 'lang'];
const ROWS = [
  ['third', '#c', '2025-01-01T00:02:00Z', '30', 'en'],
  ['first', '#a #b', '2025-01-01T00:00:00Z', '10', 'fr'],
  ['no time', '#x', 'not a date', '0', 'en'],
  ['second', '', '2025-01-01T00:01:00Z', '20', ''],
];
const ROLES = { text: 'text', hashtags: 'hashtags', created_at: 'timestamp' } as const;

describe('replay rows (analysis worker)', () => {
  it('plans the replay in time order, leaving out rows without a readable time', async () => {
    load(HEADER, ROWS, ROLES);
    expect(value(await jobs.streamReplayPlan({}))).toEqual({
      rows: 3,
      timed: true,
      startMs: Date.UTC(2025, 0, 1, 0, 0),
      endMs: Date.UTC(2025, 0, 1, 0, 2),
      withoutTime: 1,
      textColumn: 'text',
      hashtagColumn: 'hashtags',
      timeColumn: 'created_at',
      // 3 posts in 2 minutes: 22 per 15 minutes on average, too few; 1,350 per 15 hours
      suggestedUnit: 'hour',
      sentimentSource: 'vader',
    });
  });

  it('hands out rows in time order with their tags, times, languages and the asked columns', async () => {
    load(HEADER, ROWS, ROLES);
    const chunk = value(
      await jobs.streamReplayRows({ from: 1, limit: 5, fields: ['author_followers', 'missing'] }),
    );
    expect(chunk).toMatchObject({
      from: 1,
      count: 2,
      texts: ['second', 'third'],
      hashtags: [[], ['c']],
      langs: [null, 'en'],
      fields: { author_followers: ['20', '30'] },
    });
    expect(Array.from(chunk.times)).toEqual([
      Date.UTC(2025, 0, 1, 0, 1),
      Date.UTC(2025, 0, 1, 0, 2),
    ]);
    expect(value(await jobs.streamReplaySeek({ timeMs: Date.UTC(2025, 0, 1, 0, 0, 30) }))).toEqual({
      index: 1,
    });
    expect(value(await jobs.streamReplaySeek({ timeMs: Date.UTC(2026, 0, 1) }))).toEqual({
      index: 3,
    });
  });

  it("carries each row's class when the charts show the trained classifier, and none for VADER", async () => {
    load(HEADER, ROWS, ROLES);
    const d = value(await requireDataset());
    const rows = (from: number) => jobs.streamReplayRows({ from, limit: 5, fields: [] });
    expect(value(await rows(0)).sentiment).toBeUndefined();
    // per file row: third → positive, first → negative, no time → neutral, second → neutral
    chooseSentiment(d, {
      source: 'classifier',
      classes: Uint8Array.of(2, 0, 1, 1),
      textColumn: 'text',
    });
    expect(value(await jobs.streamReplayPlan({})).sentimentSource).toBe('classifier');
    expect(Array.from(value(await rows(0)).sentiment!)).toEqual([0, 1, 2]);
    expect(Array.from(value(await rows(2)).sentiment!)).toEqual([2]);
    // a classifier trained on another text column does not describe this one
    chooseSentiment(d, {
      source: 'classifier',
      classes: Uint8Array.of(2, 0, 1, 1),
      textColumn: 'x',
    });
    expect(value(await jobs.streamReplayPlan({})).sentimentSource).toBe('vader');
    expect(value(await rows(0)).sentiment).toBeUndefined();
  });

  it('plays a dataset without a timestamp column in file order, hashtags from the text', async () => {
    load(['body'], [['one #x'], ['two'], ['three #y #z']], { body: 'text' });
    const plan = value(await jobs.streamReplayPlan({}));
    expect(plan).toMatchObject({
      rows: 3,
      timed: false,
      withoutTime: 0,
      hashtagColumn: null,
      timeColumn: null,
    });
    const chunk = value(await jobs.streamReplayRows({ from: 0, limit: 10, fields: [] }));
    expect(chunk.texts).toEqual(['one #x', 'two', 'three #y #z']);
    expect(chunk.hashtags).toEqual([['x'], [], ['y', 'z']]);
    expect(Array.from(chunk.times).every(Number.isNaN)).toBe(true);
  });

  it('refuses chunk bounds out of range and a dataset without text', async () => {
    load(HEADER, ROWS, ROLES);
    const bad = await jobs.streamReplayRows({ from: -1, limit: 10, fields: [] });
    expect(bad.ok || bad.error.code).toBe('INVALID_OPTIONS');
    const huge = await jobs.streamReplayRows({ from: 0, limit: 20_000, fields: [] });
    expect(huge.ok || huge.error.code).toBe('INVALID_OPTIONS');
    load(['n'], [['1'], ['2']]);
    const none = await jobs.streamReplayPlan({});
    expect(none.ok || none.error.code).toBe('NO_TEXT_COLUMN');
  });
});
