/**
 * One post typed by a user (the Live view's draft box) as feature input: the same columns the
 * model was trained on, read in the draft's own formats (ISO time, `#a #b` tags, plain numbers).
 */
import type { FeatureInput, FeatureParams } from './types.ts';

export interface DraftPost {
  readonly text?: string;
  /** Hashtags as typed: `#a #b`, `a, b` or `a b`. */
  readonly hashtags?: string;
  /** `2025-01-01T20:00` (a datetime-local value), read as UTC like the training times; '' when unknown. */
  readonly time?: string;
  /** Numeric columns by name; null or absent for unknown (filled as in training). */
  readonly numbers?: Readonly<Record<string, number | null>>;
  /** Categorical columns by name. */
  readonly categories?: Readonly<Record<string, string>>;
}

/** What the draft form should ask for. */
export interface DraftFields {
  readonly text: string | null;
  /** The hashtags column, or null when hashtags are read from the text. */
  readonly hashtags: string | null;
  readonly timestamp: string | null;
  readonly numeric: readonly {
    readonly name: string;
    readonly boolean: boolean;
    readonly log1p: boolean;
  }[];
  /** Each categorical column with its known values (most frequent first; others count as __other__). */
  readonly categorical: readonly { readonly name: string; readonly levels: readonly string[] }[];
}

export function draftFields(params: FeatureParams): DraftFields {
  const { spec } = params;
  const levels = new Map(
    (params.preprocess?.columns ?? []).flatMap((c) =>
      c.kind === 'categorical' ? [[c.name, c.levels] as const] : [],
    ),
  );
  return {
    text: spec.text?.name ?? null,
    hashtags: spec.hashtags?.name ?? null,
    timestamp: spec.timestamp?.name ?? null,
    numeric: spec.numeric.map((f) => ({
      name: f.column.name,
      boolean: f.column.type === 'boolean',
      log1p: f.spec.log1p ?? false,
    })),
    categorical: spec.categorical.map((f) => ({
      name: f.column.name,
      levels: levels.get(f.column.name) ?? [],
    })),
  };
}

/** A draft as one row of feature input for `params`. */
export function draftInput(params: FeatureParams, draft: DraftPost): FeatureInput {
  const { spec } = params;
  const cells: Record<string, string[]> = {};
  const formats: Record<string, { tags?: 'hash-separated'; datetime?: 'iso' }> = {};
  if (spec.text) cells[spec.text.name] = [draft.text ?? ''];
  if (spec.hashtags) {
    const tags = (draft.hashtags ?? '').split(/[\s,]+/).filter((t) => t.replace(/^#+/, '') !== '');
    cells[spec.hashtags.name] = [tags.map((t) => `#${t.replace(/^#+/, '')}`).join(' ')];
    formats[spec.hashtags.name] = { tags: 'hash-separated' };
  }
  if (spec.timestamp) {
    cells[spec.timestamp.name] = [draft.time ?? ''];
    formats[spec.timestamp.name] = { datetime: 'iso' };
  }
  for (const f of spec.numeric) {
    const v = draft.numbers?.[f.column.name];
    const known = v !== null && v !== undefined && Number.isFinite(v);
    cells[f.column.name] = [
      !known ? '' : f.column.type === 'boolean' ? (v !== 0 ? 'true' : 'false') : String(v),
    ];
    formats[f.column.name] = {};
  }
  for (const f of spec.categorical)
    cells[f.column.name] = [draft.categories?.[f.column.name] ?? ''];
  return { rows: 1, cells, formats };
}
