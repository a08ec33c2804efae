import { describe, expect, it } from 'vitest';
import { tableFromRows } from '../csv/tableFromRows.ts';
import { inferSchema } from '../schema/inferSchema.ts';
import { median, prepareEngagementData } from './engagementData.ts';
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

  it('computes the median as numpy does', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});
