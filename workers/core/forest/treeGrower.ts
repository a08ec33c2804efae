import type { Rng } from '../random/rng.ts';
import { splitThreshold, type BinnedFeatures } from './binning.ts';

/** A node whose impurity is at most this is a leaf, as sklearn `EPSILON` (float64 machine epsilon). */
const EPSILON = 2.220446049250313e-16;

/** What trees learn: a numeric value per row (regression) or a class index per row (classification, gini). */
export type GrowTarget =
  | { readonly kind: 'regression'; readonly y: Float64Array }
  | { readonly kind: 'classification'; readonly classIndex: Int32Array; readonly nClasses: number };

/** Stopping rules of one tree, as sklearn `DepthFirstTreeBuilder`. */
export interface GrowLimits {
  /** Root depth is 0; Infinity for unlimited. */
  readonly maxDepth: number;
  readonly minSamplesSplit: number;
  readonly minSamplesLeaf: number;
  /** Features drawn per split (≥ 1). */
  readonly featuresPerSplit: number;
}

/**
 * One grown tree. Internal (split) nodes and leaves are numbered separately, each in depth-first
 * preorder. A child reference c ≥ 0 is internal node c; c < 0 is leaf ~c (bitwise not).
 * Views into the grower's scratch: copy them before growing the next tree.
 */
export interface GrownTree {
  readonly internalCount: number;
  readonly leafCount: number;
  /** Reference to the root: an internal node, or ~0 when the tree is a single leaf. */
  readonly root: number;
  /** Split feature of each internal node. */
  readonly feature: Int32Array;
  /** Split threshold of each internal node (x ≤ threshold goes left). */
  readonly threshold: Float64Array;
  /** Child references of each internal node. */
  readonly left: Int32Array;
  readonly right: Int32Array;
  /** nOutputs values per leaf: the weighted mean (regression) or class shares (classification). */
  readonly leafValue: Float64Array;
}

/**
 * Grows CART trees on binned features with the algorithm of sklearn's `BestSplitter` +
 * `DepthFirstTreeBuilder`: per node, features are drawn without replacement until
 * `featuresPerSplit` have been looked at and at least one was not constant; the split maximising
 * sklearn's proxy improvement Σ_left²/w_left + Σ_right²/w_right wins (squared error, and gini with one
 * channel per class). Split candidates lie between occupied bins instead of between sorted values.
 * Scratch is allocated once and reused across trees.
 */
export class TreeGrower {
  private readonly n: number;
  private readonly k: number;
  /** In-bag rows, grouped by node; w, wy, wyy and cls are kept aligned with it (position i, not row) so scans read them in order. */
  private readonly samples: Uint32Array;
  private readonly w: Float64Array;
  private readonly wy: Float64Array;
  private readonly wyy: Float64Array;
  private readonly cls: Int32Array;
  private readonly features: Int32Array;
  private readonly hW: Float64Array;
  private readonly hS: Float64Array;
  private readonly hN: Int32Array;
  /** Bins first hit while filling the histogram, and the occupied bins in order. */
  private readonly touched: Int32Array;
  private readonly bins: Int32Array;
  /** Two interleaved histogram copies for large nodes: 8 slots per bin. */
  private readonly twoCopies: Float64Array;
  private readonly total: Float64Array;
  private readonly cum: Float64Array;
  private readonly stack: Int32Array;
  private readonly feature: Int32Array;
  private readonly threshold: Float64Array;
  private readonly left: Int32Array;
  private readonly right: Int32Array;
  private readonly leafValue: Float64Array;
  // best split of the current node
  private bestProxy = -Infinity;
  private bestFeature = -1;
  private bestBin = -1;
  private bestRightBin = -1;
  private nodeWeight = 0;
  private nodeImpurity = 0;

