import type { Label } from '../metrics/labels.ts';

/** What to fit: numbers (squared-error regression) or labels (gini classification). */
export type ForestTarget =
  | { readonly kind: 'regression'; readonly y: ArrayLike<number> }
  | { readonly kind: 'classification'; readonly labels: readonly Label[] };

/** Rows of a target. */
export function targetLength(target: ForestTarget): number {
  return target.kind === 'regression' ? target.y.length : target.labels.length;
}

/** The target values of rows `index`, in that order. */
export function selectTarget(target: ForestTarget, index: ArrayLike<number>): ForestTarget {
  if (target.kind === 'regression') {
    const y = target.y;
    return {
      kind: 'regression',
      y: Float64Array.from({ length: index.length }, (_, i) => y[index[i]!]!),
    };
  }
  const labels = target.labels;
  return {
    kind: 'classification',
    labels: Array.from({ length: index.length }, (_, i) => labels[index[i]!]!),
  };
}
