/** What the page's `engagementGrid` bench takes and returns (plain data: the Node side reads it too). */
import type { ForestOptions } from '../../workers/core/forest/index.ts';

/** What the Node side sends: the training rows column-major and their target (float64 bytes as base64), and the grid's points. */
export interface GridBenchArg {
  readonly rows: number;
  readonly cols: number;
  readonly X: string;
  readonly y: string;
  readonly names: string[];
  readonly points: ForestOptions[];
  readonly folds: number;
  readonly seed: number;
}

export interface GridBenchReport {
  readonly poolSize: number;
  readonly fits: number;
  readonly seconds: number;
  readonly matrixSends: number;
  readonly bestParams: ForestOptions;
  readonly bestCvMse: number;
  readonly points: {
    readonly params: ForestOptions;
    readonly cvMse: number;
    readonly rank: number;
  }[];
  /** Main-thread long tasks during the search (ms each). */
  readonly longTasks: number[];
}
