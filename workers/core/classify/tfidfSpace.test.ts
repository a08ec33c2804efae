import { describe, expect, it } from 'vitest';
import { ngramCounts } from './ngramCounts.ts';
import { fitTfidfSpace, tfidfRows } from './tfidfSpace.ts';

const texts = [
  'the flight was late again',
  'great crew, lovely flight',
  'bag lost in Denver',
  'the flight was late again',
  'on time and friendly',
];

describe('tfidfRows', () => {
  it('gathers the rows of a space fitted on every post exactly as it computes them for any other space', () => {
    const counts = ngramCounts(texts);
    const everyRow = fitTfidfSpace(counts);
    // the same rows named one by one: a space that keeps no rows
    const named = fitTfidfSpace(counts, [0, 1, 2, 3, 4]);
    expect(Array.from(named.idf)).toEqual(Array.from(everyRow.idf));
    for (const rows of [[3, 1], [4], [0, 1, 2, 3, 4], []]) {
      const a = tfidfRows(everyRow, counts, rows);
      const b = tfidfRows(named, counts, rows);
      expect(a.rows).toBe(rows.length);
      expect(Array.from(a.indptr)).toEqual(Array.from(b.indptr));
      expect(Array.from(a.indices)).toEqual(Array.from(b.indices));
      expect(Array.from(a.values)).toEqual(Array.from(b.values));
    }
    // a repeated text gives the same row
    const r = tfidfRows(everyRow, counts, [0, 3]);
    const first = Array.from(r.values.subarray(r.indptr[0], r.indptr[1]));
    expect(Array.from(r.values.subarray(r.indptr[1], r.indptr[2]))).toEqual(first);
    expect(first.length).toBeGreaterThan(20);
  });
});
