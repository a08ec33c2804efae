/**
 * Column types for writing a CSV's text cells as Parquet without changing a single value: a column
 * is written as 64-bit integers or doubles only when every cell reads back as the same text
 * (`007`, `1.50`, `1,234` or `n/a` keep the column as text), so converting back gives the same file.
 */
import type { ParsedTable, StoredKind } from '../csv/types.ts';
import type { ParquetValue } from './writeParquet.ts';

const INTEGER = /^(?:0|-?[1-9]\d{0,18})$/;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

function isInt64(cell: string): boolean {
  if (!INTEGER.test(cell)) return false;
  if (cell.length < 18) return true;
  const v = BigInt(cell);
  return v >= INT64_MIN && v <= INT64_MAX;
}

function isDouble(cell: string): boolean {
  const v = Number(cell);
  return Number.isFinite(v) && String(v) === cell;
}

/** The narrowest kind that keeps every non-empty cell of `column` exactly ('' is written as null). */
export function losslessKind(column: readonly string[]): StoredKind {
  let int = true;
  let dbl = true;
  let bool = true;
  let any = false;
  for (const cell of column) {
    if (cell === '') continue;
    any = true;
    if (int && !isInt64(cell)) int = false;
    if (dbl && !isDouble(cell)) dbl = false;
    if (bool && cell !== 'true' && cell !== 'false') bool = false;
    if (!int && !dbl && !bool) return 'string';
  }
  if (!any) return 'string';
  return int ? 'int64' : dbl ? 'double' : bool ? 'boolean' : 'string';
}

/** Each column's kind: as the typed source stored it, else the lossless kind of its cells. */
export function tableKinds(table: ParsedTable): StoredKind[] {
  return table.kinds ? [...table.kinds] : table.columns.map(losslessKind);
}

/** A text cell as a value of `kind` ('' → null). Cells come from a column of that kind, so they always convert. */
export function cellValue(cell: string, kind: StoredKind): ParquetValue {
  if (cell === '') return null;
  switch (kind) {
    case 'string':
      return cell;
    case 'int32':
    case 'double':
      return Number(cell);
    case 'int64':
      return BigInt(cell);
    case 'boolean':
      return cell === 'true';
  }
}
