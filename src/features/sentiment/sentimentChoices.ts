/**
 * What the person chose in the Sentiment view, and the check of the choices kept with a dataset
 * (read back after a reload; a kept value this version cannot read falls back to the default).
 */
import type { SentimentThresholds, SentimentTimeUnit } from '../../../workers/api.ts';

/** What the user chose in the view; everything but the text column recomputes without rescoring. */
export interface SentimentChoices {
  /** undefined: the column with role text. */
  readonly textColumn?: string;
  readonly thresholds: SentimentThresholds;
  readonly timeUnit: SentimentTimeUnit | 'auto';
  /** undefined: the first categorical column; null: none. */
  readonly categoryColumn?: string | null;
}

export const DEFAULT_CHOICES: SentimentChoices = {
  thresholds: { positive: 0.05, negative: -0.05 },
  timeUnit: 'auto',
};

const TIME_UNITS: readonly string[] = ['auto', 'hour', 'day', 'week', 'month'];

/** The choices kept with the dataset, checked field by field (null when none can be read). */
export function keptChoices(v: unknown): Partial<SentimentChoices> | null {
  if (typeof v !== 'object' || v === null) return null;
  const o = v as { readonly [k: string]: unknown };
  const out: { -readonly [K in keyof SentimentChoices]?: SentimentChoices[K] } = {};
  const t = o.thresholds as { positive?: unknown; negative?: unknown } | undefined;
  if (
    typeof t === 'object' &&
    t !== null &&
    typeof t.positive === 'number' &&
    typeof t.negative === 'number' &&
    -1 <= t.negative &&
    t.negative <= t.positive &&
    t.positive <= 1
  )
    out.thresholds = { positive: t.positive, negative: t.negative };
  if (typeof o.timeUnit === 'string' && TIME_UNITS.includes(o.timeUnit))
    out.timeUnit = o.timeUnit as SentimentChoices['timeUnit'];
  if (typeof o.textColumn === 'string') out.textColumn = o.textColumn;
  if (typeof o.categoryColumn === 'string' || o.categoryColumn === null)
    out.categoryColumn = o.categoryColumn;
  return Object.keys(out).length > 0 ? out : null;
}
