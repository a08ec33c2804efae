import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.ts';
import { applyBut, applyButByScan, applyButIndexed } from './butCheck.ts';

function run(apply: typeof applyBut, values: number[], bi: number): number[] {
  const v = Float64Array.from(values);
  apply(v, v.length, bi);
  return [...v];
}

describe('applyBut (3.3.2 _but_check)', () => {
  it('halves valences before the first "but" and multiplies those after it by 1.5', () => {
    expect(run(applyBut, [1, 0.4, 0, 0, 2], 2)).toEqual([0.5, 0.2, 0, 0, 3]);
  });

  it('reproduces the list.index quirk when a valence repeats', () => {
    // Python: [2,1,0,1] -> index(2)=0 halves to 1; index(1)=0 halves it again; index(1)=1 halves it.
    // The token after "but" is never scaled.
    expect(run(applyBut, [2, 1, 0, 1], 2)).toEqual([0.5, 0.5, 0, 1]);
    expect(run(applyBut, [-1.5, 0, 3, -3], 1)).toEqual([-0.75, 0, 4.5, -4.5]);
  });

  it('gives the same result by scan and by index on long inputs full of repeats', () => {
    const rng = createRng(7);
    const palette = [0, 0, 0, 1.9, -1.9, 0.95, 2.85, 3.8, 1.425, -0.95, 4.275];
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + rng.int(300);
      const values = Array.from({ length: n }, () => palette[rng.int(palette.length)]!);
      const bi = rng.int(n);
      values[bi] = 0;
      expect(run(applyButIndexed, values, bi)).toEqual(run(applyButByScan, values, bi));
    }
  });
});
