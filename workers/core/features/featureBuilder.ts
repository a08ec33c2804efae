/**
 * Features known before a post is published, as a fitted, serialisable builder:
 * `fitFeatures(input, spec)` learns fills, category levels and scalers from training rows;
 * `buildFeatures(params, input)` rebuilds exactly the same columns for any posts (a new file, or
 * one draft typed in the Live view). Engagement counts are never inputs here (see leakage.ts).
 */
import { assignTopic } from '../cluster/topicModel.ts';
import type { ParsedTable } from '../csv/types.ts';
import { fail, ok, type Result } from '../errors/index.ts';
import type { Matrix } from '../forest/matrix.ts';
import { categoricalFeatureNames } from '../preprocess/categorical.ts';
import { applyPreprocess, featureNames, fitPreprocess } from '../preprocess/preprocess.ts';
import {
  OTHER_LABEL,
  type CategoricalColumnParams,
  type ColumnSpec,
  type PreprocessInput,
  type PreprocessParams,
} from '../preprocess/types.ts';
import { numericColumn } from '../schema/columnAccess.ts';
import { isMissingCell } from '../schema/missing.ts';
import { parseDatetimeCell } from '../schema/parseDatetime.ts';
import { parseTagsCell } from '../schema/parseTags.ts';
import type { ColumnFormat, ColumnSchema } from '../schema/types.ts';
import type { SentimentMode } from '../sentiment/mode.ts';
import { scoreTexts } from '../sentiment/vader.ts';
import { TEXT_COUNTS } from './textCounts.ts';
import { timePart } from './timeParts.ts';
import {
  TEXT_FEATURES,
  TIME_PARTS,
  type FeatureInput,
  type FeatureParams,
  type FeatureSpec,
  type SourceColumn,
  type TextFeature,
  type TimePart,
} from './types.ts';

/** One-hot columns per categorical feature at most: wider encodings belong to text models. */
export const MAX_ONEHOT_LEVELS = 100;

const invalid = <T>(message: string, hint: string): Result<T> =>
  fail('INVALID_OPTIONS', message, hint);

/** The input's cells of `column`, checked to exist with one cell per row. */
function cellsOf(input: FeatureInput, column: SourceColumn): Result<readonly string[]> {
  const cells = Object.hasOwn(input.cells, column.name) ? input.cells[column.name] : undefined;
  if (!cells)
    return fail(
      'COLUMN_NOT_FOUND',
      `The data has no column "${column.name}", which the features need.`,
      'Use a file with the same columns as the training data.',
    );
  if (cells.length !== input.rows)
    return invalid(
      `Column "${column.name}" has ${cells.length} cells for ${input.rows} rows.`,
      'Pass one cell per post.',
    );
  return ok(cells);
}

function formatOf(input: FeatureInput, column: SourceColumn): ColumnFormat {
  return input.formats?.[column.name] ?? column.format;
}

/** Numbers of a numeric, boolean or datetime column, read as the schema reads them (NaN when missing). */
function numbersOf(input: FeatureInput, column: SourceColumn): Result<Float64Array> {
  const cells = cellsOf(input, column);
  if (!cells.ok) return cells;
  const table: ParsedTable = {
    fileName: '',
    bytes: 0,
    delimiter: ',',
    encoding: 'utf-8',
    header: [column.name],
    columns: [cells.value as string[]],
    rowCount: input.rows,
    warnings: [],
  };
  const schema: ColumnSchema = {
    name: column.name,
    index: 0,
    type: column.type,
    role: 'other',
    format: formatOf(input, column),
    missing: 0,
    distinct: 0,
    distinctCapped: false,
    samples: [],
  };
  return ok(numericColumn(table, schema));
}

/** Checks what the types cannot say: readable column kinds, no 'drop', sane one-hot widths. */
function checkSpec(spec: FeatureSpec): Result<true> {
  for (const f of spec.numeric) {
    if (!['integer', 'number', 'boolean', 'datetime'].includes(f.column.type)) {
      return fail(
        'COLUMN_WRONG_TYPE',
        `"${f.column.name}" holds ${f.column.type} values, not numbers.`,
        'Use it as a categorical feature, or leave it out.',
      );
    }
    if (f.spec.missing === 'drop')
      return invalid(
        `"${f.column.name}": missing values cannot drop rows here, since every post needs a prediction.`,
        'Fill them with the median instead.',
      );
  }
  for (const f of spec.categorical) {
    if (f.spec.missing === 'drop')
      return invalid(
        `"${f.column.name}": missing values cannot drop rows here, since every post needs a prediction.`,
        'Keep them as their own category instead.',
      );
    const width = f.levels?.length ?? f.spec.topN ?? 0;
    if (width > MAX_ONEHOT_LEVELS && (f.spec.encoding ?? 'onehot') === 'onehot') {
      return invalid(
        `"${f.column.name}": ${width} one-hot columns is too many (at most ${MAX_ONEHOT_LEVELS}).`,
        'Keep the 10 to 30 most frequent values; the rest become __other__.',
      );
    }
    if (f.levels && (f.levels.length === 0 || new Set(f.levels).size !== f.levels.length))
      return invalid(
        `"${f.column.name}": the listed levels must be distinct and not empty.`,
        'List each value once.',
      );
  }
  return ok(true);
}

