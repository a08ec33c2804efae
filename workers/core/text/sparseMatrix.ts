/**
 * Compressed sparse rows (CSR), as scipy's `csr_matrix`: row i's entries are
 * `indices[indptr[i] .. indptr[i+1])` with `values` alongside. Typed arrays, so a matrix can be
 * transferred between workers without copying.
 */
export interface CsrMatrix {
  readonly rows: number;
  readonly cols: number;
  /** Length rows + 1. */
  readonly indptr: Uint32Array;
  /** Column of each stored entry, increasing within a row. */
  readonly indices: Uint32Array;
  readonly values: Float64Array;
}

/** One sparse row: column indices (increasing) and their values. */
export interface SparseVector {
  readonly indices: ArrayLike<number>;
  readonly values: ArrayLike<number>;
}

/** Row `i` of `m` as views (no copy). */
export function csrRow(m: CsrMatrix, i: number): { indices: Uint32Array; values: Float64Array } {
  const a = m.indptr[i]!;
  const b = m.indptr[i + 1]!;
  return { indices: m.indices.subarray(a, b), values: m.values.subarray(a, b) };
}

/** Squared L2 norm of every row. */
export function rowSquaredNorms(m: CsrMatrix): Float64Array {
  const out = new Float64Array(m.rows);
  for (let i = 0; i < m.rows; i++) {
    let s = 0;
    for (let p = m.indptr[i]!; p < m.indptr[i + 1]!; p++) s += m.values[p]! * m.values[p]!;
    out[i] = s;
  }
  return out;
}

/** A typed array a CSR matrix keeps per stored entry (column indices, values, counts). */
export type CsrEntryArray = Uint32Array | Uint16Array | Float32Array | Float64Array;

/**
 * The rows `which` (in that order) of a CSR layout: their row offsets, and each per-entry array of
 * `entries` gathered into a new array of the same kind.
 */
export function gatherCsrRows<const A extends readonly CsrEntryArray[]>(
  indptr: ArrayLike<number>,
  which: ArrayLike<number>,
  entries: A,
): { indptr: Uint32Array; entries: A } {
  const out = new Uint32Array(which.length + 1);
  for (let r = 0; r < which.length; r++) {
    const i = which[r]!;
    out[r + 1] = out[r]! + (indptr[i + 1]! - indptr[i]!);
  }
  const nnz = out[which.length]!;
  const gathered = entries.map((a) => {
    const to = new (a.constructor as new (n: number) => CsrEntryArray)(nnz);
    for (let r = 0; r < which.length; r++) {
      const i = which[r]!;
      to.set(a.subarray(indptr[i]!, indptr[i + 1]!), out[r]!);
    }
    return to;
  });
  return { indptr: out, entries: gathered as unknown as A };
}

/** The rows `which` of `m`, in that order, as a new matrix. */
export function selectRows(m: CsrMatrix, which: ArrayLike<number>): CsrMatrix {
  const g = gatherCsrRows(m.indptr, which, [m.indices, m.values] as const);
  const [indices, values] = g.entries;
  return { rows: which.length, cols: m.cols, indptr: g.indptr, indices, values };
}

/** A CSR matrix from dense rows (zeros are not stored). For small inputs and tests. */
export function csrFromDense(
  rows: readonly (readonly number[])[],
  cols = rows[0]?.length ?? 0,
): CsrMatrix {
  const indptr = new Uint32Array(rows.length + 1);
  const indices: number[] = [];
  const values: number[] = [];
  rows.forEach((row, i) => {
    row.forEach((v, j) => {
      if (v !== 0) {
        indices.push(j);
        values.push(v);
      }
    });
    indptr[i + 1] = indices.length;
  });
  return {
    rows: rows.length,
    cols,
    indptr,
    indices: Uint32Array.from(indices),
    values: Float64Array.from(values),
  };
}

/** Compressed sparse columns: column t's entries are `rowIndices[colPtr[t] .. colPtr[t+1])` (rows increasing). */
export interface CscMatrix {
  readonly rows: number;
  readonly cols: number;
  readonly colPtr: Uint32Array;
  readonly rowIndices: Uint32Array;
  readonly values: Float64Array;
}

/** The same matrix by columns: an inverted index from term to the rows that hold it. */
export function toCsc(m: CsrMatrix): CscMatrix {
  const colPtr = new Uint32Array(m.cols + 1);
  for (const t of m.indices) colPtr[t + 1]!++;
  for (let t = 0; t < m.cols; t++) colPtr[t + 1]! += colPtr[t]!;
  const fill = colPtr.slice(0, m.cols);
  const rowIndices = new Uint32Array(m.indices.length);
  const values = new Float64Array(m.indices.length);
  for (let i = 0; i < m.rows; i++) {
    for (let p = m.indptr[i]!; p < m.indptr[i + 1]!; p++) {
      const q = fill[m.indices[p]!]!++;
      rowIndices[q] = i;
      values[q] = m.values[p]!;
    }
  }
  return { rows: m.rows, cols: m.cols, colPtr, rowIndices, values };
}
