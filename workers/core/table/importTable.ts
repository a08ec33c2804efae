/**
 * One door for every table file: Parquet (recognised by its `PAR1` magic bytes, whatever its name)
 * or delimited text. The Parquet reader is imported on first use, so code that only ever meets CSV
 * files (and the workers' entry bundles) does not carry it.
 */
import { importCsv } from '../csv/importCsv.ts';
import type { ByteSource, ParsedTable, TableFormat } from '../csv/types.ts';
import type { Result } from '../errors/index.ts';
import type * as ParquetReader from '../parquet/importParquet.ts';
import type { ParquetImportOptions } from '../parquet/importParquet.ts';

const MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1"

/** 'parquet' when the file starts with Parquet's magic bytes, else 'csv'. */
export async function sniffTableFormat(source: ByteSource): Promise<TableFormat> {
  if (source.size < 4) return 'csv';
  const head = await source.read(0, 4);
  return MAGIC.every((b, i) => head[i] === b) ? 'parquet' : 'csv';
}

/** The Parquet reader, loaded on first use. */
export function loadParquetReader(): Promise<typeof ParquetReader> {
  return import('../parquet/importParquet.ts');
}

/**
 * Reads a CSV or a Parquet file into a ParsedTable (see `importCsv` and `importParquet` for how
 * each fails). Row ranges apply to Parquet only; a CSV is always read whole.
 */
export async function importTable(
  source: ByteSource,
  options: ParquetImportOptions = {},
): Promise<Result<ParsedTable>> {
  if ((await sniffTableFormat(source)) === 'parquet') {
    const { importParquet } = await loadParquetReader();
    return importParquet(source, options);
  }
  return importCsv(source, options);
}
