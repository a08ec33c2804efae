/**
 * Categorical encoding: one-hot of the N most frequent values plus `__other__`, or ordinal codes.
 * Levels are fitted once and stored, so new data (with unseen values) encodes to the same columns.
 */
import { compareCodePoints } from '../text/codePointOrder.ts';
import { rankedCounts } from './statistics.ts';
import { OTHER_LABEL, type CategoricalColumnParams, type CategoricalEncoding } from './types.ts';

/** One-hot keeps the 10 most frequent values unless told otherwise. */
export const DEFAULT_ONEHOT_TOP_N = 10;

export interface CategoricalLevelOptions {
  readonly encoding: CategoricalEncoding;
  /** Integer ≥ 1; default 10 for one-hot, every value for ordinal. */
  readonly topN?: number;
  /** Ordinal only: explicit level order. */
  readonly order?: readonly string[];
  /** One-hot only; default 'always'. */
  readonly otherColumn?: 'always' | 'when-seen';
}

/**
 * Levels from the (already filled) values of the fitted rows.
 * One-hot: the topN most frequent, most frequent first, ties by value in code-point order.
 * Ordinal: `order` as given; else the topN most frequent (all by default) sorted by value,
 * as sklearn `OrdinalEncoder(categories='auto')` sorts them.
 */
export function fitLevels(
  values: readonly string[],
  options: CategoricalLevelOptions,
): { levels: string[]; otherColumn: boolean } {
  if (options.encoding === 'ordinal' && options.order)
    return { levels: [...options.order], otherColumn: false };
  // A value literally called __other__ joins the other level rather than duplicate its column.
  const all = rankedCounts(values);
  const ranked = all.filter(([v]) => v !== OTHER_LABEL);
  const topN =
    options.topN ?? (options.encoding === 'onehot' ? DEFAULT_ONEHOT_TOP_N : ranked.length);
  const levels = ranked.slice(0, topN).map(([v]) => v);
  if (options.encoding === 'ordinal')
    return { levels: levels.sort(compareCodePoints), otherColumn: false };
  return {
    levels,
    otherColumn: (options.otherColumn ?? 'always') === 'always' || all.length > levels.length,
  };
}

/** Output feature names: `name=level` per one-hot level (then `name=__other__`), or `name` for ordinal. */
export function categoricalFeatureNames(params: CategoricalColumnParams): string[] {
  if (params.encoding === 'ordinal') return [params.name];
  const names = params.levels.map((l) => `${params.name}=${l}`);
  if (params.otherColumn) names.push(`${params.name}=${OTHER_LABEL}`);
  return names;
}

/**
 * Writes the encoding of `values` (filled, one per output row) into `out`, one Float64Array per
 * feature of `categoricalFeatureNames(params)`. An unknown value is `__other__`: the other column
 * (all zeros when there is none) or, for ordinal, the code `levels.length`.
 */
export function encodeCategorical(
  params: CategoricalColumnParams,
  values: readonly string[],
  out: readonly Float64Array[],
): void {
  const index = new Map(params.levels.map((l, i) => [l, i]));
  const other = params.levels.length;
  for (let r = 0; r < values.length; r++) {
    const i = index.get(values[r]!) ?? other;
    if (params.encoding === 'ordinal') out[0]![r] = i;
    else if (i < other || params.otherColumn) out[i]![r] = 1;
  }
}
