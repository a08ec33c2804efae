/**
 * The Parquet importer: a ByteSource in, the same ParsedTable of trimmed text cells the CSV
 * importer gives, so schema inference, roles and everything after are shared. It reads row group by
 * row group (progress and cancel between groups) and can read only a range of rows, which is how a
 * shard reads its part of a large file. Codecs other than Snappy load their decoders on first use.
 */
import {
  parquetMetadataAsync,
  parquetRead,
  parquetSchema,
  type AsyncBuffer,
  type Compressors,
  type FileMetaData,
} from 'hyparquet';
import { normaliseHeader } from '../csv/headerNames.ts';
import { formatBytes } from '../csv/formatBytes.ts';
import {
  DEFAULT_MAX_IMPORT_BYTES,
  type ByteSource,
  type ImportOptions,
  type ImportWarning,
  type ParsedTable,
  type StoredKind,
} from '../csv/types.ts';
import { fail, ok, type Result } from '../errors/index.ts';
import { ISO_PARSERS, readableColumns } from './parquetColumns.ts';

export interface ParquetImportOptions extends ImportOptions {
  /** Rows [rowStart, rowEnd) only (default: all). A range past the end is cut to the file. */
  readonly rowStart?: number;
  readonly rowEnd?: number;
}

/** What the footer says, read without any row: rows, row groups, columns. */
export interface ParquetOutline {
  readonly rows: number;
  readonly rowGroups: number;
  readonly columns: readonly string[];
}

const DAMAGED_HINT =
  'The file may have been cut short while copying or downloading. Copy it again, or export it again from its source.';

/** A ByteSource as hyparquet's AsyncBuffer (it wants ArrayBuffers). */
function asyncBuffer(source: ByteSource): AsyncBuffer {
  return {
    byteLength: source.size,
    slice: async (start: number, end?: number) => {
      const bytes = await source.read(start, end ?? source.size);
      return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
        ? (bytes.buffer as ArrayBuffer)
        : (bytes.slice().buffer as ArrayBuffer);
    },
  };
}

function damaged(source: ByteSource, e: unknown): Result<never> {
  const detail = e instanceof Error ? e.message.replace(/^parquet /, '') : String(e);
  return fail(
    'PARQUET_DAMAGED',
    `"${source.name}" is not a whole Parquet file: ${detail}.`,
    DAMAGED_HINT,
  );
}

async function readMetadata(source: ByteSource, file: AsyncBuffer): Promise<Result<FileMetaData>> {
  if (source.size < 12)
    return fail(
      'PARQUET_DAMAGED',
      `"${source.name}" is ${source.size} bytes, too short for a Parquet file.`,
      DAMAGED_HINT,
    );
  try {
    return ok(await parquetMetadataAsync(file, { parsers: ISO_PARSERS }));
  } catch (e) {
    return damaged(source, e);
  }
}

/** Snappy and uncompressed pages are decoded by hyparquet itself; other codecs load hyparquet-compressors (about 75 KB gzipped) on first use. */
async function compressorsFor(metadata: FileMetaData): Promise<Compressors | undefined> {
  const codecs = new Set(
    metadata.row_groups.flatMap((g) => g.columns.map((c) => c.meta_data?.codec ?? 'UNCOMPRESSED')),
  );
  codecs.delete('UNCOMPRESSED');
  codecs.delete('SNAPPY');
  if (codecs.size === 0) return undefined;
  const { compressors } = await import('hyparquet-compressors');
  return compressors;
}

/** Rows, row groups and column names from the footer alone. Fails with PARQUET_DAMAGED. */
export async function parquetOutline(source: ByteSource): Promise<Result<ParquetOutline>> {
  const metadata = await readMetadata(source, asyncBuffer(source));
  if (!metadata.ok) return metadata;
  return ok({
    rows: Number(metadata.value.num_rows),
    rowGroups: metadata.value.row_groups.length,
    columns: parquetSchema(metadata.value).children.map((c) => c.element.name),
  });
}

/**
 * Reads a Parquet file (or rows [rowStart, rowEnd) of it) into columns of trimmed text. Fails with
 * FILE_TOO_LARGE, FILE_HEADER_ONLY (no rows in the file), PARQUET_DAMAGED (cut short, or a page that
 * cannot be decoded), PARQUET_UNSUPPORTED (no column can be read as text), or ABORTED.
 */
