import { describe, expect, it } from 'vitest';
import { tableFromRows } from '../csv/tableFromRows.ts';
import { inferSchema } from '../schema/inferSchema.ts';
import { missingReport } from './missingReport.ts';
import { summarizeTable } from './summarizeTable.ts';

describe('summarizeTable', () => {
  const table = tableFromRows(
    ['id', 'text', 'hashtags', 'date', 'likes', 'retweets', 'platform'],
    [
      [
        '1',
        'first post here, a long enough text',
        '#a #b',
        '2021-03-01 10:00',
        '10',
        '5',
        'Twitter',
      ],
      ['2', 'second post, also long enough text', '#a', '2021-03-02 11:00', '', '1', 'Twitter'],
      ['3', 'first post here, a long enough text', '', '2021-03-02 12:00', '4', '2', 'Facebook'],
      ['4', 'fourth and last post with words', '#c #a', '', '2', '1', ''],
    ],
  );
  const schema = inferSchema(table);
  const summary = summarizeTable(table, schema);
  const col = (name: string) => summary.columns.find((c) => c.name === name)!;

  it('summarises numbers, skipping missing cells', () => {
    expect(col('likes')).toMatchObject({
      missing: 1,
      missingShare: 0.25,
      numeric: { count: 3, min: 2, max: 10, median: 4, mean: 16 / 3 },
    });
  });

  it('lists top tags, top values and text lengths', () => {
    expect(col('hashtags').tags).toMatchObject({
      rowsWithTags: 3,
      meanPerRow: 1.25,
      distinctTags: 3,
      top: {
        values: [
          { value: 'a', count: 3 },
          { value: 'b', count: 1 },
          { value: 'c', count: 1 },
        ],
      },
    });
    expect(col('platform').top!.values).toEqual([
      { value: 'Twitter', count: 2 },
      { value: 'Facebook', count: 1 },
    ]);
    expect(col('text').top!.values[0]).toEqual({
      value: 'first post here, a long enough text',
      count: 2,
    });
    expect(col('text').text!.maxLength).toBe(35);
    expect(col('text').text!.meanWords).toBe(6.5); // 7 + 6 + 7 + 6 words
  });

  it('gives the time range and an hourly histogram over its 27 hours', () => {
    const datetime = col('date').datetime!;
    expect(datetime).toMatchObject({
      count: 3,
      min: Date.UTC(2021, 2, 1, 10),
      max: Date.UTC(2021, 2, 2, 12),
    });
    expect(datetime.histogram.unit).toBe('hour');
    expect(datetime.histogram.counts).toEqual([1, ...Array(24).fill(0), 1, 1]);
  });

  it('correlates the numeric columns but not ids, over pairwise-complete rows', () => {
    expect(summary.correlation.columns).toEqual(['likes', 'retweets']);
    expect(summary.correlation.n[0]![1]).toBe(3);
    // likes (10, 4, 2) against retweets (5, 2, 1): means 16/3 and 8/3.
    const [dx, dy] = [
      [14 / 3, -4 / 3, -10 / 3],
      [7 / 3, -2 / 3, -5 / 3],
    ];
    const r =
      dx.reduce((s, x, i) => s + x * dy[i]!, 0) /
      Math.sqrt(dx.reduce((s, x) => s + x * x, 0) * dy.reduce((s, y) => s + y * y, 0));
    expect(summary.correlation.r[0]![1]).toBeCloseTo(r, 12);
  });

  it('reports missing values by column, most first, and complete rows', () => {
    expect(missingReport(table)).toEqual({
      rows: 4,
      completeRows: 1,
      columns: [
        { name: 'hashtags', missing: 1, share: 0.25 },
        { name: 'date', missing: 1, share: 0.25 },
        { name: 'likes', missing: 1, share: 0.25 },
        { name: 'platform', missing: 1, share: 0.25 },
        { name: 'id', missing: 0, share: 0 },
        { name: 'text', missing: 0, share: 0 },
        { name: 'retweets', missing: 0, share: 0 },
      ],
    });
  });
});

describe('summarizeTable: values that do not read', () => {
  // A Facebook Insights export: its second header row describes each column.
  const rows = [
    ['Lifetime: date posted', 'Lifetime: shares', 'Lifetime: reactions'],
    ...Array.from({ length: 399 }, (_, i) => [
      `2021-03-${String(1 + (i % 28)).padStart(2, '0')} 10:00`,
      String(i % 7),
      i === 50 ? '2.1K' : i === 90 ? '12,5k' : String(i),
    ]),
  ];
  rows[120]![1] = 'n.a.';
  rows[130]![1] = 'n.a.';
  rows[121]![1] = '';
  const table = tableFromRows(['date', 'shares', 'reactions'], rows);
  const schema = inferSchema(table);
  const col = (name: string) => summarizeTable(table, schema).columns.find((c) => c.name === name)!;

  it('counts number and date cells that are there but unreadable, with examples', () => {
    expect(schema.map((c) => c.type)).toEqual(['datetime', 'integer', 'integer']);
    // `n.a.` stands for no number: a placeholder, not a cell read wrongly
    expect(col('shares')).toMatchObject({
      missing: 1,
      unreadable: { count: 1, examples: ['Lifetime: shares'], more: false, firstRow: 0 },
      placeholders: { count: 2, examples: ['n.a.'], more: false },
      numeric: { count: 396 },
    });
    expect(col('date').unreadable).toEqual({
      count: 1,
      examples: ['Lifetime: date posted'],
      more: false,
      firstRow: 0,
    });
    expect(col('reactions').unreadable).toEqual({
      count: 1,
      examples: ['Lifetime: reactions'],
      more: false,
      firstRow: 0,
    });
  });

  it('reads shortened counts as whole numbers and says how many there were', () => {
    expect(schema[2]!.format).toEqual({ abbreviated: true });
    expect(col('reactions').abbreviated).toEqual({ count: 2, example: '2.1K' });
    expect(col('reactions').numeric?.max).toBe(12500);
    expect(col('shares').abbreviated).toBeUndefined();
  });
});

describe('summarizeTable: examples of cells that do not read', () => {
  const summary = (odd: readonly string[]) => {
    const cells = [...odd, ...Array.from({ length: 500 }, (_, i) => String(i))];
    const table = tableFromRows(
      ['likes'],
      cells.map((c) => [c]),
    );
    return summarizeTable(table, inferSchema(table)).columns[0]!;
  };

  it('shows three different ones and says when there are others', () => {
    expect(summary(['x', 'x', 'y']).unreadable).toMatchObject({
      count: 3,
      examples: ['x', 'y'],
      more: false,
    });
    expect(summary(['a', 'b', 'c', 'a', 'd']).unreadable).toMatchObject({
      count: 5,
      examples: ['a', 'b', 'c'],
      more: true,
    });
    expect(summary(['-', 'None', '-']).placeholders).toEqual({
      count: 3,
      examples: ['-', 'None'],
      more: false,
    });
  });
});
