/**
 * From an imported table's schema (roles, types) and the dataset's preprocessing choices to a
 * feature spec: sensible defaults, the user's choices, and the refusal of leaky columns.
 */
import type { TopicModel } from '../cluster/topicModel.ts';
import { fail, ok, type Result } from '../errors/index.ts';
import type {
  CategoricalColumnSpec,
  NumericColumnSpec,
  PreprocessSpec,
} from '../preprocess/types.ts';
import { ENGAGEMENT_ROLES, type ColumnSchema } from '../schema/types.ts';
import { DEFAULT_SENTIMENT_MODE, type SentimentMode } from '../sentiment/mode.ts';
import { checkNoLeak, leakReason } from './leakage.ts';
import type {
  CategoricalFeature,
  FeatureSpec,
  NumericFeature,
  SourceColumn,
  TextFeature,
  TimePart,
} from './types.ts';

/** Categories with more distinct values than this are offered but not chosen by default (names, free-text places). */
const DEFAULT_MAX_DISTINCT = 100;
const NUMERIC_TYPES = new Set(['integer', 'number', 'boolean']);

/** Which columns to build features from; every field falls back to the default from roles. */
export interface FeatureChoices {
  /** The post text; default the column with role text; null for none. */
  readonly text?: string | null;
  /** A tag-list column; default the column with role hashtags; null reads hashtags from the text. */
  readonly hashtags?: string | null;
  /** Default the column with role timestamp; null for none. */
  readonly timestamp?: string | null;
  /** Numeric columns; default the followers column. */
  readonly numeric?: readonly string[];
  /** Categorical columns; default those with role category and 2 to 100 distinct values. */
  readonly categorical?: readonly string[];
  /** Default all (TEXT_FEATURES). */
  readonly textFeatures?: readonly TextFeature[];
  /** Default all (TIME_PARTS). */
  readonly timeParts?: readonly TimePart[];
  /** Add the hashtag topic as one-hot columns when a topic model exists. Default true. */
  readonly topics?: boolean;
  /** What VADER reads for the vader_* features. Default DEFAULT_SENTIMENT_MODE ('social'). */
  readonly sentimentMode?: SentimentMode;
}

/** Columns the user may pick as features, by kind. Leaky columns are listed too, so a refusal can explain itself. */
export interface FeatureCandidates {
  readonly text: readonly string[];
  readonly hashtags: readonly string[];
  readonly timestamp: readonly string[];
  readonly numeric: readonly string[];
  readonly categorical: readonly string[];
}

/** A schema column as the builder records it. */
export function sourceColumn(c: ColumnSchema): SourceColumn {
  return { name: c.name, type: c.type, format: c.format };
}

export function featureCandidates(schema: readonly ColumnSchema[]): FeatureCandidates {
  const usable = schema.filter((c) => c.role !== 'id' && c.type !== 'empty');
  return {
    text: usable.filter((c) => c.type === 'text' || c.role === 'text').map((c) => c.name),
    hashtags: usable.filter((c) => c.type === 'tags' || c.role === 'hashtags').map((c) => c.name),
    timestamp: usable.filter((c) => c.type === 'datetime').map((c) => c.name),
    numeric: usable.filter((c) => NUMERIC_TYPES.has(c.type)).map((c) => c.name),
    categorical: usable
      .filter(
        (c) =>
          c.type === 'category' ||
          c.type === 'boolean' ||
          c.role === 'category' ||
          c.role === 'label',
      )
      .map((c) => c.name),
  };
}

/** The default choices for a schema: the role columns, followers, and the small categorical columns. */
export function defaultFeatureChoices(
  schema: readonly ColumnSchema[],
): Required<Omit<FeatureChoices, 'textFeatures' | 'timeParts' | 'sentimentMode'>> {
  const byRole = (role: ColumnSchema['role']) => schema.find((c) => c.role === role)?.name ?? null;
  return {
    text: byRole('text'),
    hashtags: byRole('hashtags'),
    timestamp: byRole('timestamp'),
    numeric: schema
      .filter((c) => c.role === 'followers' && NUMERIC_TYPES.has(c.type))
      .map((c) => c.name),
    // a constant column teaches nothing; a leaky one would be refused
    categorical: schema
      .filter(
        (c) =>
          c.role === 'category' &&
          c.distinct >= 2 &&
          c.distinct <= DEFAULT_MAX_DISTINCT &&
          !c.distinctCapped &&
          leakReason(c, []) === null,
      )
      .map((c) => c.name),
    topics: true,
  };
}

function numericSpec(c: ColumnSchema, pre: PreprocessSpec | null): NumericColumnSpec {
  const chosen = pre?.columns.find((s) => s.name === c.name);
  const base: NumericColumnSpec =
    chosen?.kind === 'numeric'
      ? chosen
      : {
          name: c.name,
          kind: 'numeric',
          missing: 'median',
          log1p: c.role === 'followers' || ENGAGEMENT_ROLES.includes(c.role),
          scale: 'none',
        };
  return base.missing === 'drop' ? { ...base, missing: 'median' } : base;
}

