/**
 * Preprocessing as a fitted, serialisable object: `fitPreprocess(columns, spec)` learns fill
 * values, category levels and scaler statistics from training rows; `applyPreprocess(params,
 * columns)` repeats exactly the same steps on new rows (a file, or one post typed by a user).
 *
 * Per numeric column: missing → fill (or drop the row) → log1p → scaler, as an sklearn
 * `Pipeline(SimpleImputer, FunctionTransformer(np.log1p), <Scaler>)` fitted on the kept rows.
 */
import { fail, ok, type Result } from '../errors/index.ts';
import { categoricalFeatureNames, encodeCategorical, fitLevels } from './categorical.ts';
import { createCleaner, resolveCleanOptions } from './cleanText.ts';
import { asCells, asLists, asNumbers, getColumn, inputKind } from './columnInput.ts';
import { normalizeHashtags, splitHashtagCell } from './hashtags.ts';
import { fitCategoricalFill, fitNumericFill } from './imputation.ts';
import { DEFAULT_MISSING_TOKENS } from './missingValues.ts';
import { fitScaler, log1pCounts, scaleValue } from './scaling.ts';
import type {
  ColumnParams,
  ColumnSpec,
  FeatureMatrix,
  NumericColumnParams,
  PreprocessInput,
  PreprocessOutput,
  PreprocessParams,
  PreprocessSpec,
} from './types.ts';

/** A column read as its kind needs it (hashtags already normalised). */
type ReadColumn =
  | { readonly kind: 'numeric'; readonly values: Float64Array }
  | { readonly kind: 'categorical' | 'text'; readonly values: readonly string[] }
  | { readonly kind: 'hashtags'; readonly values: readonly string[][] };

function invalid<T>(message: string, hint: string): Result<T> {
  return fail('INVALID_OPTIONS', message, hint);
}

/** Checks what the types cannot: unique names, sane topN and order. */
function checkSpec(spec: PreprocessSpec): Result<true> {
  if (spec.columns.length === 0)
    return invalid(
      'The preprocessing spec has no columns.',
      'Choose at least one column to preprocess.',
    );
  const seen = new Set<string>();
  for (const c of spec.columns) {
    if (seen.has(c.name))
      return invalid(
        `Column "${c.name}" appears twice in the preprocessing spec.`,
        'List each column once.',
      );
    seen.add(c.name);
    if (c.kind !== 'categorical') continue;
    if (c.topN !== undefined && !(Number.isInteger(c.topN) && c.topN >= 1)) {
      return invalid(
        `Column "${c.name}": keep-top-N must be a whole number of at least 1 (got ${c.topN}).`,
        'Set topN to 1 or more, or leave it out for the default.',
      );
    }
    if (c.order && new Set(c.order).size !== c.order.length)
      return invalid(
        `Column "${c.name}": the ordinal order lists a value twice.`,
        'List each level once.',
      );
  }
  return ok(true);
}

function readColumn(
  input: PreprocessInput,
  spec: Pick<ColumnSpec, 'name' | 'kind'>,
  rows: number,
  tokens: ReadonlySet<string>,
): Result<ReadColumn> {
  const column = getColumn(input, spec.name, rows);
  if (!column.ok) return column;
  const name = spec.name;
  switch (spec.kind) {
    case 'numeric': {
      const values = asNumbers(name, column.value);
      if (!values.ok) return values;
      const bad = values.value.findIndex((v) => v === Infinity || v === -Infinity);
      if (bad >= 0)
        return fail(
          'NON_FINITE_VALUES',
          `Column "${name}" has an infinite value in row ${bad + 1}.`,
          'Fix or remove that value; missing values should be empty cells.',
        );
      return ok({ kind: 'numeric', values: values.value });
    }
    case 'categorical':
    case 'text': {
      const values = asCells(name, column.value);
      return values.ok ? ok({ kind: spec.kind, values: values.value }) : values;
    }
    case 'hashtags': {
      if (inputKind(column.value) === 'cells') {
        const cells = asCells(name, column.value);
        if (!cells.ok) return cells;
        return ok({
          kind: 'hashtags',
          values: cells.value.map((c) =>
            tokens.has(c) ? [] : normalizeHashtags(splitHashtagCell(c)),
          ),
        });
      }
      const lists = asLists(name, column.value);
      return lists.ok
        ? ok({ kind: 'hashtags', values: lists.value.map(normalizeHashtags) })
        : lists;
    }
  }
}

