/**
 * The preprocessing contract: a spec (what the user chose per column), the params fitted from it
 * (plain JSON-safe data a saved model carries) and the output of applying them to new columns.
 */
import type { TextCleanOptions } from './cleanText.ts';

/** Numbers per row, NaN when missing. */
export type NumericInput = Float64Array | readonly number[];
/** Trimmed cells per row, '' (or a missing token) when missing. */
export type CellsInput = readonly string[];
/** One tag list per row (hashtags as the importer parses them). */
export type ListsInput = readonly (readonly string[])[];
export type ColumnInput = NumericInput | CellsInput | ListsInput;
/** Input columns by name, all of the same length. */
export type PreprocessInput = Readonly<Record<string, ColumnInput>>;

/** Fill value given to missing categorical cells by the 'category' strategy. */
export const MISSING_LABEL = '__missing__';
/** The level unknown and rare values fall into (named as in the sklearn reference features). */
export const OTHER_LABEL = '__other__';

export type NumericMissingStrategy = 'drop' | 'median' | 'mean' | 'mode' | 'constant';
export type CategoricalMissingStrategy = 'drop' | 'mode' | 'constant' | 'category';
export type TextMissingStrategy = 'drop' | 'constant';
export type ScaleMethod = 'none' | 'zscore' | 'minmax' | 'robust';
export type CategoricalEncoding = 'onehot' | 'ordinal';

export interface NumericColumnSpec {
  readonly name: string;
  readonly kind: 'numeric';
  /** Default 'median' (as sklearn `SimpleImputer(strategy='median')`). */
  readonly missing?: NumericMissingStrategy;
  /** The fill for the 'constant' strategy (required by it). */
  readonly fillValue?: number;
  /** log1p before scaling, for counts; negative values are rejected. Default false. */
  readonly log1p?: boolean;
  /** Default 'none'. */
  readonly scale?: ScaleMethod;
}

export interface CategoricalColumnSpec {
  readonly name: string;
  readonly kind: 'categorical';
  /** Default 'category': missing cells become the level `__missing__`. */
  readonly missing?: CategoricalMissingStrategy;
  /** The fill for the 'constant' strategy (required by it). */
  readonly fillValue?: string;
  /** Default 'onehot'. */
  readonly encoding?: CategoricalEncoding;
  /** Keep the N most frequent values (ties by value); the rest become `__other__`. Integer ≥ 1; default 10 for one-hot, all values for ordinal. */
  readonly topN?: number;
  /** Ordinal only: the levels in their order (else sorted by value, as sklearn `OrdinalEncoder`). */
  readonly order?: readonly string[];
  /** One-hot only: 'always' (default) adds the `__other__` column even when fit saw no other value; 'when-seen' only when it did (as the sklearn reference features). */
  readonly otherColumn?: 'always' | 'when-seen';
}

export interface TextColumnSpec {
  readonly name: string;
  readonly kind: 'text';
  /** Default 'constant' with fill '' (no tokens). */
  readonly missing?: TextMissingStrategy;
  readonly fillValue?: string;
  readonly clean?: TextCleanOptions;
}

export interface HashtagsColumnSpec {
  readonly name: string;
  readonly kind: 'hashtags';
  /** 'empty' (default) keeps posts without hashtags; 'drop' drops them. */
  readonly missing?: 'empty' | 'drop';
}

export type ColumnSpec =
  NumericColumnSpec | CategoricalColumnSpec | TextColumnSpec | HashtagsColumnSpec;

export interface PreprocessSpec {
  /** Columns in output order; names unique. */
  readonly columns: readonly ColumnSpec[];
  /** Whole cells read as missing in string columns. Default `DEFAULT_MISSING_TOKENS`. */
  readonly missingTokens?: readonly string[];
}

export type ScalerParams =
  | { readonly method: 'none' }
  | { readonly method: 'zscore'; readonly mean: number; readonly std: number }
  | { readonly method: 'minmax'; readonly min: number; readonly max: number }
  | { readonly method: 'robust'; readonly median: number; readonly iqr: number };

export interface NumericColumnParams {
  readonly name: string;
  readonly kind: 'numeric';
  readonly missing: NumericMissingStrategy;
  /** The fitted fill value; null for 'drop'. */
  readonly fill: number | null;
  readonly log1p: boolean;
  readonly scaler: ScalerParams;
}

export interface CategoricalColumnParams {
  readonly name: string;
  readonly kind: 'categorical';
  readonly missing: CategoricalMissingStrategy;
  readonly fill: string | null;
  readonly encoding: CategoricalEncoding;
  /** One-hot: columns in this order. Ordinal: code i for levels[i], levels.length for anything else. */
  readonly levels: readonly string[];
  /** One-hot only: whether the `__other__` column exists. */
  readonly otherColumn: boolean;
}

export interface TextColumnParams {
  readonly name: string;
  readonly kind: 'text';
  readonly missing: TextMissingStrategy;
  readonly fill: string | null;
  readonly clean: Required<TextCleanOptions>;
}

export interface HashtagsColumnParams {
  readonly name: string;
  readonly kind: 'hashtags';
  readonly missing: 'empty' | 'drop';
}

export type ColumnParams =
  NumericColumnParams | CategoricalColumnParams | TextColumnParams | HashtagsColumnParams;

/** Everything `applyPreprocess` needs, as plain JSON (no NaN, no typed arrays). */
export interface PreprocessParams {
  readonly version: 1;
  readonly missingTokens: readonly string[];
  readonly columns: readonly ColumnParams[];
  /** Rows the fit saw, and how many of them it dropped for missing values. */
  readonly fittedRows: number;
  readonly droppedRows: number;
}

/** Column-major numbers: `data[c * rows + r]`. */
export interface FeatureMatrix {
  readonly rows: number;
  readonly cols: number;
  readonly names: readonly string[];
  readonly data: Float64Array;
}

export interface PreprocessOutput {
  /** For each output row, the input row it came from (rows with a missing 'drop' column are left out). */
  readonly rowIndex: Uint32Array;
  readonly droppedRows: number;
  /** Numeric and encoded categorical columns, in spec order. */
  readonly matrix: FeatureMatrix;
  /** Cleaned tokens per output row, by text column name. */
  readonly tokens: Readonly<Record<string, string[][]>>;
  /** Normalised hashtags (no '#', case-folded) per output row, by hashtags column name. */
  readonly hashtags: Readonly<Record<string, string[][]>>;
}
