/** Reading the caller's columns as the kind a column spec needs, with a clear failure otherwise. */
import { fail, ok, type Result } from '../errors/index.ts';
import type { ColumnInput, PreprocessInput } from './types.ts';

export type InputKind = 'numbers' | 'cells' | 'lists';

/** What a column holds, judged by its first row (an empty column fits every kind). */
export function inputKind(column: ColumnInput): InputKind | 'empty' {
  if (column instanceof Float64Array) return 'numbers';
  if (column.length === 0) return 'empty';
  const first: unknown = column[0];
  if (typeof first === 'number') return 'numbers';
  return Array.isArray(first) ? 'lists' : 'cells';
}

const KIND_WORDS: Record<InputKind, string> = {
  numbers: 'numbers (a Float64Array with NaN for missing)',
  cells: 'text cells (string[])',
  lists: 'tag lists (string[][])',
};

function wrongKind<T>(
  name: string,
  want: InputKind,
  got: InputKind | 'empty' | 'mixed',
): Result<T> {
  return fail(
    'COLUMN_WRONG_TYPE',
    `Column "${name}" holds ${got === 'mixed' ? 'values of mixed types' : KIND_WORDS[got as InputKind]}, but its preprocessing needs ${KIND_WORDS[want]}.`,
    'Change the column\u2019s kind in the preprocessing spec, or convert the column first.',
  );
}

/** The column named `name`, checked to exist and to have `rows` rows. */
export function getColumn(input: PreprocessInput, name: string, rows: number): Result<ColumnInput> {
  const column = Object.hasOwn(input, name) ? input[name] : undefined;
  if (column === undefined) {
    return fail(
      'COLUMN_NOT_FOUND',
      `Column "${name}" is missing from the data.`,
      `The data has: ${Object.keys(input).join(', ') || 'no columns'}. Map a column with this name, or remove it from the preprocessing.`,
    );
  }
  if (column.length !== rows) {
    return fail(
      'INVALID_OPTIONS',
      `Column "${name}" has ${column.length} rows but the others have ${rows}.`,
      'Pass columns of equal length (one value per post).',
    );
  }
  return ok(column);
}

/** A numeric column as a Float64Array (shared, not copied, when it already is one). */
export function asNumbers(name: string, column: ColumnInput): Result<Float64Array> {
  if (column instanceof Float64Array) return ok(column);
  const kind = inputKind(column);
  if (kind !== 'numbers' && kind !== 'empty') return wrongKind(name, 'numbers', kind);
  const out = new Float64Array(column.length);
  for (let i = 0; i < column.length; i++) {
    const v: unknown = column[i];
    if (typeof v !== 'number') return wrongKind(name, 'numbers', 'mixed');
    out[i] = v;
  }
  return ok(out);
}

/** A string column, every row checked to be a string. */
export function asCells(name: string, column: ColumnInput): Result<readonly string[]> {
  const kind = inputKind(column);
  if (kind !== 'cells' && kind !== 'empty') return wrongKind(name, 'cells', kind);
  const cells = column as readonly unknown[];
  for (let i = 0; i < cells.length; i++)
    if (typeof cells[i] !== 'string') return wrongKind(name, 'cells', 'mixed');
  return ok(cells as readonly string[]);
}

/** A column of tag lists, every row checked to be an array. */
export function asLists(name: string, column: ColumnInput): Result<readonly (readonly string[])[]> {
  const kind = inputKind(column);
  if (kind !== 'lists' && kind !== 'empty') return wrongKind(name, 'lists', kind);
  const lists = column as readonly unknown[];
  for (let i = 0; i < lists.length; i++)
    if (!Array.isArray(lists[i])) return wrongKind(name, 'lists', 'mixed');
  return ok(lists as readonly (readonly string[])[]);
}