function isMissing(column: ReadColumn, row: number, tokens: ReadonlySet<string>): boolean {
  switch (column.kind) {
    case 'numeric':
      return Number.isNaN(column.values[row]!);
    case 'hashtags':
      return column.values[row]!.length === 0;
    default:
      return tokens.has(column.values[row]!);
  }
}

interface ReadTable {
  readonly rows: number;
  readonly columns: readonly ReadColumn[];
  /** Input rows kept, in order: those with no missing value in a 'drop' column. */
  readonly kept: Uint32Array;
}

function readTable(
  input: PreprocessInput,
  specs: readonly (ColumnSpec | ColumnParams)[],
  tokens: ReadonlySet<string>,
): Result<ReadTable> {
  const first = input[specs[0]!.name];
  const rows = first?.length ?? 0;
  const columns: ReadColumn[] = [];
  for (const spec of specs) {
    const column = readColumn(input, spec, rows, tokens);
    if (!column.ok) return column;
    columns.push(column.value);
  }
  const dropping = specs.map((s, j) => (s.missing === 'drop' ? j : -1)).filter((j) => j >= 0);
  const kept: number[] = [];
  for (let r = 0; r < rows; r++)
    if (!dropping.some((j) => isMissing(columns[j]!, r, tokens))) kept.push(r);
  return ok({ rows, columns, kept: Uint32Array.from(kept) });
}

/** Kept rows of a numeric column, missing filled, log1p applied if asked: what the scaler sees. */
function numericBeforeScaling(
  name: string,
  values: Float64Array,
  kept: Uint32Array,
  fill: number | null,
  log1p: boolean,
): Result<Float64Array> {
  const out = new Float64Array(kept.length);
  for (let i = 0; i < kept.length; i++) {
    const v = values[kept[i]!]!;
    out[i] = Number.isNaN(v) && fill !== null ? fill : v;
  }
  return log1p ? log1pCounts(name, out, (i) => kept[i]!) : ok(out);
}

/** readColumn builds each column by its spec's kind, so a mismatch is a bug, not bad data. */
function kindMismatch<T>(name: string): Result<T> {
  return fail(
    'INTERNAL',
    `Column "${name}" was read as the wrong kind.`,
    'This is a bug in Murmur.',
  );
}

function fitColumn(
  spec: ColumnSpec,
  column: ReadColumn,
  kept: Uint32Array,
  tokens: ReadonlySet<string>,
): Result<ColumnParams> {
  const { name } = spec;
  switch (spec.kind) {
    case 'numeric': {
      if (column.kind !== 'numeric') return kindMismatch(name);
      const missing = spec.missing ?? 'median';
      const present: number[] = [];
      for (const r of kept) if (!Number.isNaN(column.values[r]!)) present.push(column.values[r]!);
      const fill = fitNumericFill(name, present, missing, spec.fillValue);
      if (!fill.ok) return fill;
      const log1p = spec.log1p ?? false;
      const ready = numericBeforeScaling(name, column.values, kept, fill.value, log1p);
      if (!ready.ok) return ready;
      return ok({
        name,
        kind: 'numeric',
        missing,
        fill: fill.value,
        log1p,
        scaler: fitScaler(spec.scale ?? 'none', ready.value),
      });
    }
    case 'categorical': {
      if (column.kind !== 'categorical') return kindMismatch(name);
      const missing = spec.missing ?? 'category';
      const keptCells = Array.from(kept, (r) => column.values[r]!);
      const fill = fitCategoricalFill(
        name,
        keptCells.filter((c) => !tokens.has(c)),
        missing,
        spec.fillValue,
      );
      if (!fill.ok) return fill;
      const encoding = spec.encoding ?? 'onehot';
      const filled = filledCells(keptCells, fill.value, tokens);
      const { levels, otherColumn } = fitLevels(filled, {
        encoding,
        topN: spec.topN,
        order: spec.order,
        otherColumn: spec.otherColumn,
      });
      return ok({
        name,
        kind: 'categorical',
        missing,
        fill: fill.value,
        encoding,
        levels,
        otherColumn,
      });
    }
    case 'text': {
      const missing = spec.missing ?? 'constant';
      return ok({
        name,
        kind: 'text',
        missing,
        fill: missing === 'drop' ? null : (spec.fillValue ?? ''),
        clean: resolveCleanOptions(spec.clean),
      });
    }
    case 'hashtags':
      return ok({ name, kind: 'hashtags', missing: spec.missing ?? 'empty' });
  }
}

