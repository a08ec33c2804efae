import { describe, expect, it } from 'vitest';
import { tableFromRows } from '../csv/tableFromRows.ts';
import { inferSchema } from '../schema/inferSchema.ts';
import { buildTarget } from './target.ts';

const header = ['text', 'favorites', 'retweets', 'note'];
const rows = [
  ['a post', '10', '1', 'x'],
  ['another', '0', '0', 'y'],
  ['third', '', '2', 'z'],
  ['fourth', '3', '0', 'w'],
];
const table = tableFromRows(header, rows);
const schema = inferSchema(table);

describe('building the target', () => {
  it('reads roles as their columns and drops rows without a value', () => {
    const r = buildTarget(table, schema, { expression: 'likes + 2 * shares' });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.expression).toBe('favorites + 2 * retweets');
    expect(r.value.columns).toEqual(['favorites', 'retweets']);
    expect(r.value.label).toBe('log1p(favorites + 2 * retweets)');
    expect(Array.from(r.value.raw)).toEqual([12, 0, NaN, 3]);
    expect(r.value.missing).toBe(1);
  });

  it('reads a column name with spaces as that column, quoted or not', () => {
    const t = tableFromRows(
      ['Retweet Count', 'text'],
      [
        ['1', 'a'],
        ['3', 'b'],
      ],
    );
    const s = inferSchema(t);
    for (const expression of ['Retweet Count', '"Retweet Count"']) {
      const r = buildTarget(t, s, { expression });
      expect(r.ok && [r.value.expression, Array.from(r.value.raw)]).toEqual([
        '"Retweet Count"',
        [1, 3],
      ]);
    }
  });

  it('refuses a text column with TARGET_NOT_NUMERIC', () => {
    const r = buildTarget(table, schema, { expression: 'text' });
    expect(r.ok ? null : r.error.code).toBe('TARGET_NOT_NUMERIC');
    if (!r.ok) expect(r.error.message).toContain('holds text');
  });

  it('refuses an unknown name, listing the numeric columns', () => {
    const r = buildTarget(table, schema, { expression: 'views' });
    expect(r.ok ? null : r.error.code).toBe('COLUMN_NOT_FOUND');
    if (!r.ok) expect(r.error.hint).toContain('favorites, retweets');
  });

  it('refuses an all-equal target with TARGET_CONSTANT', () => {
    const t = tableFromRows(['likes'], [['5'], ['5'], [''], ['5']]);
    const r = buildTarget(t, inferSchema(t), { expression: 'likes' });
    expect(r.ok ? null : r.error.code).toBe('TARGET_CONSTANT');
  });

  it('refuses an infinite value with NON_FINITE_VALUES naming the row', () => {
    const t = tableFromRows(['likes'], [['5'], ['1e999'], ['2']]);
    const r = buildTarget(t, inferSchema(t), { expression: 'likes', log1p: false });
    expect(r.ok ? null : r.error.code).toBe('NON_FINITE_VALUES');
    if (!r.ok) expect(r.error.message).toContain('row 2');
  });

  it('refuses log1p of negative values, and allows them on the raw scale', () => {
    const t = tableFromRows(
      ['likes', 'shares'],
      [
        ['1', '5'],
        ['4', '1'],
        ['2', '2'],
      ],
    );
    const s = inferSchema(t);
    const log = buildTarget(t, s, { expression: 'likes - shares' });
    expect(log.ok ? null : log.error.code).toBe('INVALID_OPTIONS');
    if (!log.ok) expect(log.error.message).toContain('negative in 1 rows');
    const raw = buildTarget(t, s, { expression: 'likes - shares', log1p: false });
    expect(raw.ok && Array.from(raw.value.raw)).toEqual([-4, 3, 0]);
  });
});
