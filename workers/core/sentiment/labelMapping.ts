/**
 * Human labels to VADER's three classes. A label column may say "Positive", "pos", "1", "4 stars"
 * or name an emotion ("Joy", "Despair"); each distinct value gets a proposed class, with the
 * reason, and the user can change any of them before evaluation or training.
 */
import { isMissingCell } from '../schema/missing.ts';
import { sentimentLabel } from './label.ts';
import type { SentimentLabel } from './types.ts';
import { polarityScores } from './vader.ts';

/** Where a label value goes: one of the three classes, or left out of evaluation and training. */
export type LabelTarget = SentimentLabel | 'ignore';

/** Raw label value → class, for every value the user has mapped. Values not listed are ignored. */
export type LabelMapping = Readonly<Record<string, LabelTarget>>;

/** Why a value got its proposed class, shown beside it in the mapping table. */
export type LabelReason = 'name' | 'scale' | 'valence' | 'no-valence' | 'unknown';

export interface LabelValueCount {
  readonly value: string;
  readonly count: number;
}

export interface LabelProposal extends LabelValueCount {
  readonly target: LabelTarget;
  readonly reason: LabelReason;
  /** VADER compound of the value itself (reason `valence` or `no-valence`), else null. */
  readonly valence: number | null;
  /** One line for a tooltip: "VADER scores the word “Joy” +0.586". */
  readonly note: string;
}

export interface ProposeOptions {
  /** Where a word VADER gives no valence ("Curiosity", "Nostalgia") goes. Default 'ignore': we do not guess. */
  readonly zeroValence?: 'neutral' | 'ignore';
}

/** The three classes in sklearn's sorted order, as confusion matrices list them. */
export const SENTIMENT_CLASSES: readonly SentimentLabel[] = ['negative', 'neutral', 'positive'];

const NAMES: Readonly<Record<string, SentimentLabel>> = {
  positive: 'positive',
  pos: 'positive',
  '+': 'positive',
  happy: 'positive',
  good: 'positive',
  favorable: 'positive',
  favourable: 'positive',
  negative: 'negative',
  neg: 'negative',
  '-': 'negative',
  bad: 'negative',
  sad: 'negative',
  unfavorable: 'negative',
  unfavourable: 'negative',
  neutral: 'neutral',
  neu: 'neutral',
  neut: 'neutral',
  none: 'neutral',
  objective: 'neutral',
  // the labels of Spanish, Portuguese, Italian, French and German annotators
  positivo: 'positive',
  positiva: 'positive',
  positif: 'positive',
  positiv: 'positive',
  negativo: 'negative',
  negativa: 'negative',
  négatif: 'negative',
  négative: 'negative',
  negatif: 'negative',
  negativ: 'negative',
  neutro: 'neutral',
  neutra: 'neutral',
  neutre: 'neutral',
};

/** Distinct non-missing values of a label column with their counts, most frequent first (ties by value). */
export function countLabelValues(cells: readonly string[]): {
  values: LabelValueCount[];
  missing: number;
} {
  const counts = new Map<string, number>();
  let missing = 0;
  for (const cell of cells) {
    if (typeof cell !== 'string' || isMissingCell(cell)) {
      missing++;
      continue;
    }
    counts.set(cell, (counts.get(cell) ?? 0) + 1);
  }
  const values = [...counts].map(([value, count]) => ({ value, count }));
  values.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return { values, missing };
}

/**
 * Numeric label scales, recognised from the whole set of values: -1/0/1; binary 0/1
 * (0 = negative, as IMDB-style exports write it); Sentiment140's 0/2/4; 1–5 stars.
 * Returns null when the values are not all numbers of one of these scales.
 */
