/**
 * How well a clustering agrees with labels people gave: normalised mutual information and the
 * adjusted Rand index, as scikit-learn 1.2 `normalized_mutual_info_score` (arithmetic mean of the
 * two entropies) and `adjusted_rand_score`. Labels are any strings or numbers; order is irrelevant.
 */

function contingency(
  a: readonly (string | number)[],
  b: readonly (string | number)[],
): { table: Map<string, number>; rowSums: number[]; colSums: number[]; n: number } {
  if (a.length !== b.length) throw new RangeError('label lists differ in length');
  const ra = new Map<string | number, number>();
  const rb = new Map<string | number, number>();
  const table = new Map<string, number>();
  const rowSums: number[] = [];
  const colSums: number[] = [];
  for (let i = 0; i < a.length; i++) {
    let x = ra.get(a[i]!);
    if (x === undefined) ra.set(a[i]!, (x = rowSums.push(0) - 1));
    let y = rb.get(b[i]!);
    if (y === undefined) rb.set(b[i]!, (y = colSums.push(0) - 1));
    rowSums[x]!++;
    colSums[y]!++;
    const key = `${x},${y}`;
    table.set(key, (table.get(key) ?? 0) + 1);
  }
  return { table, rowSums, colSums, n: a.length };
}

function entropy(sums: readonly number[], n: number): number {
  let h = 0;
  for (const s of sums) if (s > 0) h -= (s / n) * Math.log(s / n);
  return h;
}

/** Normalised mutual information in [0, 1]; 1 when both partitions are one cluster each, as sklearn. */
export function normalizedMutualInfo(
  truth: readonly (string | number)[],
  predicted: readonly (string | number)[],
): number {
  const { table, rowSums, colSums, n } = contingency(truth, predicted);
  if (n === 0) return 1;
  if (
    (rowSums.length === 1 && colSums.length === 1) ||
    (rowSums.length === 0 && colSums.length === 0)
  )
    return 1;
  let mi = 0;
  for (const [key, c] of table) {
    const comma = key.indexOf(',');
    const x = rowSums[Number(key.slice(0, comma))]!;
    const y = colSums[Number(key.slice(comma + 1))]!;
    mi += (c / n) * Math.log((c * n) / (x * y));
  }
  const mean = (entropy(rowSums, n) + entropy(colSums, n)) / 2;
  return mean <= 0 ? 0 : Math.max(0, Math.min(1, mi / mean));
}

const pairs = (m: number): number => (m * (m - 1)) / 2;

/** Adjusted Rand index: 1 for identical partitions, about 0 for chance, as sklearn. */
export function adjustedRandIndex(
  truth: readonly (string | number)[],
  predicted: readonly (string | number)[],
): number {
  const { table, rowSums, colSums, n } = contingency(truth, predicted);
  let sumComb = 0;
  for (const c of table.values()) sumComb += pairs(c);
  const sumA = rowSums.reduce((s, x) => s + pairs(x), 0);
  const sumB = colSums.reduce((s, x) => s + pairs(x), 0);
  const expected = (sumA * sumB) / pairs(n);
  const max = (sumA + sumB) / 2;
  // as sklearn: identical trivial partitions (all one cluster, or all singletons) score 1
  if (max === expected) return 1;
  return (sumComb - expected) / (max - expected);
}