const textFeaturesOf = (spec: FeatureSpec): readonly TextFeature[] => {
  const wanted = new Set(spec.textFeatures ?? TEXT_FEATURES);
  return TEXT_FEATURES.filter(
    (f) =>
      wanted.has(f) && (spec.text !== null || (f === 'hashtag_count' && spec.hashtags !== null)),
  );
};
/** The time parts a spec builds, in output order (none without a timestamp column). */
export const timePartsOf = (spec: FeatureSpec): readonly TimePart[] =>
  spec.timestamp ? TIME_PARTS.filter((p) => (spec.timeParts ?? TIME_PARTS).includes(p)) : [];
const topicCount = (spec: FeatureSpec): number => spec.topics?.centroids.k ?? 0;

/** The preprocessing spec of the numeric then categorical features, as the reference orders them. */
function preprocessSpecOf(spec: FeatureSpec): ColumnSpec[] {
  return [
    ...spec.numeric.map((f): ColumnSpec => ({ ...f.spec, name: f.column.name })),
    ...spec.categorical.map((f): ColumnSpec => ({ ...f.spec, name: f.column.name })),
  ];
}

function preprocessInputOf(input: FeatureInput, spec: FeatureSpec): Result<PreprocessInput> {
  const out: Record<string, Float64Array | readonly string[]> = {};
  for (const f of spec.numeric) {
    const values = numbersOf(input, f.column);
    if (!values.ok) return values;
    out[f.column.name] = values.value;
  }
  for (const f of spec.categorical) {
    const cells = cellsOf(input, f.column);
    if (!cells.ok) return cells;
    out[f.column.name] = cells.value;
  }
  return ok(out);
}

/** Explicit one-hot levels replace the fitted ones; `__other__` exists as the spec's otherColumn rule says. */
function withExplicitLevels(
  params: PreprocessParams,
  spec: FeatureSpec,
  input: PreprocessInput,
): PreprocessParams {
  const explicit = new Map(spec.categorical.filter((f) => f.levels).map((f) => [f.column.name, f]));
  if (explicit.size === 0) return params;
  const tokens = new Set(params.missingTokens);
  return {
    ...params,
    columns: params.columns.map((c) => {
      const f = explicit.get(c.name);
      if (!f || c.kind !== 'categorical' || c.encoding !== 'onehot') return c;
      const levels = [...f.levels!];
      const keep = new Set(levels);
      const cells = input[c.name] as readonly string[];
      const seenOther = cells.some((v) => !keep.has(tokens.has(v) && c.fill !== null ? c.fill : v));
      const otherColumn = (f.spec.otherColumn ?? 'always') === 'always' || seenOther;
      return {
        ...c,
        levels: levels.filter((l) => l !== OTHER_LABEL),
        otherColumn,
      } satisfies CategoricalColumnParams;
    }),
  };
}

/**
 * The feature names a spec and its fitted preprocessing make, in order (what `params.names` must
 * hold): text features, time parts, numeric (log1p_ prefixed when log1p), one-hot, topics. Fails
 * when two would share a name, or none is made.
 */
export function outputNames(
  spec: FeatureSpec,
  preprocess: PreprocessParams | null,
): Result<string[]> {
  const numericNames = new Map(
    spec.numeric.map((f) => [
      f.column.name,
      f.spec.log1p ? `log1p_${f.column.name}` : f.column.name,
    ]),
  );
  const pre = preprocess
    ? preprocess.columns.flatMap((c) =>
        c.kind === 'numeric'
          ? [numericNames.get(c.name) ?? c.name]
          : c.kind === 'categorical'
            ? categoricalFeatureNames(c)
            : [],
      )
    : [];
  const names = [
    ...textFeaturesOf(spec),
    ...timePartsOf(spec),
    ...pre,
    ...Array.from({ length: topicCount(spec) }, (_, k) => `hashtag_cluster=${k}`),
  ];
  const seen = new Set<string>();
  for (const n of names) {
    if (seen.has(n))
      return invalid(
        `Two features would be called "${n}".`,
        `Rename the column "${n}" or leave one of them out.`,
      );
    seen.add(n);
  }
  return names.length > 0
    ? ok(names)
    : fail(
        'NO_FEATURES',
        'No features to learn from: there is no text, time, hashtags, numeric or category column to use.',
        'In the Dataset view, give the post text the role "text" and the post time the role "timestamp", or pick feature columns.',
      );
}