function numericScale(
  values: readonly string[],
): { map: Map<string, SentimentLabel>; name: string } | null {
  if (values.length === 0) return null;
  const nums = values.map((v) => (/^[+-]?\d+(\.0+)?$/.test(v.trim()) ? Number(v) : NaN));
  if (nums.some((n) => !Number.isFinite(n))) return null;
  const set = new Set(nums);
  const within = (allowed: number[]): boolean => [...set].every((n) => allowed.includes(n));
  let name: string;
  let of: (n: number) => SentimentLabel;
  if (within([0, 1]) && set.size === 2) {
    name = 'binary 0/1 labels: 0 = negative, 1 = positive';
    of = (n) => (n === 1 ? 'positive' : 'negative');
  } else if (within([-1, 0, 1])) {
    name = '-1/0/1 labels';
    of = (n) => (n > 0 ? 'positive' : n < 0 ? 'negative' : 'neutral');
  } else if (within([0, 2, 4])) {
    name = 'Sentiment140 labels: 0 = negative, 2 = neutral, 4 = positive';
    of = (n) => (n === 4 ? 'positive' : n === 0 ? 'negative' : 'neutral');
  } else if (within([1, 2, 3, 4, 5]) && set.size >= 3) {
    name = '1–5 stars: 1–2 negative, 3 neutral, 4–5 positive';
    of = (n) => (n >= 4 ? 'positive' : n <= 2 ? 'negative' : 'neutral');
  } else {
    return null;
  }
  return { map: new Map(values.map((v, i) => [v, of(nums[i]!)])), name };
}

/**
 * A proposed class for each distinct value: a numeric scale when every value is a number of one;
 * else a known name (positive/pos, negative/neg, neutral/neu …, any case); else the value's own
 * VADER valence (its compound with the default ±0.05 cut-offs), so "Joy" is positive and
 * "Despair" negative. A value VADER gives no valence goes to `zeroValence` (default ignore).
 */
export function proposeLabelMapping(
  values: readonly LabelValueCount[],
  options: ProposeOptions = {},
): LabelProposal[] {
  const zero = options.zeroValence ?? 'ignore';
  const scale = numericScale(values.map((v) => v.value));
  return values.map(({ value, count }): LabelProposal => {
    const scaled = scale?.map.get(value);
    if (scaled)
      return {
        value,
        count,
        target: scaled,
        reason: 'scale',
        valence: null,
        note: `Read as ${scale!.name}.`,
      };
    const named = NAMES[value.trim().toLowerCase()];
    if (named)
      return {
        value,
        count,
        target: named,
        reason: 'name',
        valence: null,
        note: `“${value}” names the ${named} class.`,
      };
    if (/^[+-]?\d+([.,]\d+)?$/.test(value.trim())) {
      return {
        value,
        count,
        target: 'ignore',
        reason: 'unknown',
        valence: null,
        note: `The number ${value} is not on a scale Murmur recognises: map it yourself.`,
      };
    }
    const valence = polarityScores(value).compound;
    if (valence === 0) {
      return {
        value,
        count,
        target: zero,
        reason: 'no-valence',
        valence,
        note: `VADER gives “${value}” no valence, so it is ${zero === 'ignore' ? 'ignored' : 'read as neutral'}.`,
      };
    }
    const target = sentimentLabel(valence);
    return {
      value,
      count,
      target,
      reason: 'valence',
      valence,
      note: `VADER scores “${value}” ${valence > 0 ? '+' : ''}${valence.toFixed(3)}: ${target}.`,
    };
  });
}

/** The mapping a list of proposals makes (what the table starts from). */
export function mappingOf(proposals: readonly LabelProposal[]): Record<string, LabelTarget> {
  return Object.fromEntries(proposals.map((p) => [p.value, p.target]));
}

/**
 * Each cell's class under `mapping`, as an index into SENTIMENT_CLASSES (0 negative, 1 neutral,
 * 2 positive), or -1 for an ignored, unmapped or missing cell.
 */
export function applyLabelMapping(cells: readonly string[], mapping: LabelMapping): Int8Array {
  const index = new Map<string, number>();
  for (const [value, target] of Object.entries(mapping)) {
    if (target !== 'ignore') index.set(value, SENTIMENT_CLASSES.indexOf(target));
  }
  const out = new Int8Array(cells.length).fill(-1);
  for (let i = 0; i < cells.length; i++) {
    const k = index.get(cells[i]!);
    if (k !== undefined && k >= 0) out[i] = k;
  }
  return out;
}
