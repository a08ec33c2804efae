import { describe, expect, it } from 'vitest';
import { tableFromRows } from '../csv/tableFromRows.ts';
import { inferSchema } from '../schema/inferSchema.ts';
import { median } from '../preprocess/statistics.ts';
import { prepareEngagementData } from './engagementData.ts';
import { generatePosts } from './posts.testutil.ts';

describe('preparing engagement data', () => {
  it('splits 80/20, fits the features on training posts only, and log1ps the target', () => {
    const { table, schema } = generatePosts(200);
    const r = prepareEngagementData(table, schema, { target: { expression: 'likes' }, seed: 3 });
    if (!r.ok) throw new Error(r.error.message);
    const d = r.value;
    expect([d.train.X.rows, d.test.X.rows]).toEqual([160, 40]);
    expect(d.features.fittedRows).toBe(160);
    expect(new Set([...d.train.rows, ...d.test.rows]).size).toBe(200);
    expect(d.train.y[0]).toBeCloseTo(Math.log1p(d.train.raw[0]!), 15);
    expect(d.target).toEqual({
      expression: 'likes',
      columns: ['likes'],
      log1p: true,
      label: 'log1p(likes)',
    });
    // the engagement columns are never features
    expect(d.features.names.some((n) => /likes|shares|comments/.test(n))).toBe(false);
  });

  it('learns from the rows kept (the language filter) alone: the others are on neither side', () => {
    const { table, schema } = generatePosts(200);
    const only = Uint8Array.from({ length: 200 }, (_, r) => (r % 3 === 0 ? 1 : 0));
    const r = prepareEngagementData(table, schema, { target: { expression: 'likes' }, only });
    if (!r.ok) throw new Error(r.error.message);
    const rows = [...r.value.train.rows, ...r.value.test.rows];
    expect(rows).toHaveLength(67);
    expect(rows.every((row) => row % 3 === 0)).toBe(true);
    expect(r.value.features.fittedRows).toBe(r.value.train.rows.length);
  });

  it('labels "above the training median" for classification', () => {
    const { table, schema } = generatePosts(101);
    const r = prepareEngagementData(table, schema, {
      target: { expression: 'likes' },
      task: 'classification',
    });
    if (!r.ok) throw new Error(r.error.message);
    const m = median(r.value.train.raw);
    expect(r.value.threshold).toBe(m);
    expect(Array.from(r.value.test.y)).toEqual(
      Array.from(r.value.test.raw, (v) => (v > m ? 1 : 0)),
    );
    expect(r.value.target.label).toBe(`likes > ${m}`);
  });

  it('leaves out posts without a target and says how many', () => {
    const t = tableFromRows(
      ['text', 'likes'],
      Array.from({ length: 30 }, (_, i) => [
        `post ${i} ${i % 3 ? 'good' : 'bad'}`,
        i % 5 === 0 ? '' : String(i),
      ]),
    );
    const r = prepareEngagementData(t, inferSchema(t), { target: { expression: 'likes' } });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.train.X.rows + r.value.test.X.rows).toBe(24);
    expect(r.value.notes[0]).toContain('6 posts have no value for likes');
  });

  it('refuses fewer posts than folds with TOO_FEW_ROWS', () => {
    const t = tableFromRows(
      ['text', 'likes'],
      [
        ['a', '1'],
        ['b', '2'],
        ['c', '3'],
        ['d', '4'],
      ],
    );
    const r = prepareEngagementData(t, inferSchema(t), {
      target: { expression: 'likes' },
      folds: 5,
    });
    expect(r.ok ? null : r.error.code).toBe('TOO_FEW_ROWS');
  });

  it('refuses a classification target no post exceeds the median of', () => {
    // 15 of 20 posts share the top value: whatever the split, the training median is that value
    const t = tableFromRows(
      ['text', 'likes'],
      Array.from({ length: 20 }, (_, i) => [`t${i}`, i < 15 ? '5' : '0']),
    );
    const r = prepareEngagementData(t, inferSchema(t), {
      target: { expression: 'likes' },
      task: 'classification',
    });
    expect(r.ok ? null : r.error.code).toBe('TARGET_CONSTANT');
  });
});