  constructor(
    private readonly binned: BinnedFeatures,
    private readonly target: GrowTarget,
    private readonly limits: GrowLimits,
  ) {
    const n = binned.rows;
    this.n = n;
    this.k = target.kind === 'regression' ? 1 : target.nClasses;
    this.samples = new Uint32Array(n);
    this.w = new Float64Array(n);
    this.wy = new Float64Array(n);
    this.wyy = new Float64Array(n);
    this.cls = new Int32Array(n);
    this.features = new Int32Array(binned.cols);
    const maxBins = Math.max(...binned.binCount);
    this.hW = new Float64Array(maxBins);
    this.hS = new Float64Array(maxBins * this.k);
    this.hN = new Int32Array(maxBins);
    this.touched = new Int32Array(maxBins);
    this.bins = new Int32Array(maxBins);
    this.twoCopies = new Float64Array(maxBins * 8);
    this.total = new Float64Array(this.k);
    this.cum = new Float64Array(this.k);
    this.stack = new Int32Array(5 * (n + 2));
    // a tree on m distinct rows has at most m leaves and m − 1 internal nodes
    this.feature = new Int32Array(n);
    this.threshold = new Float64Array(n);
    this.left = new Int32Array(n);
    this.right = new Int32Array(n);
    this.leafValue = new Float64Array(n * this.k);
  }

  /**
   * Grows one tree. `weights` are per-row multiplicities (bootstrap counts; 0 = out of bag).
   * Adds the tree's weighted impurity decrease per feature to `importance` (sklearn's
   * `compute_feature_importances` before normalisation).
   */
  grow(weights: Float64Array, rng: Rng, importance: Float64Array): GrownTree {
    const { samples, w, wy, wyy, cls, features, stack, feature, left, right, threshold } = this;
    const { maxDepth, minSamplesSplit, minSamplesLeaf } = this.limits;
    const codes = this.binned.codes;
    const target = this.target;
    let m = 0;
    for (let s = 0; s < this.n; s++) {
      const ws = weights[s]!;
      if (ws <= 0) continue;
      samples[m] = s;
      w[m] = ws;
      if (target.kind === 'regression') {
        wy[m] = ws * target.y[s]!;
        wyy[m] = wy[m]! * target.y[s]!;
      } else cls[m] = target.classIndex[s]!;
      m++;
    }
    for (let f = 0; f < features.length; f++) features[f] = f;

    let internalCount = 0;
    let leafCount = 0;
    let root = 0;
    let sp = 0;
    // stack entries: start, end, depth, parent internal node (−1 for the root), side (0 left, 1 right)
    stack[0] = 0;
    stack[1] = m;
    stack[2] = 0;
    stack[3] = -1;
    stack[4] = 0;
    sp = 5;
    while (sp > 0) {
      sp -= 5;
      const start = stack[sp]!;
      const end = stack[sp + 1]!;
      const depth = stack[sp + 2]!;
      const parent = stack[sp + 3]!;
      const side = stack[sp + 4]!;
      this.nodeStats(start, end);
      const weighted = this.nodeWeight * this.nodeImpurity;
      if (parent >= 0) importance[feature[parent]!]! -= weighted;
      const count = end - start;
      let isLeaf =
        depth >= maxDepth ||
        count < minSamplesSplit ||
        count < 2 * minSamplesLeaf ||
        this.nodeImpurity <= EPSILON;
      if (!isLeaf) {
        this.findSplit(start, end, rng);
        isLeaf = this.bestFeature < 0;
      }
      const ref = isLeaf ? ~leafCount : internalCount;
      if (parent < 0) root = ref;
      else if (side === 0) left[parent] = ref;
      else right[parent] = ref;
      if (isLeaf) {
        const W = this.nodeWeight;
        for (let c = 0; c < this.k; c++)
          this.leafValue[leafCount * this.k + c] = this.total[c]! / W;
        leafCount++;
        continue;
      }
      const node = internalCount++;
      const f = this.bestFeature;
      const bin = this.bestBin;
      feature[node] = f;
      threshold[node] = splitThreshold(this.binned, f, bin, this.bestRightBin);
      importance[f]! += weighted;
      // partition: rows whose bin ≤ best bin go left
      const base = f * this.n;
      let i = start;
      let j = end - 1;
      while (i <= j) {
        if (codes[base + samples[i]!]! <= bin) i++;
        else {
          this.swap(i, j);
          j--;
        }
      }
      stack[sp] = i; // right child, popped after the whole left subtree (preorder)
      stack[sp + 1] = end;
      stack[sp + 2] = depth + 1;
      stack[sp + 3] = node;
      stack[sp + 4] = 1;
      stack[sp + 5] = start;
      stack[sp + 6] = i;
      stack[sp + 7] = depth + 1;
      stack[sp + 8] = node;
      stack[sp + 9] = 0;
      sp += 10;
    }
    return {
      internalCount,
      leafCount,
      root,
      feature: feature.subarray(0, internalCount),
      threshold: threshold.subarray(0, internalCount),
      left: left.subarray(0, internalCount),
      right: right.subarray(0, internalCount),
      leafValue: this.leafValue.subarray(0, leafCount * this.k),
    };
  }

