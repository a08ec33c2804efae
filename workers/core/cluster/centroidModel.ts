/**
 * Cluster centres as plain JSON, stored sparse (a centre weighs only the terms its documents
 * use), and the nearest-centre rule for scoring new documents (live scoring of typed hashtags).
 */
import { z } from 'zod';
import { fail, ok, type Result } from '../errors/index.ts';
import type { SparseVector } from '../text/sparseMatrix.ts';
import type { KMeansFit } from './kmeans.ts';

export interface CentroidModel {
  readonly kind: 'murmur.centroids';
  readonly version: 1;
  readonly k: number;
  /** Vocabulary size the centres are over. */
  readonly cols: number;
  /** Per cluster: term indices (increasing) with non-zero weight, and the weights. */
  readonly centroids: readonly {
    readonly indices: readonly number[];
    readonly values: readonly number[];
  }[];
  /** Documents per cluster at fitting time. */
  readonly sizes: readonly number[];
}

export interface NearestCluster {
  readonly cluster: number;
  /** Cosine similarity of the document to that centre, in [0, 1] for TF-IDF rows. */
  readonly similarity: number;
  /** Euclidean distance to that centre. */
  readonly distance: number;
}

/** The centres of a fit, sparse. */
export function centroidModel(fit: KMeansFit): CentroidModel {
  const centroids = Array.from({ length: fit.k }, (_, c) => {
    const indices: number[] = [];
    const values: number[] = [];
    for (let t = 0; t < fit.cols; t++) {
      const v = fit.centroids[c * fit.cols + t]!;
      if (v !== 0) {
        indices.push(t);
        values.push(v);
      }
    }
    return { indices, values };
  });
  return {
    kind: 'murmur.centroids',
    version: 1,
    k: fit.k,
    cols: fit.cols,
    centroids,
    sizes: Array.from(fit.sizes),
  };
}

const schema = z.object({
  kind: z.literal('murmur.centroids'),
  version: z.literal(1),
  k: z.number().int().positive(),
  cols: z.number().int().nonnegative(),
  centroids: z.array(
    z.object({ indices: z.array(z.number().int().nonnegative()), values: z.array(z.number()) }),
  ),
  sizes: z.array(z.number().int().nonnegative()),
});

/** Checks a parsed JSON value is a centroid model. Fails with BUNDLE_INVALID. */
export function parseCentroidModel(value: unknown): Result<CentroidModel> {
  const parsed = schema.safeParse(value);
  const bad = (why: string): Result<CentroidModel> =>
    fail(
      'BUNDLE_INVALID',
      `This is not a Murmur centroid model: ${why}.`,
      'Export the topic model again from Murmur.',
    );
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return bad(issue ? `${issue.path.join('.')}: ${issue.message}` : 'unreadable');
  }
  const m = parsed.data;
  if (m.centroids.length !== m.k || m.sizes.length !== m.k)
    return bad(`${m.k} clusters but ${m.centroids.length} centres and ${m.sizes.length} sizes`);
  for (const c of m.centroids) {
    if (c.indices.length !== c.values.length) return bad('a centre has more indices than weights');
    if (c.indices.some((t, p) => t >= m.cols || (p > 0 && t <= c.indices[p - 1]!)))
      return bad('a centre has term indices out of order or out of range');
  }
  return ok(m);
}

const normCache = new WeakMap<CentroidModel, Float64Array>();

function squaredNorms(model: CentroidModel): Float64Array {
  let norms = normCache.get(model);
  if (!norms) {
    norms = Float64Array.from(model.centroids, (c) => c.values.reduce((s, v) => s + v * v, 0));
    normCache.set(model, norms);
  }
  return norms;
}

/** Dot product of two sparse vectors with increasing indices. */
function sparseDot(a: SparseVector, b: SparseVector): number {
  let s = 0;
  for (let p = 0, q = 0; p < a.indices.length && q < b.indices.length;) {
    const d = a.indices[p]! - b.indices[q]!;
    if (d === 0) s += a.values[p++]! * b.values[q++]!;
    else if (d < 0) p++;
    else q++;
  }
  return s;
}

/**
 * The cluster a document belongs to, by the k-means rule (nearest centre in euclidean distance,
 * as sklearn `KMeans.predict`), with its cosine similarity to that centre. `vector` is a TF-IDF
 * row under the same vocabulary (indices increasing). Null when it has no term: a document with
 * no known hashtag belongs to no topic.
 */
export function nearestCluster(vector: SparseVector, model: CentroidModel): NearestCluster | null {
  let xsq = 0;
  for (let p = 0; p < vector.values.length; p++) xsq += vector.values[p]! * vector.values[p]!;
  if (xsq === 0) return null;
  const norms = squaredNorms(model);
  let best = -1;
  let bestD = Infinity;
  let bestDot = 0;
  model.centroids.forEach((c, j) => {
    const dot = sparseDot(vector, c);
    const d = norms[j]! - 2 * dot;
    if (d < bestD) {
      bestD = d;
      best = j;
      bestDot = dot;
    }
  });
  const cn = norms[best]!;
  return {
    cluster: best,
    similarity: cn > 0 ? bestDot / Math.sqrt(xsq * cn) : 0,
    distance: Math.sqrt(Math.max(xsq + bestD, 0)),
  };
}
