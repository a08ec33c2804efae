import { describe, expect, it } from 'vitest';
import { csrFromDense } from '../text/sparseMatrix.ts';
import { projectPca2d } from './projection.ts';

describe('projectPca2d', () => {
  it('recovers a rectangle lying in a plane: coordinates, signs and variance shares (hand-computed)', () => {
    // centred: x = ±1, y = ±0.5; scatter 4 along x and 1 along y, of 5
    const r = projectPca2d(
      csrFromDense([
        [0, 0, 5],
        [2, 0, 5],
        [0, 1, 5],
        [2, 1, 5],
      ]),
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(Array.from(r.value.x)).toEqual([-1, 1, -1, 1].map((v) => expect.closeTo(v, 12)));
    expect(Array.from(r.value.y)).toEqual([-0.5, -0.5, 0.5, 0.5].map((v) => expect.closeTo(v, 12)));
    expect(r.value.explainedVarianceRatio[0]).toBeCloseTo(0.8, 12);
    expect(r.value.explainedVarianceRatio[1]).toBeCloseTo(0.2, 12);
  });

  it('keeps pairwise distances of data that spans two dimensions among many', () => {
    const rows = Array.from({ length: 30 }, (_, i) => {
      const a = Math.cos(i) * 3;
      const b = Math.sin(i * 2);
      return [a + b, a - b, 0, 2 * b, 0, 1, a];
    });
    const r = projectPca2d(csrFromDense(rows));
    if (!r.ok) throw new Error(r.error.message);
    const d = (u: number[], v: number[]): number => Math.hypot(...u.map((x, t) => x - v[t]!));
    for (const [i, j] of [
      [0, 1],
      [3, 17],
      [8, 29],
    ] as const) {
      expect(Math.hypot(r.value.x[i]! - r.value.x[j]!, r.value.y[i]! - r.value.y[j]!)).toBeCloseTo(
        d(rows[i]!, rows[j]!),
        9,
      );
    }
    expect(r.value.explainedVarianceRatio[0] + r.value.explainedVarianceRatio[1]).toBeCloseTo(
      1,
      12,
    );
  });

  it('projects a seeded sample when there are more rows than maxPoints, and says so', () => {
    const rows = Array.from({ length: 50 }, (_, i) => [i % 2, (i * 7) % 5, 1]);
    const r = projectPca2d(csrFromDense(rows), { maxPoints: 20, seed: 3 });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value).toMatchObject({ sampled: true, sampleSize: 20, totalRows: 50 });
    expect(r.value.rows.length).toBe(20);
    expect(new Set(r.value.rows).size).toBe(20);
  });

  it('fails with TOO_FEW_DOCUMENTS below two rows, and puts identical rows at the origin', () => {
    const one = projectPca2d(csrFromDense([[1, 2]]));
    expect(one.ok ? 'ok' : one.error.code).toBe('TOO_FEW_DOCUMENTS');
    const same = projectPca2d(
      csrFromDense([
        [1, 2],
        [1, 2],
        [1, 2],
      ]),
    );
    if (!same.ok) throw new Error(same.error.message);
    expect(Array.from(same.value.x).every((v) => Math.abs(v) < 1e-12)).toBe(true);
    expect(same.value.explainedVarianceRatio).toEqual([0, 0]);
  });
});