  /** Weighted sums of the node into `total`, its weight and impurity (as sklearn `MSE`/`Gini.node_impurity`). */
  private nodeStats(start: number, end: number): void {
    const { w, cls, total } = this;
    let W = 0;
    if (this.target.kind === 'regression') {
      let S = 0;
      let SS = 0;
      const { wy, wyy } = this;
      for (let i = start; i < end; i++) {
        W += w[i]!;
        S += wy[i]!;
        SS += wyy[i]!;
      }
      total[0] = S;
      this.nodeImpurity = SS / W - (S / W) * (S / W);
    } else {
      total.fill(0);
      for (let i = start; i < end; i++) {
        W += w[i]!;
        total[cls[i]!]! += w[i]!;
      }
      let sq = 0;
      for (let c = 0; c < this.k; c++) sq += (total[c]! / W) * (total[c]! / W);
      this.nodeImpurity = 1 - sq;
    }
    this.nodeWeight = W;
  }

  /** Draws features as sklearn `BestSplitter.node_split` and keeps the best split in this.best*. */
  private findSplit(start: number, end: number, rng: Rng): void {
    const features = this.features;
    const p = features.length;
    const want = this.limits.featuresPerSplit;
    this.bestProxy = -Infinity;
    this.bestFeature = -1;
    let drawn = 0;
    let visited = 0;
    let nonConstant = 0;
    while (drawn < p && (visited < want || nonConstant === 0)) {
      const j = drawn + rng.int(p - drawn);
      const f = features[j]!;
      features[j] = features[drawn]!;
      features[drawn] = f;
      drawn++;
      visited++;
      const constant =
        this.target.kind === 'classification'
          ? this.scanGini(f, start, end)
          : this.binned.binCount[f] === 2
            ? this.scanBinaryRegression(f, start, end)
            : this.scanRegression(f, start, end);
      if (!constant) nonConstant++;
    }
  }

  /** Histogram of feature f over the node, then every split between occupied bins. Returns true when constant. */
  private scanRegression(f: number, start: number, end: number): boolean {
    const { hW, hS, hN, bins } = this;
    const count = end - start;
    const nb =
      count >= this.binned.binCount[f]!
        ? this.histogramLarge(f, start, end)
        : this.histogramSmall(f, start, end);
    if (nb > 1) {
      const minLeaf = this.limits.minSamplesLeaf;
      const W = this.nodeWeight;
      const S = this.total[0]!;
      let cw = 0;
      let cs = 0;
      let cn = 0;
      let found = false;
      for (let i = 0; i < nb - 1; i++) {
        const b = bins[i]!;
        cn += hN[b]!;
        cw += hW[b]!;
        cs += hS[b]!;
        if (cn < minLeaf) continue;
        if (count - cn < minLeaf) break;
        const rs = S - cs;
        const proxy = (cs * cs) / cw + (rs * rs) / (W - cw);
        if (proxy > this.bestProxy) {
          this.bestProxy = proxy;
          this.bestBin = b;
          found = true;
        }
      }
      if (found) this.keepBest(f);
    }
    for (let i = 0; i < nb; i++) {
      const b = bins[i]!;
      hW[b] = 0;
      hS[b] = 0;
      hN[b] = 0;
    }
    return nb === 1;
  }

