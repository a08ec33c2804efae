import { describe, expect, it } from 'vitest';
import { tableFromRows } from '../csv/tableFromRows.ts';
import { inferSchema } from './inferSchema.ts';
import { requireTextColumn } from './textColumn.ts';

describe('requireTextColumn', () => {
  it('finds the post text column', () => {
    const rows = Array.from({ length: 30 }, (_, i) => [
      `Loving the new update number ${i}, it is great`,
      String(i),
    ]);
    const r = requireTextColumn(inferSchema(tableFromRows(['message', 'likes'], rows)), 'a.csv');
    expect(r.ok && r.value.name).toBe('message');
  });

  it('refuses a table of numbers, naming its columns', () => {
    const rows = Array.from({ length: 30 }, (_, i) => [String(i), String(i * 2), String(i * 3)]);
    const r = requireTextColumn(inferSchema(tableFromRows(['a', 'b', 'c'], rows)), 'numbers.csv');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('NO_TEXT_COLUMN');
      expect(r.error.message).toBe(
        'No column in "numbers.csv" looks like post text (columns: a, b, c).',
      );
    }
  });
});
