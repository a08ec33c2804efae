import type { DenseLayer, FeatureRows, MlpModel } from './types.ts';

function activate(out: Float64Array, activation: DenseLayer['activation']): void {
  switch (activation) {
    case 'relu':
      for (let i = 0; i < out.length; i++) if (out[i]! < 0) out[i] = 0;
      return;
    case 'sigmoid':
      for (let i = 0; i < out.length; i++) out[i] = 1 / (1 + Math.exp(-out[i]!));
      return;
    case 'softmax': {
      let max = -Infinity;
      for (let i = 0; i < out.length; i++) max = Math.max(max, out[i]!);
      let sum = 0;
      for (let i = 0; i < out.length; i++) sum += out[i] = Math.exp(out[i]! - max);
      for (let i = 0; i < out.length; i++) out[i] = out[i]! / sum;
      return;
    }
    case 'linear':
      return;
  }
}

/** Forward pass of one row given as (index, value) pairs of its non-zero inputs. */
function forwardSparse(
  model: MlpModel,
  idx: ArrayLike<number>,
  val: ArrayLike<number>,
  start: number,
  end: number,
): Float64Array {
  const first = model.layers[0]!;
  let h = new Float64Array(first.units);
  h.set(first.bias);
  for (let p = start; p < end; p++) {
    const i = idx[p]!;
    const v = val[p]!;
    if (i >= first.inputs) continue;
    const base = i * first.units;
    for (let u = 0; u < first.units; u++) h[u] = h[u]! + v * first.kernel[base + u]!;
  }
  activate(h, first.activation);
  for (let l = 1; l < model.layers.length; l++) {
    const layer = model.layers[l]!;
    const next = new Float64Array(layer.units);
    next.set(layer.bias);
    for (let i = 0; i < layer.inputs; i++) {
      const v = h[i]!;
      if (v === 0) continue;
      const base = i * layer.units;
      for (let u = 0; u < layer.units; u++) next[u] = next[u]! + v * layer.kernel[base + u]!;
    }
    activate(next, layer.activation);
    h = next;
  }
  return h;
}

/**
 * Outputs for every row: regression → one value per row; classification → class probabilities
 * (rows × classes, row-major). Plain float64 arithmetic on the saved weights, so the browser, the
 * CLI and an imported copy of the model give bit-identical answers.
 */
export function predictMlp(model: MlpModel, x: FeatureRows): Float64Array {
  const outUnits = model.layers[model.layers.length - 1]!.units;
  const out = new Float64Array(x.rows * outUnits);
  if (x.kind === 'sparse') {
    for (let r = 0; r < x.rows; r++)
      out.set(
        forwardSparse(model, x.indices, x.values, x.indptr[r]!, x.indptr[r + 1]!),
        r * outUnits,
      );
  } else {
    const idx = Array.from({ length: x.cols }, (_, i) => i);
    for (let r = 0; r < x.rows; r++)
      out.set(
        forwardSparse(model, idx, x.data.subarray(r * x.cols, (r + 1) * x.cols), 0, x.cols),
        r * outUnits,
      );
  }
  return out;
}

/** The most probable class per row (classification). */
export function argmaxRows(probs: Float64Array, classes: number): Int32Array {
  const rows = probs.length / classes;
  const out = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    let best = 0;
    for (let c = 1; c < classes; c++)
      if (probs[r * classes + c]! > probs[r * classes + best]!) best = c;
    out[r] = best;
  }
  return out;
}