  /** Histogram of feature f over a node with few rows: only the bins touched are visited. Returns the occupied bin count. */
  private histogramSmall(f: number, start: number, end: number): number {
    const { samples, w, wy, hW, hS, hN, touched } = this;
    const codes = this.binned.codes;
    const base = f * this.n;
    let nt = 0;
    for (let i = start; i < end; i++) {
      const b = codes[base + samples[i]!]!;
      hW[b]! += w[i]!;
      hS[b]! += wy[i]!;
      if (hN[b]!++ === 0) touched[nt++] = b;
    }
    return this.occupiedBins(nt, this.binned.binCount[f]!);
  }

  /**
   * Histogram of feature f over a node with many rows. Even and odd positions fill two interleaved
   * copies (weight, sum, count) merged at the end: consecutive adds to one bin would otherwise wait
   * on each other, which halves the speed on low-cardinality features.
   */
  private histogramLarge(f: number, start: number, end: number): number {
    const { samples, w, wy, hW, hS, hN, bins } = this;
    const h = this.twoCopies;
    const codes = this.binned.codes;
    const base = f * this.n;
    let i = start;
    for (; i + 1 < end; i += 2) {
      const a = codes[base + samples[i]!]! << 3;
      const b = (codes[base + samples[i + 1]!]! << 3) | 4;
      h[a]! += w[i]!;
      h[a + 1]! += wy[i]!;
      h[a + 2]!++;
      h[b]! += w[i + 1]!;
      h[b + 1]! += wy[i + 1]!;
      h[b + 2]!++;
    }
    if (i < end) {
      const a = codes[base + samples[i]!]! << 3;
      h[a]! += w[i]!;
      h[a + 1]! += wy[i]!;
      h[a + 2]!++;
    }
    const nBins = this.binned.binCount[f]!;
    let nb = 0;
    for (let b = 0; b < nBins; b++) {
      const o = b << 3;
      const c = h[o + 2]! + h[o + 6]!;
      if (c === 0) continue;
      hW[b] = h[o]! + h[o + 4]!;
      hS[b] = h[o + 1]! + h[o + 5]!;
      hN[b] = c;
      bins[nb++] = b;
    }
    h.fill(0, 0, nBins << 3);
    return nb;
  }

  /**
   * scanRegression for a two-valued feature (one-hot columns, flags): one split only, and sums of
   * the upper bin taken without a histogram, which keeps a long chain of adds to the same two
   * memory cells from serialising the loop.
   */
  private scanBinaryRegression(f: number, start: number, end: number): boolean {
    const { samples, w, wy } = this;
    const codes = this.binned.codes;
    const base = f * this.n;
    let w1 = 0;
    let s1 = 0;
    let n1 = 0;
    for (let i = start; i < end; i++) {
      const b = codes[base + samples[i]!]!; // 0 or 1
      w1 += b * w[i]!;
      s1 += b * wy[i]!;
      n1 += b;
    }
    const count = end - start;
    if (n1 === 0 || n1 === count) return true;
    const minLeaf = this.limits.minSamplesLeaf;
    if (count - n1 < minLeaf || n1 < minLeaf) return false;
    const cw = this.nodeWeight - w1;
    const cs = this.total[0]! - s1;
    const proxy = (cs * cs) / cw + (s1 * s1) / w1;
    if (proxy > this.bestProxy) {
      this.bestProxy = proxy;
      this.bestFeature = f;
      this.bestBin = 0;
      this.bestRightBin = 1;
    }
    return false;
  }

