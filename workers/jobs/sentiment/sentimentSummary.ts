/**
 * What the sentiment view draws, from the scores kept so far: label counts, the compound
 * histogram, sentiment over time and by a categorical column, and the most positive and most
 * negative posts. One pass over the scored rows; thresholds are applied here, so changing them
 * never rescores.
 */
import type {
  SentimentGroup,
  SentimentPost,
  SentimentSummary,
  SentimentThresholds,
  SentimentTimeBucket,
} from '../../api/sentiment.ts';
import type { SentimentLabel } from '../../core/sentiment/index.ts';
import type { CategoryCodes } from './categoryCodes.ts';
import type { ScoreStore } from '../shared/scoreStore.ts';
import type { TimeBuckets } from '../../core/trends/timeBuckets.ts';
import { compoundBins } from './compoundBins.ts';

const LABELS: readonly SentimentLabel[] = ['negative', 'neutral', 'positive'];
const EXTREMES = 5;
const GROUPS = 12;
const POST_CHARS = 500;

export interface SummaryInput {
  readonly store: ScoreStore;
  readonly texts: readonly string[];
  readonly thresholds: SentimentThresholds;
  readonly time: {
    readonly column: string;
    readonly buckets: TimeBuckets;
    readonly auto: boolean;
  } | null;
  readonly category: { readonly column: string; readonly codes: CategoryCodes } | null;
  /** Per post: the class to count (the trained classifier's) instead of VADER's; absent: VADER. */
  readonly classes?: Uint8Array | null;
}

/** Stored float32 scores back to the 3 or 4 decimals VADER rounds them to. */
function decimals(x: number, places: number): number {
  const f = 10 ** places;
  return Math.round(x * f) / f;
}

/** Class index 0 negative, 1 neutral, 2 positive, comparing at float32 precision (as `storedLabel`). */
export function labelIndexer(thresholds: SentimentThresholds): (compound: number) => number {
  const pos = Math.fround(thresholds.positive);
  const neg = Math.fround(thresholds.negative);
  return (c) => (c >= pos ? 2 : c <= neg ? 0 : 1);
}

/** Row `row` as a post with its scores and label. */
export function postOf(
  store: ScoreStore,
  texts: readonly string[],
  row: number,
  label: SentimentLabel,
): SentimentPost {
  const s = store.scores;
  const text = texts[row] ?? '';
  return {
    row,
    text: text.length > POST_CHARS ? `${text.slice(0, POST_CHARS - 1)}…` : text,
    neg: decimals(s[row * 4]!, 3),
    neu: decimals(s[row * 4 + 1]!, 3),
    pos: decimals(s[row * 4 + 2]!, 3),
    compound: decimals(s[row * 4 + 3]!, 4),
    label,
  };
}

/** Keeps the `EXTREMES` rows with the highest `sign * compound` (ties: earlier row first). */
function keepTop(top: number[], row: number, key: number, keys: number[]): void {
  if (top.length === EXTREMES && key <= keys[EXTREMES - 1]!) return;
  let at = top.length;
  while (at > 0 && keys[at - 1]! < key) at--;
  top.splice(at, 0, row);
  keys.splice(at, 0, key);
  if (top.length > EXTREMES) {
    top.pop();
    keys.pop();
  }
}

function groupsOf(
  codes: CategoryCodes,
  counts: Float64Array,
  sums: Float64Array,
): { groups: SentimentGroup[]; otherValues: number } {
  const k = codes.values.length;
  const total = (c: number): number => counts[c * 3]! + counts[c * 3 + 1]! + counts[c * 3 + 2]!;
  const order = Array.from({ length: k }, (_, c) => c)
    .filter((c) => total(c) > 0)
    .sort((a, b) => total(b) - total(a) || a - b);
  const group = (value: string, members: number[]): SentimentGroup => {
    let negative = 0;
    let neutral = 0;
    let positive = 0;
    let sum = 0;
    for (const c of members) {
      negative += counts[c * 3]!;
      neutral += counts[c * 3 + 1]!;
      positive += counts[c * 3 + 2]!;
      sum += sums[c]!;
    }
    const n = negative + neutral + positive;
    return {
      value,
      negative,
      neutral,
      positive,
      total: n,
      meanCompound: n > 0 ? decimals(sum / n, 4) : 0,
    };
  };
  const shown = order.length > GROUPS + 1 ? order.slice(0, GROUPS) : order;
  const rest = order.slice(shown.length);
  const groups = shown.map((c) => group(codes.values[c]!, [c]));
  if (rest.length > 0) groups.push(group(`Other (${rest.length} values)`, rest));
  return { groups, otherValues: rest.length };
}

