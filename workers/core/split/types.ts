/** Row positions used to train and to score. */
export interface Split {
  readonly train: Uint32Array;
  readonly test: Uint32Array;
}

/** How a model's test rows were chosen, as reports and `train --json` state it. */
export type SplitKind = 'grouped' | 'time' | 'random';

/** What a page or report says about a split: its kind and how many test rows have a copy in training. */
export interface SplitInfo {
  readonly kind: SplitKind;
  /** Test rows whose normalised text also appears among the training rows (0 for grouped and time splits). */
  readonly overlap: number;
}
