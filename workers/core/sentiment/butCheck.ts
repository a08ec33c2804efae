/**
 * The contrastive "but" rule, as vaderSentiment 3.3.2 `_but_check`: valences before the first "but"
 * are halved, those after it are multiplied by 1.5. 3.3.2 locates each value with
 * `sentiments.index(value)`, i.e. the FIRST position holding an equal value, so a repeated valence
 * can scale an earlier token twice and leave a later one untouched. That quirk is reproduced.
 */

/** Index of the first "but" among `count` lowercase tokens, or -1. */
export function firstBut(lowers: readonly string[], count: number): number {
  for (let i = 0; i < count; i++) if (lowers[i] === 'but') return i;
  return -1;
}

// Below this many tokens a linear scan for the first equal value is fastest.
const SCAN_LIMIT = 64;

/**
 * Apply the rule in place to `v[0..count)` with the first "but" at `bi`.
 * @param scaled when given, receives `[position, factor]` for each scaling (explanation API only).
 */
export function applyBut(
  v: Float64Array,
  count: number,
  bi: number,
  scaled?: (position: number, factor: number) => void,
): void {
  if (count <= SCAN_LIMIT) applyButByScan(v, count, bi, scaled);
  else applyButIndexed(v, count, bi, scaled);
}

/** The reference loop, literally: O(count^2) in the worst case. */
export function applyButByScan(
  v: Float64Array,
  count: number,
  bi: number,
  scaled?: (position: number, factor: number) => void,
): void {
  for (let k = 0; k < count; k++) {
    const value = v[k]!;
    let si = 0;
    while (v[si] !== value) si++;
    if (si === bi) continue;
    const factor = si < bi ? 0.5 : 1.5;
    v[si] = value * factor;
    scaled?.(si, factor);
  }
}

/**
 * The same result in O(count log count): for each value, a min-heap of the positions before k
 * that currently hold it. Zero stays zero when scaled, so zeros never move between heaps.
 */
export function applyButIndexed(
  v: Float64Array,
  count: number,
  bi: number,
  scaled?: (position: number, factor: number) => void,
): void {
  const heaps = new Map<number, number[]>();
  const heapOf = (value: number): number[] => {
    let h = heaps.get(value);
    if (!h) heaps.set(value, (h = []));
    return h;
  };
  for (let k = 0; k < count; k++) {
    const value = v[k]!;
    const h = heapOf(value);
    const si = h.length > 0 ? h[0]! : k;
    if (si !== bi) {
      const factor = si < bi ? 0.5 : 1.5;
      const next = value * factor;
      scaled?.(si, factor);
      if (next !== value) {
        v[si] = next;
        if (si !== k) {
          heapPop(h);
          heapPush(heapOf(next), si);
          heapPush(h, k);
        } else heapPush(heapOf(next), k);
        continue;
      }
    }
    heapPush(h, k);
  }
}

function heapPush(h: number[], x: number): void {
  let i = h.length;
  h.push(x);
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (h[p]! <= x) break;
    h[i] = h[p]!;
    i = p;
  }
  h[i] = x;
}

function heapPop(h: number[]): void {
  const last = h.pop()!;
  if (h.length === 0) return;
  let i = 0;
  const n = h.length;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= n) break;
    const r = l + 1;
    const c = r < n && h[r]! < h[l]! ? r : l;
    if (h[c]! >= last) break;
    h[i] = h[c]!;
    i = c;
  }
  h[i] = last;
}
