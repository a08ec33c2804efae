import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.ts';
import { csrFromDense, type CsrMatrix } from '../text/sparseMatrix.ts';
import { centresInTermSpace, fitLsa, LSA_FIT_ROWS, projectLsa } from './lsa.ts';

/** Rows that are copies of three orthogonal directions, 5, 3 and 2 times: singular values √5, √3, √2. */
function threeDirections(): CsrMatrix {
  const s = Math.SQRT1_2;
  const a = [s, s, 0, 0, 0, 0];
  const b = [0, 0, 1, 0, 0, 0];
  const c = [0, 0, 0, s, 0, s];
  return csrFromDense([a, b, a, c, a, b, a, c, a, b]);
}

function randomRows(rows: number, cols: number, perRow: number, seed: number): CsrMatrix {
  const rng = createRng(seed);
  return csrFromDense(
    Array.from({ length: rows }, () => {
      const row = new Array<number>(cols).fill(0);
      for (let j = 0; j < perRow; j++) row[rng.int(cols)] = 1 + rng.next();
      const norm = Math.hypot(...row);
      return row.map((v) => v / norm);
    }),
    cols,
  );
}

describe('LSA (truncated SVD)', () => {
  it('finds the leading directions: the two commonest kinds of row keep their own axis, the rarest has none', () => {
    const lsa = fitLsa(threeDirections(), 2)!;
    expect(lsa.dims).toBe(2);
    const z = projectLsa(threeDirections(), lsa);
    // rows of the first kind (5 copies) on one axis, of the second (3) on the other, signs positive
    const s = Math.SQRT1_2;
    for (const t of [0, 1]) expect(Math.abs(lsa.componentsT[t * 2]!)).toBeCloseTo(s, 9);
    expect(Math.abs(lsa.componentsT[2 * 2 + 1]!)).toBeCloseTo(1, 9);
    expect(Array.from(z.values.subarray(0, 2)).map((v) => Math.abs(v))).toEqual(
      [1, 0].map((v) => expect.closeTo(v, 9)),
    );
    expect(Array.from(z.values.subarray(2, 4)).map((v) => Math.abs(v))).toEqual(
      [0, 1].map((v) => expect.closeTo(v, 9)),
    );
    // the third kind is orthogonal to both kept directions: nothing left, an empty row
    expect(z.indptr[4]! - z.indptr[3]!).toBe(0);
    expect(z.rows).toBe(10);
  });

  it('rows come out unit length, the same for the same seed', () => {
    const x = randomRows(300, 80, 4, 3);
    const a = fitLsa(x, 10, 5)!;
    const b = fitLsa(x, 10, 5)!;
    expect(Array.from(a.componentsT)).toEqual(Array.from(b.componentsT));
    const z = projectLsa(x, a);
    for (let i = 0; i < z.rows; i++) {
      let sq = 0;
      for (let p = z.indptr[i]!; p < z.indptr[i + 1]!; p++) sq += z.values[p]! ** 2;
      expect(sq).toBeCloseTo(1, 12);
    }
    // orthonormal components
    for (let c = 0; c < 10; c++)
      for (let e = 0; e < 10; e++) {
        let dot = 0;
        for (let t = 0; t < 80; t++) dot += a.componentsT[t * 10 + c]! * a.componentsT[t * 10 + e]!;
        expect(dot).toBeCloseTo(c === e ? 1 : 0, 9);
      }
  });

  it('keeps the most of the rows that any 10 directions can (more than 10 fixed random ones)', () => {
    const x = randomRows(400, 60, 3, 9);
    const lsa = fitLsa(x, 10, 0)!;
    const captured = (componentsT: Float64Array) => {
      let total = 0;
      for (let i = 0; i < x.rows; i++)
        for (let c = 0; c < 10; c++) {
          let s = 0;
          for (let p = x.indptr[i]!; p < x.indptr[i + 1]!; p++)
            s += x.values[p]! * componentsT[x.indices[p]! * 10 + c]!;
          total += s * s;
        }
      return total;
    };
    // the first 10 columns (coordinate axes) as a rival subspace
    const axes = new Float64Array(60 * 10);
    for (let c = 0; c < 10; c++) axes[c * 10 + c] = 1;
    expect(captured(lsa.componentsT)).toBeGreaterThan(1.5 * captured(axes));
  });

  it('does nothing where nothing would be reduced', () => {
    expect(fitLsa(threeDirections(), 6)).toBeNull();
    expect(fitLsa(randomRows(5, 40, 3, 1), 5)).toBeNull();
    expect(fitLsa(threeDirections(), 0)).toBeNull();
  });

  it('centres over the vocabulary read a document as the LSA space does', () => {
    const x = randomRows(200, 50, 4, 11);
    const lsa = fitLsa(x, 8, 0)!;
    const z = projectLsa(x, lsa);
    const k = 3;
    const rng = createRng(2);
    const centres = Float64Array.from({ length: k * 8 }, () => rng.normal());
    const inTerms = centresInTermSpace(centres, k, lsa);
    for (let i = 0; i < 20; i++) {
      const lsaSims: number[] = [];
      const termSims: number[] = [];
      for (let c = 0; c < k; c++) {
        let a = 0;
        for (let p = z.indptr[i]!; p < z.indptr[i + 1]!; p++)
          a += z.values[p]! * centres[c * 8 + z.indices[p]!]!;
        let b = 0;
        for (let p = x.indptr[i]!; p < x.indptr[i + 1]!; p++)
          b += x.values[p]! * inTerms[c * 50 + x.indices[p]!]!;
        lsaSims.push(a);
        termSims.push(b);
      }
      // the same up to the row's length in the LSA space: the same nearest centre
      const ratio = termSims[0]! / lsaSims[0]!;
      for (let c = 1; c < k; c++) expect(termSims[c]!).toBeCloseTo(lsaSims[c]! * ratio, 9);
      expect(ratio).toBeGreaterThan(0);
    }
  });

  it('fits on a seeded sample above LSA_FIT_ROWS rows and still projects every row', () => {
    const x = randomRows(LSA_FIT_ROWS + 50, 30, 2, 4);
    const lsa = fitLsa(x, 5, 1)!;
    const z = projectLsa(x, lsa);
    expect(z.rows).toBe(LSA_FIT_ROWS + 50);
    expect(z.cols).toBe(5);
  });
});