function categoricalSpec(c: ColumnSchema, pre: PreprocessSpec | null): CategoricalColumnSpec {
  const chosen = pre?.columns.find((s) => s.name === c.name);
  const base: CategoricalColumnSpec =
    chosen?.kind === 'categorical'
      ? chosen
      : { name: c.name, kind: 'categorical', missing: 'category', encoding: 'onehot', topN: 10 };
  return base.missing === 'drop' ? { ...base, missing: 'category' } : base;
}

/** A feature spec and what the user should know about it (categories folded into __other__). */
export interface ChosenFeatures {
  readonly spec: FeatureSpec;
  readonly notes: readonly string[];
}

/**
 * The feature spec for `choices` on a schema, with fills, encodings and scaling taken from the
 * dataset's preprocessing spec where it has the column. Fails with COLUMN_NOT_FOUND,
 * COLUMN_WRONG_TYPE, LEAKY_FEATURE (an engagement count, or a column of the target) or NO_FEATURES.
 */
export function featureSpecFromSchema(
  schema: readonly ColumnSchema[],
  preprocessing: PreprocessSpec | null,
  choices: FeatureChoices,
  targetColumns: readonly string[],
  topics: TopicModel | null = null,
): Result<ChosenFeatures> {
  const defaults = defaultFeatureChoices(schema);
  const find = (name: string): Result<ColumnSchema> => {
    const c = schema.find((s) => s.name === name);
    return c
      ? ok(c)
      : fail(
          'COLUMN_NOT_FOUND',
          `The dataset has no column "${name}".`,
          'Pick one of the listed columns.',
        );
  };
  const pick = (
    name: string | null | undefined,
    fallback: string | null,
    types: readonly string[],
    what: string,
  ): Result<ColumnSchema | null> => {
    const chosen = name === undefined ? fallback : name;
    if (chosen === null) return ok(null);
    const c = find(chosen);
    if (!c.ok) return c;
    if (!types.includes(c.value.type))
      return fail(
        'COLUMN_WRONG_TYPE',
        `"${chosen}" holds ${c.value.type} values; the ${what} must be ${types.join(' or ')}.`,
        `Pick another ${what} column.`,
      );
    return c;
  };
  const text = pick(choices.text, defaults.text, ['text', 'category'], 'text');
  if (!text.ok) return text;
  const hashtags = pick(
    choices.hashtags,
    defaults.hashtags,
    ['tags', 'text', 'category'],
    'hashtags',
  );
  if (!hashtags.ok) return hashtags;
  const timestamp = pick(choices.timestamp, defaults.timestamp, ['datetime'], 'post time');
  if (!timestamp.ok) return timestamp;

  const numericCols: ColumnSchema[] = [];
  for (const name of choices.numeric ?? defaults.numeric) {
    const c = find(name);
    if (!c.ok) return c;
    numericCols.push(c.value);
  }
  const categoricalCols: ColumnSchema[] = [];
  for (const name of choices.categorical ?? defaults.categorical) {
    const c = find(name);
    if (!c.ok) return c;
    categoricalCols.push(c.value);
  }
  const used = [
    text.value,
    hashtags.value,
    timestamp.value,
    ...numericCols,
    ...categoricalCols,
  ].filter((c): c is ColumnSchema => c !== null);
  const leak = checkNoLeak(used, targetColumns);
  if (!leak.ok) return leak;

  const numeric: NumericFeature[] = numericCols.map((c) => ({
    column: sourceColumn(c),
    spec: numericSpec(c, preprocessing),
  }));
  const categorical: CategoricalFeature[] = categoricalCols.map((c) => ({
    column: sourceColumn(c),
    spec: categoricalSpec(c, preprocessing),
  }));
  const notes: string[] = [];
  for (const f of categorical) {
    const c = categoricalCols.find((x) => x.name === f.column.name)!;
    const topN = f.spec.topN ?? 10;
    if ((f.spec.encoding ?? 'onehot') === 'onehot' && (c.distinct > topN || c.distinctCapped)) {
      notes.push(
        `"${c.name}" has ${c.distinctCapped ? 'more than ' : ''}${c.distinct.toLocaleString('en-US')} values: the ${topN} most frequent get a column each, the rest share "__other__".`,
      );
    }
  }
  const spec: FeatureSpec = {
    text: text.value ? sourceColumn(text.value) : null,
    ...(choices.textFeatures ? { textFeatures: choices.textFeatures } : {}),
    ...(text.value ? { sentimentMode: choices.sentimentMode ?? DEFAULT_SENTIMENT_MODE } : {}),
    hashtags: hashtags.value ? sourceColumn(hashtags.value) : null,
    timestamp: timestamp.value ? sourceColumn(timestamp.value) : null,
    ...(choices.timeParts ? { timeParts: choices.timeParts } : {}),
    numeric,
    categorical,
    topics: (choices.topics ?? true) ? topics : null,
  };
  return ok({ spec, notes });
}