export async function importParquet(
  source: ByteSource,
  options: ParquetImportOptions = {},
): Promise<Result<ParsedTable>> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES;
  if (source.size > maxBytes)
    return fail(
      'FILE_TOO_LARGE',
      `"${source.name}" is ${formatBytes(source.size)}, over the ${formatBytes(maxBytes)} limit for one import.`,
      'Score it from the command line in shards (npm run cli -- score … --shard i/N), or keep fewer columns.',
    );
  const file = asyncBuffer(source);
  const metadataResult = await readMetadata(source, file);
  if (!metadataResult.ok) return metadataResult;
  const metadata = metadataResult.value;
  let tree;
  try {
    tree = parquetSchema(metadata);
  } catch (e) {
    return damaged(source, e);
  }
  const all = readableColumns(tree);
  const readable = all.filter((c) => c.ok);
  const skipped = all.filter((c) => !c.ok);
  const skippedText = skipped.map((c) => `"${c.name}" (${c.why})`).join(', ');
  if (readable.length === 0)
    return fail(
      'PARQUET_UNSUPPORTED',
      `No column of "${source.name}" can be read as text: ${skippedText || 'it has no columns'}.`,
      "Flatten the columns you need into plain text or numbers, for example in DuckDB: COPY (SELECT text, CAST(tags AS VARCHAR) AS tags FROM t) TO 'posts.parquet'.",
    );
  const totalRows = Number(metadata.num_rows);
  if (totalRows === 0)
    return fail(
      'FILE_HEADER_ONLY',
      `"${source.name}" has columns (${readable.map((c) => c.name).join(', ')}) but no rows.`,
      'Export the file again with its rows.',
    );
  const rowStart = Math.max(0, Math.min(totalRows, options.rowStart ?? 0));
  const rowEnd = Math.max(rowStart, Math.min(totalRows, options.rowEnd ?? totalRows));
  const compressors = await compressorsFor(metadata);

  const header = normaliseHeader(readable.map((c) => c.name));
  const columns: string[][] = readable.map(() => []);
  const index = new Map(readable.map((c, i) => [c.name, i]));
  const warnings: ImportWarning[] = [...header.warnings];
  if (skipped.length > 0)
    warnings.push({
      code: 'PARQUET_COLUMNS_SKIPPED',
      message: `${skipped.length === 1 ? 'One column was' : `${skipped.length} columns were`} left out because ${skipped.length === 1 ? 'it holds' : 'they hold'} values that are not text or numbers: ${skippedText}.`,
      column: skipped[0]!.name,
    });

  let groupStart = 0;
  let lastReport = 0;
  const interval = options.progressIntervalMs ?? 100;
  for (const group of metadata.row_groups) {
    const groupRows = Number(group.num_rows);
    const from = Math.max(rowStart, groupStart);
    const to = Math.min(rowEnd, groupStart + groupRows);
    if (from < to) {
      if (options.signal?.aborted) return fail('ABORTED', 'Cancelled.');
      try {
        await parquetRead({
          file,
          metadata,
          columns: readable.map((c) => c.name),
          rowStart: from,
          rowEnd: to,
          parsers: ISO_PARSERS,
          ...(compressors ? { compressors } : {}),
          onChunk: ({ columnName, columnData, rowStart: chunkStart, rowEnd: chunkEnd }) => {
            const c = index.get(columnName);
            if (c === undefined) return;
            const { cell } = readable[c]!;
            const out = columns[c]!;
            // chunks may hold rows outside the range asked for: keep [from, to) only
            const first = Math.max(from, chunkStart);
            const last = Math.min(to, chunkEnd);
            for (let r = first; r < last; r++) out.push(cell(columnData[r - chunkStart]));
          },
        });
      } catch (e) {
        return damaged(source, e);
      }
      const now = Date.now();
      if (options.onProgress && now - lastReport >= interval) {
        lastReport = now;
        options.onProgress({
          bytesRead: Math.round((source.size * (to - rowStart)) / Math.max(1, rowEnd - rowStart)),
          totalBytes: source.size,
          rows: to - rowStart,
        });
      }
    }
    groupStart += groupRows;
    if (groupStart >= rowEnd) break;
  }
  const rowCount = rowEnd - rowStart;
  const short = columns.findIndex((c) => c.length !== rowCount);
  if (short !== -1)
    return fail(
      'PARQUET_DAMAGED',
      `"${source.name}": column "${readable[short]!.name}" has ${columns[short]!.length} of its ${rowCount} rows.`,
      DAMAGED_HINT,
    );
  options.onProgress?.({ bytesRead: source.size, totalBytes: source.size, rows: rowCount });
  const kinds: StoredKind[] = readable.map((c) => c.kind);
  return ok({
    fileName: source.name,
    bytes: source.size,
    delimiter: ',',
    encoding: 'utf-8',
    header: header.names,
    columns,
    rowCount,
    warnings,
    format: 'parquet',
    kinds,
  });
}
