/**
 * Error codes carried by every failure that crosses a boundary (worker → page, core → CLI).
 * A code says what went wrong; the message says it to a person, and `hint` says what to do.
 * Add codes here, grouped by the module that raises them.
 */
export type ErrorCode =
  // engine and workers
  | 'ABORTED'
  | 'INTERNAL'
  | 'WORKER_CRASHED'
  | 'BUSY'
  // reading files
  | 'FILE_EMPTY'
  | 'FILE_HEADER_ONLY'
  | 'FILE_BINARY'
  | 'FILE_TOO_LARGE'
  | 'FILE_UNREADABLE'
  | 'CSV_UNCLOSED_QUOTE'
  | 'CSV_RECORD_TOO_LONG'
  | 'CSV_RAGGED'
  | 'CSV_GLUED_HEADER'
  | 'PARQUET_DAMAGED'
  | 'PARQUET_UNSUPPORTED'
  | 'SHARD_INVALID'
  | 'PART_INVALID'
  | 'PARTS_MIXED_FORMATS'
  | 'PARTS_DIFFERENT_SOURCES'
  | 'PARTS_OVERLAP'
  | 'PARTS_MISSING'
  // datasets and columns
  | 'NO_DATASET'
  | 'DATASET_NOT_FOUND'
  | 'NO_TEXT_COLUMN'
  | 'NO_LANGUAGES'
  | 'COLUMN_NOT_FOUND'
  | 'COLUMN_WRONG_TYPE'
  | 'INVALID_OPTIONS'
  // storage
  | 'STORAGE_FULL'
  | 'STORAGE_UNAVAILABLE'
  // sentiment
  | 'NO_LABEL_COLUMN'
  | 'TOO_FEW_LABELS'
  // topics
  | 'NO_HASHTAGS'
  | 'TOO_FEW_DOCUMENTS'
  // engagement
  | 'TARGET_NOT_NUMERIC'
  | 'TARGET_CONSTANT'
  | 'TOO_FEW_ROWS'
  | 'LEAKY_FEATURE'
  | 'NO_FEATURES'
  | 'NON_FINITE_VALUES'
  // splits (copies kept on one side)
  | 'TOO_FEW_GROUPS'
  // models and bundles
  | 'BUNDLE_INVALID'
  | 'BUNDLE_TOO_NEW'
  | 'BUNDLE_TOO_LARGE'
  | 'BUNDLE_MISMATCH'
  | 'BUNDLE_CHANGED'
  | 'MODEL_NOT_FOUND'
  // stream
  | 'STREAM_BAD_CONFIG';

/** A failure a person can act on: what went wrong, and what to do about it. */
export interface AppError {
  readonly code: ErrorCode;
  readonly message: string;
  readonly hint?: string;
}

/** Thrown inside core code when unwinding is simpler than returning; caught at the boundary. */
export class MurmurError extends Error {
  override readonly name = 'MurmurError';
  readonly code: ErrorCode;
  readonly hint?: string;
  constructor(code: ErrorCode, message: string, hint?: string) {
    super(message);
    this.code = code;
    if (hint !== undefined) this.hint = hint;
  }
}

export function appError(code: ErrorCode, message: string, hint?: string): AppError {
  return hint === undefined ? { code, message } : { code, message, hint };
}

/** Any thrown value as an AppError: MurmurError keeps its code, anything else is INTERNAL. */
export function toAppError(e: unknown): AppError {
  if (e instanceof MurmurError) return appError(e.code, e.message, e.hint);
  if (isAppErrorLike(e)) return appError(e.code, e.message, e.hint);
  if (e instanceof DOMException && e.name === 'QuotaExceededError') {
    return appError(
      'STORAGE_FULL',
      'The browser ran out of storage space for Murmur.',
      'Delete old datasets or models in the Models and Dataset views, then try again.',
    );
  }
  if (e instanceof DOMException && e.name === 'AbortError')
    return appError('ABORTED', 'Cancelled.');
  const message = e instanceof Error ? e.message : String(e);
  return appError(
    'INTERNAL',
    `Unexpected error: ${message}`,
    'This is a bug in Murmur. Reload the page; your stored datasets and models are kept.',
  );
}

function isAppErrorLike(e: unknown): e is AppError {
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as { code?: unknown }).code === 'string' &&
    typeof (e as { message?: unknown }).message === 'string' &&
    (e as { name?: unknown }).name === 'MurmurError'
  );
}