describe('splits that keep copies on one side', () => {
  /** 40 distinct posts, each written 1 to 5 times (copies may differ in case and spaces), over 40 days. */
  function copies(): ReturnType<typeof tableFromRows> {
    const rows: string[][] = [];
    for (let p = 0; p < 40; p++)
      for (let c = 0; c <= p % 5; c++)
        rows.push([
          c % 2 === 1 ? `POST  NUMBER ${p} about coffee` : `Post number ${p} about coffee`,
          String(10 + ((p * 37) % 23)),
          `2024-03-${String(1 + (p % 28)).padStart(2, '0')}T${String(p % 24).padStart(2, '0')}:00:00Z`,
        ]);
    return tableFromRows(['text', 'likes', 'posted'], rows);
  }
  const textsOf = (t: ReturnType<typeof tableFromRows>, rows: Uint32Array) =>
    new Set(Array.from(rows, (r) => t.columns[0]![r]!.toLowerCase().replace(/\s+/g, ' ')));

  it('holds out whole texts by default: no test post has a copy in training', () => {
    const t = copies();
    const r = prepareEngagementData(t, inferSchema(t), { target: { expression: 'likes' } });
    if (!r.ok) throw new Error(r.error.message);
    const { split, train, test } = r.value;
    expect(split).toMatchObject({ kind: 'grouped', overlap: 0, groupColumn: 'text', groups: 40 });
    const trainTexts = textsOf(t, train.rows);
    expect([...textsOf(t, test.rows)].some((x) => trainTexts.has(x))).toBe(false);
    // ceil(0.2 × 40) texts held out, and one group label per training post for the folds
    expect(textsOf(t, test.rows).size).toBe(8);
    expect(split.trainGroups?.length).toBe(train.rows.length);
  });

  it('says how many test posts have a copy in training after a random split', () => {
    const t = copies();
    const r = prepareEngagementData(t, inferSchema(t), {
      target: { expression: 'likes' },
      split: 'random',
    });
    if (!r.ok) throw new Error(r.error.message);
    const trainTexts = textsOf(t, r.value.train.rows);
    const leaked = Array.from(r.value.test.rows).filter((row) =>
      trainTexts.has(t.columns[0]![row]!.toLowerCase().replace(/\s+/g, ' ')),
    ).length;
    expect(r.value.split.kind).toBe('random');
    expect(r.value.split.overlap).toBe(leaked);
    expect(leaked).toBeGreaterThan(0);
    expect(r.value.split.trainGroups).toBeNull();
  });

  it('trains on the past and tests on the future with a time split', () => {
    const t = copies();
    const r = prepareEngagementData(t, inferSchema(t), {
      target: { expression: 'likes' },
      split: 'time',
    });
    if (!r.ok) throw new Error(r.error.message);
    const time = (row: number) => Date.parse(t.columns[2]![row]!);
    const lastTrain = Math.max(...Array.from(r.value.train.rows, time));
    const firstTest = Math.min(...Array.from(r.value.test.rows, time));
    expect(firstTest).toBeGreaterThanOrEqual(lastTrain);
    expect(r.value.split).toMatchObject({ kind: 'time', overlap: 0, testFrom: firstTest });
  });

  it('refuses a grouped split when every text is identical, and a time split without a time', () => {
    const same = tableFromRows(
      ['text', 'likes'],
      Array.from({ length: 30 }, (_, i) => ['The same caption', String(i)]),
    );
    const grouped = prepareEngagementData(same, inferSchema(same), {
      target: { expression: 'likes' },
    });
    expect(grouped.ok ? null : grouped.error.code).toBe('TOO_FEW_GROUPS');
    const random = prepareEngagementData(same, inferSchema(same), {
      target: { expression: 'likes' },
      split: 'random',
    });
    expect(random.ok && random.value.split.overlap).toBe(6);
    const timed = prepareEngagementData(same, inferSchema(same), {
      target: { expression: 'likes' },
      split: 'time',
    });
    expect(timed.ok ? null : timed.error.code).toBe('INVALID_OPTIONS');
  });
});
