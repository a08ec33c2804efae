/**
 * Numeric preprocessing against scikit-learn itself: the same column through SimpleImputer,
 * log1p and each scaler in Python (Debian's python3-sklearn), compared value by value.
 * Skipped, with a notice, where scikit-learn is not importable.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.ts';
import { applyPreprocess, fitPreprocess } from './preprocess.ts';
import type { NumericMissingStrategy, ScaleMethod } from './types.ts';

const PYTHON = process.env.MURMUR_PYTHON ?? '/usr/bin/python3';
const probe = spawnSync(PYTHON, ['-c', 'import sklearn'], { encoding: 'utf8' });
const available = probe.status === 0;
if (!available)
  console.warn(`sklearnParity.test.ts: skipped, scikit-learn is not importable with ${PYTHON}`);

const SCRIPT = `
import json, sys
import numpy as np
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler, MinMaxScaler, RobustScaler
req = json.load(sys.stdin)
x = np.array([np.nan if v is None else v for v in req["x"]], dtype=float).reshape(-1, 1)
out = {}
for strategy in ["median", "mean", "most_frequent"]:
    filled = SimpleImputer(strategy=strategy).fit_transform(x)
    for log1p in [False, True]:
        f = np.log1p(filled) if log1p else filled
        for name, scaler in [("none", None), ("zscore", StandardScaler()), ("minmax", MinMaxScaler()), ("robust", RobustScaler())]:
            y = f if scaler is None else scaler.fit_transform(f)
            out[f"{strategy}/{log1p}/{name}"] = y.ravel().tolist()
json.dump(out, sys.stdout)
`;

/** Heavy-tailed values with 10 % missing, like followers; rounded, they are counts with many ties. */
function column(n: number, rounded: boolean): number[] {
  const rng = createRng(7);
  return Array.from({ length: n }, () => {
    const v = Math.exp(2 + 1.5 * rng.normal());
    return rng.next() < 0.1 ? NaN : rounded ? Math.round(v) : v;
  });
}

describe.skipIf(!available)('numeric preprocessing against scikit-learn 1.2', () => {
  it.each([
    ['continuous values', false],
    ['counts with ties', true],
  ])('matches SimpleImputer, log1p and the three scalers to 1e-12 on %s', (_, rounded) => {
    const x = column(500, rounded);
    const py = spawnSync(PYTHON, ['-c', SCRIPT], {
      input: JSON.stringify({ x: x.map((v) => (Number.isNaN(v) ? null : v)) }),
      encoding: 'utf8',
    });
    expect(py.status, py.stderr).toBe(0);
    const reference = JSON.parse(py.stdout) as Record<string, number[]>;
    const strategies: [NumericMissingStrategy, string][] = [
      ['median', 'median'],
      ['mean', 'mean'],
      ['mode', 'most_frequent'],
    ];
    let compared = 0;
    for (const [ours, theirs] of strategies) {
      for (const log1p of [false, true]) {
        for (const scale of ['none', 'zscore', 'minmax', 'robust'] as ScaleMethod[]) {
          const params = fitPreprocess(
            { x },
            { columns: [{ name: 'x', kind: 'numeric', missing: ours, log1p, scale }] },
          );
          if (!params.ok) throw new Error(params.error.message);
          const out = applyPreprocess(params.value, { x });
          if (!out.ok) throw new Error(out.error.message);
          const want = reference[`${theirs}/${log1p ? 'True' : 'False'}/${scale}`]!;
          const got = Array.from(out.value.matrix.data);
          const worst = Math.max(
            ...got.map((g, i) => Math.abs(g - want[i]!) / Math.max(1, Math.abs(want[i]!))),
          );
          expect(worst, `${ours} log1p=${log1p} ${scale}`).toBeLessThan(1e-12);
          compared++;
        }
      }
    }
    expect(compared).toBe(24);
  });
});
