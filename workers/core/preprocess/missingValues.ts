/**
 * What counts as missing, and the missing-value report: per column how many, what share and in
 * what pattern, and which columns go missing together.
 */
import { PANDAS_NA_TOKENS } from '../schema/missing.ts';
import { inputKind } from './columnInput.ts';
import type { ColumnInput, PreprocessInput } from './types.ts';

/**
 * Whole cells read as missing in string columns: '' and pandas `read_csv`'s default `na_values`
 * (pandas 1.5), the same set the importer's `isMissingCell` uses, so the schema's missing shares
 * and preprocessing agree. It includes 'NA': pass your own list where that is Namibia.
 */
export const DEFAULT_MISSING_TOKENS: readonly string[] = ['', ...PANDAS_NA_TOKENS];

/** A per-row missing mask: NaN numbers, cells in `tokens`, empty tag lists. */
export function missingMask(column: ColumnInput, tokens: ReadonlySet<string>): Uint8Array {
  const mask = new Uint8Array(column.length);
  const kind = inputKind(column);
  for (let i = 0; i < column.length; i++) {
    const v = column[i]!;
    if (kind === 'numbers') mask[i] = Number.isNaN(v as number) ? 1 : 0;
    else if (kind === 'lists') mask[i] = (v as readonly string[]).length === 0 ? 1 : 0;
    else mask[i] = tokens.has(v as string) ? 1 : 0;
  }
  return mask;
}

/**
 * 'none', 'all', 'block' (one contiguous run: often a field an export added or dropped part way)
 * or 'scattered'.
 */
export type MissingPattern = 'none' | 'all' | 'block' | 'scattered';

export interface ColumnMissing {
  readonly name: string;
  readonly count: number;
  /** count / rows, 0..1 (0 for no rows). */
  readonly share: number;
  /** Contiguous runs of missing rows, and the longest. */
  readonly runs: number;
  readonly longestRun: number;
  /** First and last missing row (0-based), null when none. */
  readonly firstRow: number | null;
  readonly lastRow: number | null;
  readonly pattern: MissingPattern;
}

/** Rows whose set of missing columns is exactly `columns`. */
export interface MissingCombination {
  readonly columns: readonly string[];
  readonly rows: number;
  readonly share: number;
}

export interface MissingReport {
  readonly rows: number;
  /** Rows with no missing value in any column. */
  readonly completeRows: number;
  readonly columns: readonly ColumnMissing[];
  /** The most common combinations of missing columns (complete rows left out), most rows first. */
  readonly combinations: readonly MissingCombination[];
}

export interface MissingReportOptions {
  /** Default `DEFAULT_MISSING_TOKENS`. */
  readonly missingTokens?: readonly string[];
  /** How many combinations to list; default 10. */
  readonly maxCombinations?: number;
}

function describeColumn(name: string, mask: Uint8Array): ColumnMissing {
  const n = mask.length;
  let count = 0;
  let runs = 0;
  let longestRun = 0;
  let run = 0;
  let firstRow: number | null = null;
  let lastRow: number | null = null;
  for (let i = 0; i < n; i++) {
    if (mask[i] === 0) {
      run = 0;
      continue;
    }
    count++;
    if (run === 0) runs++;
    run++;
    if (run > longestRun) longestRun = run;
    firstRow ??= i;
    lastRow = i;
  }
  const pattern: MissingPattern =
    count === 0 ? 'none' : count === n ? 'all' : runs === 1 ? 'block' : 'scattered';
  return {
    name,
    count,
    share: n === 0 ? 0 : count / n,
    runs,
    longestRun,
    firstRow,
    lastRow,
    pattern,
  };
}

/** Shorter first, then element by element. */
function compareIndexLists(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) return a.length - b.length;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** Missing values per column and per combination of columns, over every row. */
export function missingReport(
  input: PreprocessInput,
  options: MissingReportOptions = {},
): MissingReport {
  const tokens = new Set(options.missingTokens ?? DEFAULT_MISSING_TOKENS);
  const names = Object.keys(input);
  const rows = names.length === 0 ? 0 : Math.max(...names.map((c) => input[c]!.length));
  const masks = names.map((c) => missingMask(input[c]!, tokens));
  const columns = names.map((c, j) => describeColumn(c, masks[j]!));
  const withMissing = names.map((_, j) => j).filter((j) => columns[j]!.count > 0);
  const combos = new Map<string, { cols: number[]; rows: number }>();
  let completeRows = 0;
  for (let r = 0; r < rows; r++) {
    let key = '';
    for (const j of withMissing) if (masks[j]![r] === 1) key += `${j},`;
    if (key === '') completeRows++;
    else {
      const combo = combos.get(key);
      if (combo) combo.rows++;
      else combos.set(key, { cols: withMissing.filter((j) => masks[j]![r] === 1), rows: 1 });
    }
  }
  // Most rows first; ties: fewer columns, then the columns' order in the input.
  const combinations = [...combos.values()]
    .sort((a, b) => b.rows - a.rows || compareIndexLists(a.cols, b.cols))
    .slice(0, options.maxCombinations ?? 10)
    .map((c) => ({ columns: c.cols.map((j) => names[j]!), rows: c.rows, share: c.rows / rows }));
  return { rows, completeRows, columns, combinations };
}
