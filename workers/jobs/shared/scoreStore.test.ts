import { describe, expect, it } from 'vitest';
import { chunkRowsFor, ScoreStore } from './scoreStore.ts';

describe('ScoreStore', () => {
  it('keeps chunks, counts each row once and lists the chunks still to score', () => {
    const s = new ScoreStore('text', 10);
    expect(s.pending(4)).toEqual([
      [0, 4],
      [4, 8],
      [8, 10],
    ]);
    s.add(4, Float32Array.from([0, 1, 0, 0, 0.1, 0.9, 0, -0.2, 0, 0.5, 0.5, 0.3, 0, 1, 0, 0]));
    s.add(4, new Float32Array(4)); // a chunk scored twice counts once
    expect(s.scoredRows).toBe(4);
    expect(s.compound(7)).toBe(0);
    expect(s.compound(6)).toBeCloseTo(0.3, 6);
    expect(s.pending(4)).toEqual([
      [0, 4],
      [8, 10],
    ]);
    expect(() => s.add(8, new Float32Array(12))).toThrow(RangeError);
  });

  it('scores missing rows on the spot', () => {
    const s = new ScoreStore('text', 3);
    s.scoreMissing(['good', 'not good', ''], [0, 2]);
    expect(s.scoredRows).toBe(2);
    // "good" is +1.9: 1.9 / sqrt(1.9² + 15) = 0.4404
    expect(s.compound(0)).toBeCloseTo(0.4404, 6);
    expect(s.done[1]).toBe(0);
    expect(s.complete).toBe(false);
  });

  it('sizes chunks at about eight per worker, within 250 and 20,000 rows', () => {
    expect(chunkRowsFor(5000, 2)).toBe(313);
    expect(chunkRowsFor(1_000_000, 2)).toBe(20_000);
    expect(chunkRowsFor(100, 4)).toBe(250);
  });
});
