import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.ts';
import { csrFromDense, type CsrMatrix } from '../text/sparseMatrix.ts';
import { fitTfidf } from '../text/tfidf.ts';
import { fitKMeans, prepareKMeans } from './kmeans.ts';
import { fitSphericalKMeans } from './sphericalKMeans.ts';

/**
 * Spherical k-means as written in the paper, every row compared with every centre each round,
 * stopping as ours does: labels stable, or total similarity up by less than a relative 1e-5.
 */
function exhaustive(x: CsrMatrix, init: Float64Array, k: number, maxIter = 100) {
  const cols = x.cols;
  let centres = Float64Array.from(init);
  const labels = new Int32Array(x.rows).fill(-1);
  let previous = -Infinity;
  let total = 0;
  for (let iter = 0; iter < maxIter; iter++) {
    let changed = 0;
    total = 0;
    for (let i = 0; i < x.rows; i++) {
      let arg = 0;
      let top = -Infinity;
      for (let c = 0; c < k; c++) {
        let s = 0;
        for (let p = x.indptr[i]!; p < x.indptr[i + 1]!; p++)
          s += x.values[p]! * centres[c * cols + x.indices[p]!]!;
        if (s > top) [arg, top] = [c, s];
      }
      if (labels[i] !== arg) changed++;
      labels[i] = arg;
      total += top;
    }
    if ((changed === 0 && iter > 0) || (iter > 0 && total - previous <= 1e-5 * total)) break;
    previous = total;
    const next = new Float64Array(k * cols);
    for (let i = 0; i < x.rows; i++)
      for (let p = x.indptr[i]!; p < x.indptr[i + 1]!; p++)
        next[labels[i]! * cols + x.indices[p]!]! += x.values[p]!;
    for (let c = 0; c < k; c++) {
      const norm = Math.hypot(...next.subarray(c * cols, (c + 1) * cols));
      for (let t = 0; t < cols; t++) next[c * cols + t]! /= norm;
    }
    centres = next;
  }
  return { labels, total };
}

/** Distinct unit rows: dense (as LSA rows) or with a few terms each (as TF-IDF rows). */
function unitRows(rows: number, cols: number, perRow: number | null, seed: number): CsrMatrix {
  const rng = createRng(seed);
  return csrFromDense(
    Array.from({ length: rows }, () => {
      const row = new Array<number>(cols).fill(0);
      if (perRow === null) for (let t = 0; t < cols; t++) row[t] = rng.normal();
      else for (let j = 0; j < perRow; j++) row[rng.int(cols)] = 1 + rng.next();
      const norm = Math.hypot(...row);
      return row.map((v) => v / norm);
    }),
    cols,
  );
}

function docs(): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < 30; i++) {
    out.push(['lost', 'bag', ...(i % 3 === 0 ? ['claim'] : [])]);
    out.push(['late', 'delay', ...(i % 2 === 0 ? ['gate'] : [])]);
    out.push(['rude', 'agent', ...(i % 4 === 0 ? ['phone'] : [])]);
  }
  // short posts with one shared word, the kind k-means sweeps into a catch-all
  for (let i = 0; i < 10; i++) out.push([['bag', 'delay', 'agent'][i % 3]!]);
  return out;
}

describe('spherical k-means', () => {
  it('recovers three word groups, short posts joining the group of their word', () => {
    const tf = fitTfidf(docs());
    if (!tf.ok) throw new Error(tf.error.message);
    const fit = fitSphericalKMeans(prepareKMeans(tf.value.matrix), 3, { seed: 0 });
    if (!fit.ok) throw new Error(fit.error.message);
    const f = fit.value;
    expect([...f.sizes].sort()).toEqual([33, 33, 34]);
    // posts 0, 1, 2 start the three groups; every third post shares its group
    for (let i = 0; i < 90; i++) expect(f.labels[i]).toBe(f.labels[i % 3]);
    expect(f.labels[90]).toBe(f.labels[0]);
    expect(f.labels[91]).toBe(f.labels[1]);
    expect(f.labels[92]).toBe(f.labels[2]);
    // centres are unit vectors
    for (let c = 0; c < 3; c++) {
      let sq = 0;
      for (let t = 0; t < f.cols; t++) sq += f.centroids[c * f.cols + t]! ** 2;
      expect(sq).toBeCloseTo(1, 12);
    }
  });

  it('gives the same clusters for the same seed and caps k at the distinct rows', () => {
    const tf = fitTfidf([['a'], ['a'], ['b']]);
    if (!tf.ok) throw new Error(tf.error.message);
    const data = prepareKMeans(tf.value.matrix);
    const a = fitSphericalKMeans(data, 5, { seed: 7 });
    const b = fitSphericalKMeans(data, 5, { seed: 7 });
    if (!a.ok || !b.ok) throw new Error('fit failed');
    expect(a.value.k).toBe(2);
    expect(Array.from(a.value.labels)).toEqual(Array.from(b.value.labels));
    expect(a.value.inertia).toBeCloseTo(0, 12);
  });

  it('refits from given centres in one run, and refuses centres of the wrong size', () => {
    const tf = fitTfidf(docs());
    if (!tf.ok) throw new Error(tf.error.message);
    const data = prepareKMeans(tf.value.matrix);
    for (const fit of [fitSphericalKMeans, fitKMeans]) {
      const first = fit(data, 3, { seed: 0 });
      if (!first.ok) throw new Error(first.error.message);
      const runs: number[] = [];
      const again = fit(data, 3, {
        init: first.value.centroids,
        onProgress: (p) => runs.push(p.total),
      });
      if (!again.ok) throw new Error(again.error.message);
      // one run, not the 10 seeded restarts, that starts where the first fit ended
      expect(runs).toEqual([1]);
      expect(Array.from(again.value.labels)).toEqual(Array.from(first.value.labels));
      expect(again.value.inertia).toBeCloseTo(first.value.inertia, 10);
      const wrong = fit(data, 3, { init: first.value.centroids.subarray(1) });
      expect(wrong.ok ? null : wrong.error.code).toBe('INVALID_OPTIONS');
      const nan = Float64Array.from(first.value.centroids, (v, i) => (i === 0 ? NaN : v));
      expect(((r) => (r.ok ? null : r.error.code))(fit(data, 3, { init: nan }))).toBe(
        'INVALID_OPTIONS',
      );
    }
  });

  it('skips comparisons by its bounds yet labels every row as comparing it with every centre would', () => {
    for (const [perRow, seed] of [
      [null, 1],
      [null, 2],
      [4, 3],
      [2, 4],
    ] as const) {
      const x = unitRows(600, 20, perRow, seed);
      const k = 7;
      // starting centres: k of the rows, far apart in the list
      const init = new Float64Array(k * x.cols);
      for (let c = 0; c < k; c++)
        for (let p = x.indptr[c * 80]!; p < x.indptr[c * 80 + 1]!; p++)
          init[c * x.cols + x.indices[p]!] = x.values[p]!;
      const ours = fitSphericalKMeans(prepareKMeans(x), k, { init });
      if (!ours.ok) throw new Error(ours.error.message);
      const reference = exhaustive(x, init, k);
      expect(Array.from(ours.value.labels)).toEqual(Array.from(reference.labels));
      expect(new Set(reference.labels).size).toBe(k);
    }
  });
});