/** The median of the finite values of a part (the lower middle, so a whole hour or year). */
function lowerMedian(values: number[]): number {
  values.sort((a, b) => a - b);
  return values[Math.floor((values.length - 1) / 2)]!;
}

/** Fits the builder on `input` (the training rows). Fails with a message naming the column when one cannot be used. */
export function fitFeatures(input: FeatureInput, spec: FeatureSpec): Result<FeatureParams> {
  const checked = checkSpec(spec);
  if (!checked.ok) return checked;
  let preprocess: PreprocessParams | null = null;
  const columns = preprocessSpecOf(spec);
  if (columns.length > 0) {
    const pin = preprocessInputOf(input, spec);
    if (!pin.ok) return pin;
    const fitted = fitPreprocess(pin.value, { columns });
    if (!fitted.ok) return fitted;
    preprocess = withExplicitLevels(fitted.value, spec, pin.value);
  }
  const timeFill: Partial<Record<TimePart, number>> = {};
  const parts = timePartsOf(spec);
  if (spec.timestamp && parts.length > 0) {
    const times = timesOf(input, spec.timestamp);
    if (!times.ok) return times;
    const present = Array.from(times.value).filter(Number.isFinite);
    if (present.length === 0)
      return fail(
        'COLUMN_WRONG_TYPE',
        `No cell of "${spec.timestamp.name}" reads as a date and time.`,
        'Give the post time the role "timestamp" in the Dataset view, or leave time features out.',
      );
    for (const p of parts) timeFill[p] = lowerMedian(present.map((t) => timePart(t, p)));
  }
  const names = outputNames(spec, preprocess);
  if (!names.ok) return names;
  return ok({
    kind: 'murmur.features',
    version: 1,
    spec,
    preprocess,
    timeFill,
    names: names.value,
    fittedRows: input.rows,
  });
}

function timesOf(input: FeatureInput, column: SourceColumn): Result<Float64Array> {
  const cells = cellsOf(input, column);
  if (!cells.ok) return cells;
  const format = formatOf(input, column).datetime ?? 'iso';
  return ok(Float64Array.from(cells.value, (c) => parseDatetimeCell(c, format)));
}

/** VADER scores, 4 per row: the input's own (rounded back from float32 to VADER's printed decimals) or scored now. */
function sentimentOf(
  input: FeatureInput,
  texts: readonly string[],
  mode: SentimentMode,
): Float64Array {
  const given = input.sentiment;
  if (given && given.length >= input.rows * 4) {
    if (given instanceof Float64Array) return given;
    // float32 keeps ~7 digits; VADER's scores have 3 (shares) or 4 (compound) decimals
    return Float64Array.from(
      given.subarray(0, input.rows * 4),
      (v) => Math.round(v * 10000) / 10000,
    );
  }
  return scoreTexts(texts, new Float64Array(input.rows * 4), mode);
}

/** Tag lists of the hashtags column, or null when hashtags come from the text. */
function tagListsOf(input: FeatureInput, spec: FeatureSpec): Result<string[][] | null> {
  if (!spec.hashtags) return ok(null);
  const cells = cellsOf(input, spec.hashtags);
  if (!cells.ok) return cells;
  const format = formatOf(input, spec.hashtags).tags ?? 'hash-separated';
  return ok(cells.value.map((c) => parseTagsCell(c, format)));
}