  /** As scanRegression, with one weighted count per class and the gini proxy Σ_c left_c²/w_left + Σ_c right_c²/w_right. */
  private scanGini(f: number, start: number, end: number): boolean {
    const { samples, w, cls, hW, hS, hN, cum, total, k } = this;
    const codes = this.binned.codes;
    const base = f * this.n;
    const touched = this.touched;
    let nt = 0;
    for (let i = start; i < end; i++) {
      const b = codes[base + samples[i]!]!;
      hW[b]! += w[i]!;
      hS[b * k + cls[i]!]! += w[i]!;
      if (hN[b]!++ === 0) touched[nt++] = b;
    }
    const nb = this.occupiedBins(nt, this.binned.binCount[f]!);
    if (nb > 1) {
      const bins = this.bins;
      const count = end - start;
      const minLeaf = this.limits.minSamplesLeaf;
      const W = this.nodeWeight;
      let cw = 0;
      let cn = 0;
      let found = false;
      cum.fill(0);
      for (let i = 0; i < nb - 1; i++) {
        const b = bins[i]!;
        cn += hN[b]!;
        cw += hW[b]!;
        for (let c = 0; c < k; c++) cum[c]! += hS[b * k + c]!;
        if (cn < minLeaf) continue;
        if (count - cn < minLeaf) break;
        let left = 0;
        let rightSq = 0;
        for (let c = 0; c < k; c++) {
          const l = cum[c]!;
          const r = total[c]! - l;
          left += l * l;
          rightSq += r * r;
        }
        const proxy = left / cw + rightSq / (W - cw);
        if (proxy > this.bestProxy) {
          this.bestProxy = proxy;
          this.bestBin = b;
          found = true;
        }
      }
      if (found) this.keepBest(f);
    }
    for (let i = 0; i < nt; i++) {
      const b = touched[i]!;
      hW[b] = 0;
      hN[b] = 0;
      for (let c = 0; c < k; c++) hS[b * k + c] = 0;
    }
    return nb === 1;
  }

  /**
   * Puts the nt occupied bins (of nBins) of the current histogram in ascending order into this.bins
   * and returns nt: few are insertion-sorted, many are read off the whole range, the rest sorted.
   */
  private occupiedBins(nt: number, nBins: number): number {
    const { touched, bins, hN } = this;
    if (nt <= 16) {
      for (let i = 0; i < nt; i++) {
        const b = touched[i]!;
        let j = i - 1;
        while (j >= 0 && bins[j]! > b) {
          bins[j + 1] = bins[j]!;
          j--;
        }
        bins[j + 1] = b;
      }
    } else if (nBins <= 8 * nt) {
      for (let b = 0, i = 0; i < nt; b++) if (hN[b] !== 0) bins[i++] = b;
    } else {
      bins.set(touched.subarray(0, nt));
      bins.subarray(0, nt).sort();
    }
    return nt;
  }

  /** Swaps positions i and j of the sample order and of everything aligned with it. */
  private swap(i: number, j: number): void {
    const { samples, w, wy, wyy, cls } = this;
    let t = samples[i]!;
    samples[i] = samples[j]!;
    samples[j] = t;
    t = w[i]!;
    w[i] = w[j]!;
    w[j] = t;
    if (this.k === 1) {
      t = wy[i]!;
      wy[i] = wy[j]!;
      wy[j] = t;
      t = wyy[i]!;
      wyy[i] = wyy[j]!;
      wyy[j] = t;
    } else {
      t = cls[i]!;
      cls[i] = cls[j]!;
      cls[j] = t;
    }
  }

  /** Records f as the best feature; the split's right side starts at the next occupied bin. */
  private keepBest(f: number): void {
    this.bestFeature = f;
    let r = this.bestBin + 1;
    while (this.hN[r] === 0) r++;
    this.bestRightBin = r;
  }
}
