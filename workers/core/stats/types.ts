/** Column summaries: what the dataset view shows for each column, and what `murmur profile` could print. */
import type { ColumnType, Role } from '../schema/types.ts';

/** Equal-width bins: `counts[i]` values fall in [edges[i], edges[i+1]) (the last bin includes its right edge). */
export interface Histogram {
  readonly edges: readonly number[];
  readonly counts: readonly number[];
}

export interface NumericSummary {
  /** Finite values. */
  readonly count: number;
  readonly min: number;
  readonly max: number;
  readonly mean: number;
  /** Sample standard deviation (ddof = 1), as pandas `Series.std()`; NaN for fewer than 2 values. */
  readonly std: number;
  /** Quartiles with linear interpolation, as pandas `Series.quantile()`. */
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly zeros: number;
  /** About 20 bins over [min, max]; one bin per value for whole numbers spanning at most 30. */
  readonly histogram: Histogram;
  /**
   * For heavy-tailed non-negative counts (max above 20 × (q3 + 1)): bins equal in log1p(x), edges given
   * in the original units, so the tail is visible. Absent otherwise.
   */
  readonly log1pHistogram?: Histogram;
}

export type TimeUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** Calendar bins (UTC, weeks from Monday): `counts[i]` values fall in the unit that starts at `starts[i]` (epoch ms). */
export interface TimeHistogram {
  readonly unit: TimeUnit;
  readonly starts: readonly number[];
  readonly counts: readonly number[];
}

export interface DatetimeSummary {
  readonly count: number;
  /** Epoch ms. */
  readonly min: number;
  readonly max: number;
  readonly histogram: TimeHistogram;
  /** Values per hour of day 0–23 and per weekday (0 = Monday, as pandas `dt.dayofweek`), in UTC (= naive time). */
  readonly byHour: readonly number[];
  readonly byWeekday: readonly number[];
}

export interface ValueCount {
  readonly value: string;
  readonly count: number;
}

export interface TopValues {
  readonly values: readonly ValueCount[];
  /** True when distinct values passed the counting cap: values first seen after it were not counted. */
  readonly approximate: boolean;
}

export interface TextSummary {
  /** Characters (UTF-16 code units) per non-missing cell. */
  readonly meanLength: number;
  readonly maxLength: number;
  readonly meanWords: number;
}

export interface TagSummary {
  readonly rowsWithTags: number;
  readonly meanPerRow: number;
  /** Distinct tags, case as written (up to the counting cap). */
  readonly distinctTags: number;
  readonly top: TopValues;
}

/** Some cells of a column: how many, and what they look like. */
export interface CellExamples {
  readonly count: number;
  /** Up to three different ones, as written. */
  readonly examples: readonly string[];
  /** Other values than the examples are among them. */
  readonly more: boolean;
}

/** Cells of a number or date column that are there but do not read in its type and format. */
export interface UnreadableCells extends CellExamples {
  /** The row (0-based, after the header) of the first one. */
  readonly firstRow: number;
}

export interface ColumnSummary {
  readonly name: string;
  readonly index: number;
  readonly type: ColumnType;
  readonly role: Role;
  readonly rows: number;
  readonly missing: number;
  /** missing / rows, 0..1. */
  readonly missingShare: number;
  readonly distinct: number;
  readonly distinctCapped: boolean;
  /** Number and date columns: cells that did not read, counted as missing everywhere. Absent when none. */
  readonly unreadable?: UnreadableCells;
  /**
   * Number and date columns: cells that stand for no value (`-`, `None`, Excel's `#VALUE!`), counted
   * as missing everywhere, apart from `unreadable` since they are no sign of a wrong reading. Absent when none.
   */
  readonly placeholders?: CellExamples;
  /**
   * Day-first or month-first dates none of whose parts is above 12, so the order read is a guess:
   * the order read and the first date, as written. Absent when the dates settle it.
   */
  readonly dayOrder?: { readonly read: 'dmy' | 'mdy'; readonly example: string };
  /** Number columns: counts written short (`2.1K`, read as 2,100), and the first of them. Absent when none. */
  readonly abbreviated?: { readonly count: number; readonly example: string };
  readonly numeric?: NumericSummary;
  readonly datetime?: DatetimeSummary;
  /** Most frequent values: categories, booleans, text (duplicates), ids. */
  readonly top?: TopValues;
  readonly text?: TextSummary;
  readonly tags?: TagSummary;
}

export interface MissingReport {
  readonly rows: number;
  /** Rows with no missing cell. */
  readonly completeRows: number;
  /** Every column, most missing first. */
  readonly columns: readonly {
    readonly name: string;
    readonly missing: number;
    readonly share: number;
  }[];
}

/** Pearson correlations of numeric columns over pairwise-complete rows, as pandas `DataFrame.corr()`. */
export interface CorrelationMatrix {
  readonly columns: readonly string[];
  /** r[i][j]; NaN where fewer than 2 shared rows or a constant column. */
  readonly r: readonly (readonly number[])[];
  /** Rows where both columns have a value. */
  readonly n: readonly (readonly number[])[];
}

/** A note on a column's values that changes what the charts show (see valueNotes.ts). */
export interface ValueNote {
  readonly code:
    | 'UNREADABLE_ROW'
    | 'UNREADABLE_VALUES'
    | 'PLACEHOLDER_VALUES'
    | 'ABBREVIATED_COUNTS'
    | 'AMBIGUOUS_DAY_ORDER';
  /** The column named, or the first of the columns a row note covers. */
  readonly column: string;
  /** UNREADABLE_ROW: the row below the header, 1-based. */
  readonly row?: number;
  readonly message: string;
}

export interface TableSummary {
  readonly rows: number;
  readonly columns: readonly ColumnSummary[];
  readonly missing: MissingReport;
  readonly correlation: CorrelationMatrix;
  /** Unreadable or shortened values, by column. */
  readonly valueNotes: readonly ValueNote[];
}
