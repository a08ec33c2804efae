import { describe, expect, it } from 'vitest';
import { ParquetChunks, type ParquetColumnSpec, type ParquetValue } from './writeParquet.ts';

const COLUMNS: ParquetColumnSpec[] = [
  { name: 'id', kind: 'int64' },
  { name: 'text', kind: 'string' },
  { name: 'score', kind: 'double' },
];

/** 47 rows of every kind, with nulls. */
const VALUES: ParquetValue[][] = [
  Array.from({ length: 47 }, (_, i) => (i % 9 === 4 ? null : BigInt(i) * 1_000_003n)),
  Array.from({ length: 47 }, (_, i) => (i % 7 === 3 ? null : `post ${i % 5} ${'é'.repeat(i % 3)}`)),
  Array.from({ length: 47 }, (_, i) => (i % 11 === 5 ? null : i / 8 - 2)),
];

/** The file's bytes when VALUES are appended `step` rows at a time, 10 rows per row group. */
function written(step: number): Uint8Array {
  const parts: Uint8Array[] = [];
  const file = new ParquetChunks(COLUMNS, (b) => parts.push(b), 10);
  for (let from = 0; from < 47; from += step)
    file.append(VALUES.map((column) => column.slice(from, from + step)));
  file.finish();
  return Uint8Array.from(parts.flatMap((p) => [...p]));
}

describe('ParquetChunks', () => {
  it('writes the same bytes however the rows are handed over: by row groups, across them, or all at once', () => {
    const byGroup = written(10);
    for (const step of [1, 3, 7, 20, 25, 47]) expect(written(step)).toEqual(byGroup);
    expect(byGroup.length).toBeGreaterThan(100);
  });

  it('refuses columns of different lengths', () => {
    const file = new ParquetChunks(COLUMNS, () => {}, 10);
    expect(() => file.append([[1n], ['a', 'b'], [1]])).toThrow(/column text: 2 values, expected 1/);
  });
});
