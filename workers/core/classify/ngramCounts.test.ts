import { describe, expect, it } from 'vitest';
import { ngramCounts, selectCountRows, type NgramSpec } from './ngramCounts.ts';

const SMALL: NgramSpec = { words: [1, 2], chars: [2, 3], wordBits: 16, charBits: 16 };

function row(m: ReturnType<typeof ngramCounts>, i: number) {
  const out: [number, number][] = [];
  for (let p = m.indptr[i]!; p < m.indptr[i + 1]!; p++) out.push([m.indices[p]!, m.counts[p]!]);
  return out;
}

describe('ngramCounts', () => {
  it("counts words as sklearn's token pattern and char_wb analyser make them", () => {
    // "a" is one letter: no word; "bb" and "cc" are words, plus the bigram "bb cc"
    const m = ngramCounts(['a bb cc'], { ...SMALL, chars: [2, 2] });
    const words = row(m, 0).filter(([b]) => b < m.wordDim);
    expect(words).toHaveLength(3);
    // char bigrams of " a ", " bb ", " cc ": " a","a " + " b","bb","b " + " c","cc","c " = 8
    expect(row(m, 0).filter(([b]) => b >= m.wordDim)).toHaveLength(8);
  });

  it('is case-blind and counts repeats', () => {
    const m = ngramCounts(['Delay delay DELAY', 'delay']);
    const repeated = row(m, 0).filter(([b]) => b < m.wordDim);
    // "delay" three times, "delay delay" twice
    expect(repeated.map(([, c]) => c).sort()).toEqual([2, 3]);
    const single = row(m, 1).filter(([b]) => b < m.wordDim);
    expect(single).toEqual([[repeated.find(([, c]) => c === 3)![0], 1]]);
  });

  it('gives an empty row to empty or missing text, and keeps rows in order', () => {
    const m = ngramCounts(['', 'ok then', undefined as unknown as string]);
    expect(m.rows).toBe(3);
    expect(row(m, 0)).toEqual([]);
    expect(row(m, 2)).toEqual([]);
    expect(row(m, 1).length).toBeGreaterThan(0);
  });

  it('reads scripts without spaces through character n-grams', () => {
    const m = ngramCounts(['今日はとても楽しい', '今日はとても悲しい']);
    const a = new Set(row(m, 0).map(([b]) => b));
    const shared = row(m, 1).filter(([b]) => a.has(b)).length;
    expect(shared).toBeGreaterThan(5);
    expect(shared).toBeLessThan(a.size);
  });

  it('selects rows in the order asked', () => {
    const m = ngramCounts(['one post', 'another one', 'third']);
    const s = selectCountRows(m, [2, 0]);
    expect(row(s, 0)).toEqual(row(m, 2));
    expect(row(s, 1)).toEqual(row(m, 0));
  });
});
