import Papa from 'papaparse';
import { fail, ok, type Result } from '../errors/index.ts';
import { matrixFromColumns, type Matrix } from './matrix.ts';

/** How to read a numeric feature table such as the reference's `features_<ds>.csv`. */
export interface FeatureTableOptions {
  /** The numeric column to predict. */
  readonly target: string;
  /** Column whose value `train` or `test` assigns each row (other values are left out); null = every row trains. Default 'split'. */
  readonly splitColumn?: string | null;
  /** Columns that are not features (ids, other targets, fold numbers). */
  readonly exclude?: readonly string[];
  /** Numeric column that orders the training rows (the reference's `train_order`, so k-fold splits match GridSearchCV's). */
  readonly trainOrderColumn?: string;
}

/** Rows of one split: features and target. */
export interface FeatureRows {
  readonly X: Matrix;
  readonly y: Float64Array;
}

/** A table read for a forest: every numeric column but the target, split and excluded ones is a feature. */
export interface FeatureTable {
  readonly featureNames: readonly string[];
  readonly train: FeatureRows;
  readonly test: FeatureRows;
  /** Columns left out because they are not numeric. */
  readonly nonNumeric: readonly string[];
}

/** Parses CSV text into train and test matrices, taking the table exactly as given (no cleaning). */
export function readFeatureTable(
  csvText: string,
  options: FeatureTableOptions,
): Result<FeatureTable> {
  const parsed = Papa.parse<string[]>(csvText, { skipEmptyLines: true });
  const bad = parsed.errors[0];
  if (bad)
    return fail(
      'FILE_UNREADABLE',
      `The CSV could not be read: ${bad.message} (row ${(bad.row ?? 0) + 1}).`,
      'Check that the file is a comma-separated table with one header row.',
    );
  const [header, ...rows] = parsed.data;
  if (!header || rows.length === 0)
    return fail(
      'FILE_HEADER_ONLY',
      'The table has no data rows.',
      'Export the table again with its rows.',
    );
  const col = (name: string): number => header.indexOf(name);
  const splitColumn = options.splitColumn === undefined ? 'split' : options.splitColumn;
  for (const name of [
    options.target,
    ...(splitColumn ? [splitColumn] : []),
    ...(options.exclude ?? []),
    ...(options.trainOrderColumn ? [options.trainOrderColumn] : []),
  ]) {
    if (col(name) < 0)
      return fail(
        'COLUMN_NOT_FOUND',
        `The table has no column "${name}".`,
        `Columns are: ${header.join(', ')}.`,
      );
  }
  const numeric = header.map((_, c) => numericColumn(rows, c));
  const targetValues = numeric[col(options.target)];
  if (!targetValues || targetValues.missing > 0) {
    return fail(
      'TARGET_NOT_NUMERIC',
      `The target "${options.target}" is not numeric in every row.`,
      'Pick a numeric target column, or drop rows where it is empty.',
    );
  }
  const reserved = new Set([options.target, ...(options.exclude ?? [])]);
  if (splitColumn) reserved.add(splitColumn);
  const featureCols: number[] = [];
  const nonNumeric: string[] = [];
  header.forEach((name, c) => {
    if (reserved.has(name)) return;
    if (numeric[c]) featureCols.push(c);
    else nonNumeric.push(name);
  });
  if (featureCols.length === 0)
    return fail(
      'NO_FEATURES',
      'No numeric feature columns are left.',
      'Exclude fewer columns, or add numeric features.',
    );
  const withGaps = featureCols.find((c) => numeric[c]!.missing > 0);
  if (withGaps !== undefined) {
    return fail(
      'NON_FINITE_VALUES',
      `Feature "${header[withGaps]}" is empty in ${numeric[withGaps]!.missing} rows.`,
      `Fill the gaps, or pass --exclude ${header[withGaps]}.`,
    );
  }
  const train: number[] = [];
  const test: number[] = [];
  const splitIndex = splitColumn ? col(splitColumn) : -1;
  rows.forEach((row, r) => {
    const s = splitIndex < 0 ? 'train' : (row[splitIndex] ?? '').trim();
    if (s === 'train') train.push(r);
    else if (s === 'test') test.push(r);
  });
  if (train.length === 0)
    return fail(
      'TOO_FEW_ROWS',
      `No row has ${splitColumn} = train.`,
      `Mark training rows with "train" in column ${splitColumn}.`,
    );
  if (options.trainOrderColumn) {
    const order = numeric[col(options.trainOrderColumn)];
    if (!order)
      return fail(
        'COLUMN_WRONG_TYPE',
        `"${options.trainOrderColumn}" is not numeric.`,
        'Order the training rows by a numeric column.',
      );
    train.sort((a, b) => order.values[a]! - order.values[b]!);
  }
  const names = featureCols.map((c) => header[c]!);
  const pick = (index: number[]): FeatureRows => ({
    X: matrixFromColumns(
      featureCols.map((c) => Float64Array.from(index, (r) => numeric[c]!.values[r]!)),
      names,
    ),
    y: Float64Array.from(index, (r) => targetValues.values[r]!),
  });
  return ok({ featureNames: names, train: pick(train), test: pick(test), nonNumeric });
}

/** A column's numbers with how many cells are empty; null when some non-empty cell is not a finite number. */
function numericColumn(
  rows: readonly string[][],
  c: number,
): { values: Float64Array; missing: number } | null {
  const values = new Float64Array(rows.length);
  let missing = 0;
  for (let r = 0; r < rows.length; r++) {
    const cell = (rows[r]![c] ?? '').trim();
    if (cell === '') {
      missing++;
      values[r] = Number.NaN;
      continue;
    }
    const v = Number(cell);
    if (!Number.isFinite(v)) return null;
    values[r] = v;
  }
  return missing === rows.length ? null : { values, missing };
}