/** Cells with missing ones replaced by the fill (none are left missing under 'drop'). */
function filledCells(
  cells: readonly string[],
  fill: string | null,
  tokens: ReadonlySet<string>,
): readonly string[] {
  return fill === null ? cells : cells.map((c) => (tokens.has(c) ? fill : c));
}

/**
 * Fits the preprocessing of every column in `spec` on `input` (rows with a missing value in a
 * 'drop' column are left out of the fit). Fails with a message naming the column when a column
 * is absent, of the wrong kind, all missing where a statistic is needed, negative under log1p,
 * or infinite.
 */
export function fitPreprocess(
  input: PreprocessInput,
  spec: PreprocessSpec,
): Result<PreprocessParams> {
  const checked = checkSpec(spec);
  if (!checked.ok) return checked;
  const missingTokens = [...(spec.missingTokens ?? DEFAULT_MISSING_TOKENS)];
  const tokens = new Set(missingTokens);
  const table = readTable(input, spec.columns, tokens);
  if (!table.ok) return table;
  const { rows, columns, kept } = table.value;
  const params: ColumnParams[] = [];
  for (let j = 0; j < spec.columns.length; j++) {
    const p = fitColumn(spec.columns[j]!, columns[j]!, kept, tokens);
    if (!p.ok) return p;
    params.push(p.value);
  }
  return ok({
    version: 1,
    missingTokens,
    columns: params,
    fittedRows: rows,
    droppedRows: rows - kept.length,
  });
}

/** Names of the matrix columns `applyPreprocess` produces, in order. */
export function featureNames(params: PreprocessParams): string[] {
  return params.columns.flatMap((c) =>
    c.kind === 'numeric' ? [c.name] : c.kind === 'categorical' ? categoricalFeatureNames(c) : [],
  );
}

function transformNumeric(
  p: NumericColumnParams,
  values: Float64Array,
  kept: Uint32Array,
  out: Float64Array,
): Result<true> {
  const ready = numericBeforeScaling(p.name, values, kept, p.fill, p.log1p);
  if (!ready.ok) return ready;
  for (let i = 0; i < kept.length; i++) out[i] = scaleValue(p.scaler, ready.value[i]!);
  return ok(true);
}

/**
 * Applies fitted params to new columns: same fills, levels (unseen values → `__other__`),
 * scalers, cleaning and hashtag normalisation. Rows missing a 'drop' column are left out;
 * `rowIndex` maps output rows back to input rows.
 */
export function applyPreprocess(
  params: PreprocessParams,
  input: PreprocessInput,
): Result<PreprocessOutput> {
  const tokens = new Set(params.missingTokens);
  const table = readTable(input, params.columns, tokens);
  if (!table.ok) return table;
  const { rows, columns, kept } = table.value;
  const names = featureNames(params);
  const n = kept.length;
  const data = new Float64Array(n * names.length);
  const tokenColumns: Record<string, string[][]> = {};
  const hashtagColumns: Record<string, string[][]> = {};
  let c = 0;
  for (let j = 0; j < params.columns.length; j++) {
    const p = params.columns[j]!;
    const column = columns[j]!;
    switch (p.kind) {
      case 'numeric': {
        if (column.kind !== 'numeric') return kindMismatch(p.name);
        const done = transformNumeric(p, column.values, kept, data.subarray(c * n, (c + 1) * n));
        if (!done.ok) return done;
        c += 1;
        break;
      }
      case 'categorical': {
        if (column.kind !== 'categorical') return kindMismatch(p.name);
        const width = categoricalFeatureNames(p).length;
        const out = Array.from({ length: width }, (_, k) =>
          data.subarray((c + k) * n, (c + k + 1) * n),
        );
        encodeCategorical(
          p,
          filledCells(
            Array.from(kept, (r) => column.values[r]!),
            p.fill,
            tokens,
          ),
          out,
        );
        c += width;
        break;
      }
      case 'text': {
        if (column.kind !== 'text') return kindMismatch(p.name);
        const clean = createCleaner(p.clean);
        tokenColumns[p.name] = filledCells(
          Array.from(kept, (r) => column.values[r]!),
          p.fill,
          tokens,
        ).map(clean);
        break;
      }
      case 'hashtags':
        if (column.kind !== 'hashtags') return kindMismatch(p.name);
        hashtagColumns[p.name] = Array.from(kept, (r) => column.values[r]!);
    }
  }
  const matrix: FeatureMatrix = { rows: n, cols: names.length, names, data };
  return ok({
    rowIndex: kept,
    droppedRows: rows - n,
    matrix,
    tokens: tokenColumns,
    hashtags: hashtagColumns,
  });
}
