import { fail, ok, type Result } from '../errors/index.ts';

/**
 * A dense numeric feature matrix, column-major: row r of column c is `data[c * rows + r]`.
 * Column-major because trees scan one feature over many rows.
 */
export interface Matrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array | Float32Array;
  /** Column names, when known (feature importance and error messages use them). */
  readonly names?: readonly string[];
}

/** A matrix from equal-length columns. */
export function matrixFromColumns(
  columns: readonly ArrayLike<number>[],
  names?: readonly string[],
): Matrix {
  const rows = columns[0]?.length ?? 0;
  const data = new Float64Array(rows * columns.length);
  columns.forEach((col, c) => {
    if (col.length !== rows)
      throw new RangeError(
        `matrixFromColumns: column ${c} has ${col.length} values, column 0 has ${rows}`,
      );
    data.set(col, c * rows);
  });
  return names ? { rows, cols: columns.length, data, names } : { rows, cols: columns.length, data };
}

/** A matrix from row arrays (convenient for small inputs and tests). */
export function matrixFromRows(
  rowArrays: readonly (readonly number[])[],
  names?: readonly string[],
): Matrix {
  const rows = rowArrays.length;
  const cols = rowArrays[0]?.length ?? 0;
  const data = new Float64Array(rows * cols);
  rowArrays.forEach((row, r) => {
    if (row.length !== cols)
      throw new RangeError(`matrixFromRows: row ${r} has ${row.length} values, row 0 has ${cols}`);
    for (let c = 0; c < cols; c++) data[c * rows + r] = row[c]!;
  });
  return names ? { rows, cols, data, names } : { rows, cols, data };
}

/** The rows `index` of `m`, in that order (a copy, same element type). */
export function selectRows(m: Matrix, index: ArrayLike<number>): Matrix {
  const n = index.length;
  const data =
    m.data instanceof Float32Array ? new Float32Array(n * m.cols) : new Float64Array(n * m.cols);
  for (let c = 0; c < m.cols; c++) {
    const src = c * m.rows;
    const dst = c * n;
    for (let i = 0; i < n; i++) data[dst + i] = m.data[src + index[i]!]!;
  }
  return m.names
    ? { rows: n, cols: m.cols, data, names: m.names }
    : { rows: n, cols: m.cols, data };
}

/** The name of column c for messages: its name if known, else "feature c". */
export function columnName(m: Matrix, c: number): string {
  return m.names?.[c] ?? `feature ${c}`;
}

/**
 * Checks that `m` has the stated shape and only finite values; NaN or ±Infinity would send rows
 * down arbitrary branches, so they are refused up front with NON_FINITE_VALUES.
 */
export function checkMatrix(m: Matrix, what: string): Result<Matrix> {
  if (!Number.isInteger(m.rows) || !Number.isInteger(m.cols) || m.data.length !== m.rows * m.cols) {
    return fail(
      'INVALID_OPTIONS',
      `${what}: ${m.data.length} values do not fill ${m.rows} rows × ${m.cols} columns.`,
      'Build the matrix with matrixFromColumns or matrixFromRows.',
    );
  }
  const d = m.data;
  for (let i = 0; i < d.length; i++) {
    if (!Number.isFinite(d[i]!)) {
      const c = Math.floor(i / m.rows);
      return fail(
        'NON_FINITE_VALUES',
        `${what}: ${columnName(m, c)} is ${d[i]} in row ${i - c * m.rows + 1}.`,
        'Fill or drop missing values and infinities before training (for example impute the median), or exclude the column.',
      );
    }
  }
  return ok(m);
}

/** Checks that a numeric target has one finite value per row. */
export function checkTarget(
  y: ArrayLike<number>,
  rows: number,
  what: string,
): Result<ArrayLike<number>> {
  if (y.length !== rows)
    return fail(
      'INVALID_OPTIONS',
      `${what}: ${y.length} target values for ${rows} rows.`,
      'Pass one target value per row.',
    );
  for (let i = 0; i < y.length; i++) {
    if (!Number.isFinite(y[i]!)) {
      return fail(
        'NON_FINITE_VALUES',
        `${what}: the target is ${y[i]} in row ${i + 1}.`,
        'Drop rows whose target is missing, or fill them, before training.',
      );
    }
  }
  return ok(y);
}
