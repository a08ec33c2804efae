/** Inputs and the saved form of a small dense network (MLP). */

/** Row-major dense features: rows × cols. */
export interface DenseRows {
  readonly kind: 'dense';
  readonly rows: number;
  readonly cols: number;
  readonly data: Float32Array;
}

/** Sparse rows (CSR), e.g. TF-IDF vectors: densified a batch at a time so memory stays small. */
export interface SparseRows {
  readonly kind: 'sparse';
  readonly rows: number;
  readonly cols: number;
  readonly indptr: Int32Array | Uint32Array;
  readonly indices: Int32Array | Uint32Array;
  readonly values: Float32Array | Float64Array;
}

export type FeatureRows = DenseRows | SparseRows;

/** A CSR matrix (e.g. TF-IDF rows) as the network's sparse input, sharing its arrays. */
export function sparseRows(m: Omit<SparseRows, 'kind'>): SparseRows {
  const { rows, cols, indptr, indices, values } = m;
  return { kind: 'sparse', rows, cols, indptr, indices, values };
}

export type Activation = 'relu' | 'linear' | 'softmax' | 'sigmoid';

export interface DenseLayer {
  readonly inputs: number;
  readonly units: number;
  readonly activation: Activation;
  /** inputs × units, row-major (as tfjs' dense kernel). */
  readonly kernel: Float32Array;
  readonly bias: Float32Array;
}

/** A trained network: enough to predict with plain arithmetic, no tfjs needed. */
export interface MlpModel {
  readonly task: 'regression' | 'classification';
  readonly layers: readonly DenseLayer[];
  /** Class names, in output order (classification only). */
  readonly classes?: readonly string[];
}

export interface EpochStats {
  readonly epoch: number;
  readonly loss: number;
  readonly valLoss: number;
  /** Classification only. */
  readonly accuracy?: number;
  readonly valAccuracy?: number;
}
