/** Typed views of a column, parsed once per call from the table's strings (the table itself is not copied). */
import type { ParsedTable } from '../csv/types.ts';
import type { ColumnSchema, Role } from './types.ts';
import { parseDatetimeCell } from './parseDatetime.ts';
import { parseNumberCell } from './parseNumber.ts';
import { parseTagsCell } from './parseTags.ts';

/**
 * A column as numbers, NaN where missing or unreadable: integer and number columns in their format,
 * booleans as 1/0, datetimes as epoch ms; any other column keeps what reads as a plain number.
 */
export function numericColumn(table: ParsedTable, column: ColumnSchema): Float64Array {
  const cells = table.columns[column.index]!;
  const out = new Float64Array(cells.length);
  if (column.type === 'datetime') return datetimeColumn(table, column);
  if (column.type === 'boolean') {
    for (let r = 0; r < cells.length; r++) out[r] = booleanValue(cells[r]!);
    return out;
  }
  const format = column.type === 'integer' || column.type === 'number' ? column.format : {};
  for (let r = 0; r < cells.length; r++) out[r] = parseNumberCell(cells[r]!, format);
  return out;
}

/** A datetime column as epoch ms (naive times read as UTC), NaN where missing or unreadable. Without a format, ISO. */
export function datetimeColumn(table: ParsedTable, column: ColumnSchema): Float64Array {
  const cells = table.columns[column.index]!;
  const format = column.format.datetime ?? 'iso';
  const out = new Float64Array(cells.length);
  for (let r = 0; r < cells.length; r++) out[r] = parseDatetimeCell(cells[r]!, format);
  return out;
}

/** A tags column as lists of tags without `#` ([] where missing). Without a format, `#tag` tokens. */
export function tagsColumn(table: ParsedTable, column: ColumnSchema): string[][] {
  const format = column.format.tags ?? 'hash-separated';
  return table.columns[column.index]!.map((cell) => parseTagsCell(cell, format));
}

/** The first column with `role`. */
export function columnWithRole(
  schema: readonly ColumnSchema[],
  role: Role,
): ColumnSchema | undefined {
  return schema.find((c) => c.role === role);
}

function booleanValue(cell: string): number {
  const v = cell.toLowerCase();
  return v === 'true' || v === 'yes' ? 1 : v === 'false' || v === 'no' ? 0 : NaN;
}
