import { describe, expect, it } from 'vitest';
import { missingMask, missingReport } from './missingValues.ts';

describe('missingMask', () => {
  it('reads NaN numbers, placeholder cells and empty tag lists as missing', () => {
    const tokens = new Set(['', 'null']);
    expect(Array.from(missingMask(Float64Array.from([1, NaN, 0]), tokens))).toEqual([0, 1, 0]);
    expect(Array.from(missingMask(['a', '', 'null', 'NA'], tokens))).toEqual([0, 1, 1, 0]);
    expect(Array.from(missingMask([['x'], []], tokens))).toEqual([0, 1]);
  });
});

describe('missingReport', () => {
  const input = {
    followers: Float64Array.from([NaN, NaN, NaN, 5, 6, 7]),
    country: ['FR', '', 'DE', '', 'N/A', 'ES'],
    text: ['a', 'b', 'c', 'd', 'e', 'f'],
  };
  const report = missingReport(input);

  it('counts missing values and their share per column', () => {
    expect(report.rows).toBe(6);
    expect(report.columns.map((c) => [c.name, c.count, c.share])).toEqual([
      ['followers', 3, 0.5],
      ['country', 3, 0.5],
      ['text', 0, 0],
    ]);
  });

  it('tells a single block from scattered gaps', () => {
    const [followers, country, text] = report.columns;
    expect(followers).toMatchObject({
      pattern: 'block',
      runs: 1,
      longestRun: 3,
      firstRow: 0,
      lastRow: 2,
    });
    expect(country).toMatchObject({
      pattern: 'scattered',
      runs: 2,
      longestRun: 2,
      firstRow: 1,
      lastRow: 4,
    });
    expect(text).toMatchObject({ pattern: 'none', firstRow: null, lastRow: null });
    expect(missingReport({ x: ['', ''] }).columns[0]!.pattern).toBe('all');
  });

  it('lists which columns go missing together, ties in column order', () => {
    // row 0: followers; row 1: both; row 2: followers; rows 3, 4: country; row 5: complete
    expect(report.completeRows).toBe(1);
    expect(report.combinations).toEqual([
      { columns: ['followers'], rows: 2, share: 2 / 6 },
      { columns: ['country'], rows: 2, share: 2 / 6 },
      { columns: ['followers', 'country'], rows: 1, share: 1 / 6 },
    ]);
  });

  it('uses the missing tokens it is given', () => {
    expect(missingReport({ c: ['-', 'x'] }, { missingTokens: ['-'] }).columns[0]!.count).toBe(1);
  });
});

describe('DEFAULT_MISSING_TOKENS', () => {
  it('reads the empty cell and pandas placeholders as missing, and real values as present', () => {
    // pandas 1.5 `read_csv` reads '', NA, N/A, null, NaN and #N/A as missing, but not None, none, '-' or 0.
    const r = missingReport({
      c: ['', 'NA', 'N/A', 'null', 'NaN', '#N/A', 'None', 'none', '-', '0', 'Namibia'],
    });
    expect(r.columns[0]!.count).toBe(6);
  });
});
