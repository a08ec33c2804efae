/** A ParsedTable from rows already in memory (streamed posts, generated fixtures), shaped as the importer shapes a file. */
import type { Delimiter, ParsedTable } from './types.ts';

/** `rows` as a table under `header`: cells trimmed, short rows padded with '', long rows cut to the header. */
export function tableFromRows(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: { fileName?: string; delimiter?: Delimiter } = {},
): ParsedTable {
  const columns = header.map((_, c) => rows.map((row) => (row[c] ?? '').trim()));
  return {
    fileName: options.fileName ?? 'rows.csv',
    bytes: 0,
    delimiter: options.delimiter ?? ',',
    encoding: 'utf-8',
    header: [...header],
    columns,
    rowCount: rows.length,
    warnings: [],
  };
}