export function summarizeSentiment(input: SummaryInput): SentimentSummary {
  const { store, texts, thresholds, time, category } = input;
  const { scores, done } = store;
  const all = store.complete;
  const labelOf = labelIndexer(thresholds);
  const counts = [0, 0, 0];
  const bins = compoundBins(thresholds);
  const hist = new Array<number>(bins.edges.length - 1).fill(0);
  let sum = 0;
  let empty = 0;
  const timeCounts = time ? new Float64Array(time.buckets.count * 3) : null;
  const timeSums = time ? new Float64Array(time.buckets.count) : null;
  let undated = 0;
  const catCounts = category ? new Float64Array(category.codes.values.length * 3) : null;
  const catSums = category ? new Float64Array(category.codes.values.length) : null;
  const topPos: number[] = [];
  const topPosKeys: number[] = [];
  const topNeg: number[] = [];
  const topNegKeys: number[] = [];
  for (let i = 0; i < store.rows; i++) {
    if (!all && done[i] === 0) continue;
    const c = scores[i * 4 + 3]!;
    const l = input.classes ? input.classes[i]! : labelOf(c);
    counts[l]!++;
    sum += c;
    // Binned by VADER's label even when the classifier's is counted: the histogram is of VADER's score.
    hist[bins.binOf(c, input.classes ? labelOf(c) : l)]!++;
    if ((texts[i] ?? '').length === 0) empty++;
    if (timeCounts) {
      const b = time!.buckets.index[i]!;
      if (b < 0) undated++;
      else {
        timeCounts[b * 3 + l]!++;
        timeSums![b]! += c;
      }
    }
    if (catCounts) {
      const code = category!.codes.codes[i]!;
      if (code >= 0) {
        catCounts[code * 3 + l]!++;
        catSums![code]! += c;
      }
    }
    if (c > 0) keepTop(topPos, i, c, topPosKeys);
    else if (c < 0) keepTop(topNeg, i, -c, topNegKeys);
  }
  const scored = counts[0]! + counts[1]! + counts[2]!;
  let overTime: SentimentSummary['overTime'] = null;
  if (time && timeCounts) {
    const buckets: SentimentTimeBucket[] = [];
    for (let b = 0; b < time.buckets.count; b++) {
      const [negative, neutral, positive] = [
        timeCounts[b * 3]!,
        timeCounts[b * 3 + 1]!,
        timeCounts[b * 3 + 2]!,
      ];
      const n = negative + neutral + positive;
      buckets.push({
        start: time.buckets.starts[b]!,
        negative,
        neutral,
        positive,
        meanCompound: n > 0 ? decimals(timeSums![b]! / n, 4) : 0,
      });
    }
    overTime = { column: time.column, unit: time.buckets.unit, auto: time.auto, buckets, undated };
  }
  return {
    source: input.classes ? 'classifier' : 'vader',
    textColumn: store.column,
    rows: store.rows,
    scored: store.scoredRows,
    complete: store.complete,
    thresholds,
    counts: { negative: counts[0]!, neutral: counts[1]!, positive: counts[2]! },
    emptyTexts: empty,
    meanCompound: scored > 0 ? decimals(sum / scored, 4) : 0,
    histogram: { edges: bins.edges, counts: hist },
    overTime,
    byCategory:
      category && catCounts
        ? { column: category.column, ...groupsOf(category.codes, catCounts, catSums!) }
        : null,
    mostPositive: topPos.map((r) => postOf(store, texts, r, LABELS[labelOf(store.compound(r))]!)),
    mostNegative: topNeg.map((r) => postOf(store, texts, r, LABELS[labelOf(store.compound(r))]!)),
  };
}
