import { describe, expect, it } from 'vitest';
import { tableFromRows } from '../csv/tableFromRows.ts';
import { datetimeColumn, numericColumn, tagsColumn } from './columnAccess.ts';
import { inferSchema } from './inferSchema.ts';

describe('typed column access', () => {
  const table = tableFromRows(
    ['likes', 'rate', 'when', 'tags', 'verified'],
    [
      ['15.0', '1,5', '2023-01-15 12:30:00', '#a #b', 'True'],
      ['', '2', '', '', 'False'],
      ['3', 'NaN', '2023-01-16 08:45:00', '#c', ''],
    ],
    { delimiter: ';' },
  );
  const schema = inferSchema(table);
  const col = (name: string) => schema.find((c) => c.name === name)!;

  it('gives numbers in the column format, NaN where missing', () => {
    expect([...numericColumn(table, col('likes'))]).toEqual([15, NaN, 3]);
    expect([...numericColumn(table, col('rate'))]).toEqual([1.5, 2, NaN]);
    expect([...numericColumn(table, col('verified'))]).toEqual([1, 0, NaN]);
  });

  it('gives datetimes as epoch ms, naive times read as UTC', () => {
    const t = datetimeColumn(table, col('when'));
    expect([...t]).toEqual([Date.UTC(2023, 0, 15, 12, 30), NaN, Date.UTC(2023, 0, 16, 8, 45)]);
    expect(new Date(t[0]!).getUTCHours()).toBe(12);
    expect([...numericColumn(table, col('when'))]).toEqual([...t]);
  });

  it('gives tags without #', () => {
    expect(tagsColumn(table, col('tags'))).toEqual([['a', 'b'], [], ['c']]);
  });
});
