/** A categorical column as integer codes, so breakdowns count with arrays instead of string maps. */
import { isMissingCell } from './missing.ts';

export interface CategoryCodes {
  /** Code per row: an index into `values`, or -1 where the cell is missing. */
  readonly codes: Int32Array;
  /** Distinct values in first-seen order. */
  readonly values: readonly string[];
}

export function encodeCategory(cells: readonly string[]): CategoryCodes {
  const index = new Map<string, number>();
  const values: string[] = [];
  const codes = new Int32Array(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    if (typeof cell !== 'string' || isMissingCell(cell)) {
      codes[i] = -1;
      continue;
    }
    let k = index.get(cell);
    if (k === undefined) {
      k = values.length;
      index.set(cell, k);
      values.push(cell);
    }
    codes[i] = k;
  }
  return { codes, values };
}