/** Builds the features of every row of `input` with fitted params: a column-major matrix named by `params.names`. */
export function buildFeatures(params: FeatureParams, input: FeatureInput): Result<Matrix> {
  const { spec } = params;
  const n = input.rows;
  const data = new Float64Array(n * params.names.length);
  let col = 0;
  const column = () => data.subarray(col * n, ++col * n);

  let texts: string[] = [];
  if (spec.text) {
    const cells = cellsOf(input, spec.text);
    if (!cells.ok) return cells;
    texts = cells.value.map((c) => (isMissingCell(c) ? '' : c));
  }
  const tags = tagListsOf(input, spec);
  if (!tags.ok) return tags;
  const textFeatures = textFeaturesOf(spec);
  const vader = textFeatures.some((f) => f.startsWith('vader_'))
    ? sentimentOf(input, texts, spec.sentimentMode ?? 'reference')
    : null;
  for (const f of textFeatures) {
    const out = column();
    if (f === 'vader_compound' || f === 'vader_pos' || f === 'vader_neg') {
      const offset = f === 'vader_neg' ? 0 : f === 'vader_pos' ? 2 : 3;
      for (let r = 0; r < n; r++) out[r] = vader![r * 4 + offset]!;
    } else if (f === 'hashtag_count' && tags.value)
      for (let r = 0; r < n; r++) out[r] = tags.value[r]!.length;
    else {
      const count = TEXT_COUNTS[f];
      for (let r = 0; r < n; r++) out[r] = count(texts[r]!);
    }
  }

  const parts = timePartsOf(spec);
  if (spec.timestamp && parts.length > 0) {
    const times = timesOf(input, spec.timestamp);
    if (!times.ok) return times;
    for (const p of parts) {
      const out = column();
      const fill = params.timeFill[p] ?? 0;
      for (let r = 0; r < n; r++)
        out[r] = Number.isFinite(times.value[r]!) ? timePart(times.value[r]!, p) : fill;
    }
  }

  if (params.preprocess) {
    const pin = preprocessInputOf(input, spec);
    if (!pin.ok) return pin;
    const applied = applyPreprocess(params.preprocess, pin.value);
    if (!applied.ok) return applied;
    const m = applied.value.matrix;
    if (m.rows !== n || featureNames(params.preprocess).length !== m.cols)
      return fail(
        'INTERNAL',
        'Preprocessing changed the number of rows.',
        'This is a bug in Murmur.',
      );
    // a model whose names undercount its preprocessing must fail here, not overflow `data`
    if ((col + m.cols) * n > data.length)
      return fail(
        'BUNDLE_MISMATCH',
        `The features came out more than ${params.names.length} columns wide, as many as the model lists.`,
        'Train the model again with this version of Murmur.',
      );
    data.set(m.data, col * n);
    col += m.cols;
  }

  const k = topicCount(spec);
  if (k > 0 && spec.topics) {
    const base = col;
    col += k;
    for (let r = 0; r < n; r++) {
      const hit = assignTopic(spec.topics, tags.value ? tags.value[r]! : (texts[r] ?? ''));
      if (hit) data[(base + hit.cluster) * n + r] = 1;
    }
  }
  if (col !== params.names.length)
    return fail(
      'BUNDLE_MISMATCH',
      `The features came out ${col} columns wide; the model expects ${params.names.length}.`,
      'Train the model again with this version of Murmur.',
    );
  return ok({ rows: n, cols: col, data, names: params.names });
}

/** A parsed table as feature input (no copy: the table's own cell arrays). */
export function inputFromTable(
  table: ParsedTable,
  sentiment?: Float32Array | Float64Array,
): FeatureInput {
  const cells: Record<string, readonly string[]> = {};
  table.header.forEach((name, i) => (cells[name] = table.columns[i]!));
  return sentiment ? { rows: table.rowCount, cells, sentiment } : { rows: table.rowCount, cells };
}

/** The rows `index` of an input (copies of the used cell arrays only). */
export function selectInputRows(
  input: FeatureInput,
  index: ArrayLike<number>,
  columns: readonly string[],
): FeatureInput {
  const cells: Record<string, readonly string[]> = {};
  for (const name of columns) {
    const src = input.cells[name];
    if (src) cells[name] = Array.from({ length: index.length }, (_, i) => src[index[i]!]!);
  }
  const out: FeatureInput = {
    rows: index.length,
    cells,
    ...(input.formats ? { formats: input.formats } : {}),
  };
  const s = input.sentiment;
  if (!s) return out;
  const sentiment =
    s instanceof Float32Array
      ? new Float32Array(index.length * 4)
      : new Float64Array(index.length * 4);
  for (let i = 0; i < index.length; i++)
    sentiment.set(s.subarray(index[i]! * 4, index[i]! * 4 + 4), i * 4);
  return { ...out, sentiment };
}

/** Source columns a spec reads. */
export function sourceColumns(spec: FeatureSpec): string[] {
  const names = [
    spec.text?.name,
    spec.hashtags?.name,
    spec.timestamp?.name,
    ...spec.numeric.map((f) => f.column.name),
    ...spec.categorical.map((f) => f.column.name),
  ];
  return [...new Set(names.filter((n): n is string => n !== undefined))];
}
