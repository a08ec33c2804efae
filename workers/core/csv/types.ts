/**
 * The importer's contract. The same code reads a dropped File in a worker and a path in the CLI,
 * through a ByteSource; the result is a column-major table of trimmed strings.
 */

/** Random-access bytes: a browser File (via slice) or a Node file handle. */
export interface ByteSource {
  readonly name: string;
  /** Size in bytes. */
  readonly size: number;
  /** Bytes [start, end), end exclusive; may return fewer at the end of the source. */
  read(start: number, end: number): Promise<Uint8Array>;
}

export type Delimiter = ',' | ';' | '\t' | '|';

/** The encoding the text was decoded with. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type ImportWarningCode =
  | 'LATIN1_FALLBACK'
  | 'GLUED_HEADER_REPAIRED'
  | 'PREAMBLE_SKIPPED'
  | 'EXCEL_MANGLED_IDS'
  | 'RAGGED_ROWS'
  | 'DUPLICATE_HEADER'
  | 'EMPTY_HEADER'
  | 'BLANK_LINES_SKIPPED'
  | 'PARQUET_COLUMNS_SKIPPED'
  | 'NUL_BYTES_REMOVED'
  | 'CUT_CHARACTER_DROPPED'
  | 'MOJIBAKE_REPAIRED'
  | 'HEADER_REPEATED'
  | 'HEADER_MISSING';

export interface ImportWarning {
  readonly code: ImportWarningCode;
  /** One sentence a person can act on. */
  readonly message: string;
  readonly column?: string;
  /** How many rows it concerns, when that is known. */
  readonly rows?: number;
}

export interface ImportProgress {
  readonly bytesRead: number;
  readonly totalBytes: number;
  readonly rows: number;
}

export interface ImportOptions {
  /** Refuse up front above this size (bytes). Default: DEFAULT_MAX_IMPORT_BYTES. */
  readonly maxBytes?: number;
  readonly signal?: AbortSignal;
  /** Called at most every `progressIntervalMs` (default 100 ms) and once at the end. */
  readonly onProgress?: (p: ImportProgress) => void;
  readonly progressIntervalMs?: number;
  /** Bytes per read from the source. Default: DEFAULT_CHUNK_BYTES (1 MiB); tests use less to cross chunk boundaries. */
  readonly chunkBytes?: number;
}

/** A parsed file: header names (unique, non-empty) and one array of trimmed cells per column. */
export interface ParsedTable {
  readonly fileName: string;
  readonly bytes: number;
  readonly delimiter: Delimiter;
  readonly encoding: Encoding;
  readonly header: readonly string[];
  /** columns[c][r]: the trimmed cell; '' when missing. */
  readonly columns: readonly string[][];
  readonly rowCount: number;
  readonly warnings: readonly ImportWarning[];
  /** The file's format; absent means CSV (the importer's only format before Parquet). */
  readonly format?: TableFormat;
  /** For a typed source (Parquet): each column's stored type, so a scored Parquet file writes it back in kind. */
  readonly kinds?: readonly StoredKind[];
}

export type TableFormat = 'csv' | 'parquet';

/** A column's value type in a typed file: cells are strings here, and these say how to write them back. */
export type StoredKind = 'string' | 'int32' | 'int64' | 'double' | 'boolean';

/** 1 GiB: the importer's own ceiling; each job's memory budget (memoryBudget.ts) is usually lower. */
export const DEFAULT_MAX_IMPORT_BYTES = 1024 * 1024 * 1024;

/** 1 MiB: large enough that papaparse runs at full speed, small enough for smooth progress and quick cancel. */
export const DEFAULT_CHUNK_BYTES = 1024 * 1024;
