/** A ColumnSchema for every column of a parsed table: type, format, proposed role, missing and distinct counts. */
import type { ParsedTable } from '../csv/types.ts';
import type { ColumnSchema } from './types.ts';
import { proposeRoles, type RoleInput } from './columnRoles.ts';
import { inferColumnType, textShape } from './inferType.ts';
import { isMissingCell } from './missing.ts';

export interface InferSchemaOptions {
  /** Non-missing values per column used to infer types, spread evenly through the file. Default 2000. */
  readonly sampleSize?: number;
  /** Distinct values are counted up to this many per column. Default 10 000. */
  readonly distinctCap?: number;
  /** Example values kept per column (`ColumnSchema.samples`). Default 5. */
  readonly examples?: number;
}

/** Names pandas and spreadsheets give a row index: `Unnamed: 0`, `index`, and the `column_1` the importer gives an empty name. */
const INDEX_NAME = /^(?:unnamed: ?\d+(?:\.\d+)?|index|column_\d+|)$/i;
/** The names the importer gives columns that have none (an empty header cell, a file without a header). */
const GENERATED_NAME = /^column_\d+$/;

/**
 * Sentiment140's labels: 0 and 4, and maybe 2. A column of no name holding only them is that
 * dataset's label column (shared without a header); under a name, the name decides.
 */
function isLabelScale(values: ReadonlySet<string>): boolean {
  return (
    values.has('0') &&
    values.has('4') &&
    [...values].every((v) => v === '0' || v === '2' || v === '4')
  );
}

/**
 * Types are inferred from a sample of non-missing values; missing and distinct counts cover every row
 * (distinct up to `distinctCap`). Roles follow from names and types (see `proposeRoles`).
 */
export function inferSchema(table: ParsedTable, options: InferSchemaOptions = {}): ColumnSchema[] {
  const sampleSize = options.sampleSize ?? 2000;
  const distinctCap = options.distinctCap ?? 10_000;
  const exampleCount = options.examples ?? 5;
  const rows = table.rowCount;
  const partial = table.header.map((name, index) => {
    const column = table.columns[index]!;
    const seen = new Set<string>();
    let distinctCapped = false;
    let missing = 0;
    for (let r = 0; r < rows; r++) {
      const cell = column[r]!;
      if (isMissingCell(cell)) missing++;
      else if (!distinctCapped) {
        seen.add(cell);
        distinctCapped = seen.size > distinctCap;
      }
    }
    const present = rows - missing;
    const sample = sampleValues(column, present, sampleSize);
    const guess = inferColumnType(name, sample, table.delimiter);
    const shape = textShape(sample);
    const schema = {
      name,
      index,
      type: guess.type,
      format: guess.format,
      missing: rows === 0 ? 0 : missing / rows,
      distinct: Math.min(seen.size, distinctCap),
      distinctCapped,
      samples: sample.slice(0, exampleCount),
    };
    const roleInput: RoleInput = {
      name,
      type: guess.type,
      distinct: schema.distinct,
      distinctCapped,
      present,
      meanLength: shape.meanLength,
      meanWords: shape.meanWords,
      rowIndex: guess.type === 'integer' && INDEX_NAME.test(name) && isRowIndex(column),
      labelScale: guess.type === 'integer' && GENERATED_NAME.test(name) && isLabelScale(seen),
    };
    return { schema, roleInput };
  });
  const roles = proposeRoles(partial.map((p) => p.roleInput));
  return partial.map((p, i) => ({ ...p.schema, role: roles[i]! }));
}

/** Up to `size` non-missing cells, evenly spaced among the `present` non-missing ones. */
function sampleValues(column: readonly string[], present: number, size: number): string[] {
  const out: string[] = [];
  if (present === 0) return out;
  const step = Math.max(1, present / size);
  let next = 0;
  let k = 0;
  for (let r = 0; r < column.length && out.length < size; r++) {
    const cell = column[r]!;
    if (isMissingCell(cell)) continue;
    if (k >= next) {
      out.push(cell);
      next += step;
    }
    k++;
  }
  return out;
}

/** Integers rising from 0 or 1, row by row, in the first 1000 rows (gaps allowed, as after dropping rows). */
function isRowIndex(column: readonly string[]): boolean {
  const n = Math.min(column.length, 1000);
  let previous = Number(column[0]);
  if (previous !== 0 && previous !== 1) return false;
  for (let r = 1; r < n; r++) {
    const x = Number(column[r]);
    if (!(x > previous)) return false;
    previous = x;
  }
  return true;
}
