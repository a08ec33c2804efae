/**
 * The VADER scores of one text column of the active dataset, filled chunk by chunk as pool
 * workers return them: 4 float32 numbers per row (neg, neu, pos, compound) and which rows are done.
 */
import { scoreTexts } from '../../core/sentiment/index.ts';
import { DEFAULT_SENTIMENT_MODE, type SentimentMode } from '../../core/sentiment/mode.ts';

/**
 * Rows per chunk: about eight chunks per worker, so charts fill in steadily and workers finish
 * together, between 250 rows (small files) and 20,000 (about 0.1–0.2 s of scoring each).
 */
export function chunkRowsFor(rows: number, workers: number): number {
  return Math.max(250, Math.min(20_000, Math.ceil(rows / (Math.max(1, workers) * 8))));
}

export class ScoreStore {
  /** neg, neu, pos, compound per row. */
  readonly scores: Float32Array;
  /** 1 where the row is scored. */
  readonly done: Uint8Array;
  scoredRows = 0;
  /** Bumps on every change, so derived indexes know when to rebuild. */
  revision = 0;

  constructor(
    readonly column: string,
    readonly rows: number,
    /** What VADER reads: the social reading (default) or the raw text. */
    readonly mode: SentimentMode = DEFAULT_SENTIMENT_MODE,
  ) {
    this.scores = new Float32Array(rows * 4);
    this.done = new Uint8Array(rows);
  }

  get complete(): boolean {
    return this.scoredRows === this.rows;
  }

  compound(row: number): number {
    return this.scores[row * 4 + 3]!;
  }

  /** Keeps `scores` (4 per row) for rows from `from`. Throws on a chunk that does not fit (a caller bug). */
  add(from: number, scores: Float32Array): void {
    const n = scores.length / 4;
    if (!Number.isInteger(n) || from < 0 || from + n > this.rows) {
      throw new RangeError(
        `Scores for rows ${from}..${from + n} do not fit a column of ${this.rows} rows.`,
      );
    }
    this.scores.set(scores, from * 4);
    let added = 0;
    for (let i = from; i < from + n; i++) {
      if (this.done[i] === 0) {
        this.done[i] = 1;
        added++;
      }
    }
    this.scoredRows += added;
    this.revision++;
  }

  /** Row ranges [from, to) of `chunkRows` rows that hold an unscored row, in order. */
  pending(chunkRows: number): [number, number][] {
    const size = Math.max(1, Math.floor(chunkRows));
    const out: [number, number][] = [];
    for (let from = 0; from < this.rows; from += size) {
      const to = Math.min(this.rows, from + size);
      if (this.done.subarray(from, to).includes(0)) out.push([from, to]);
    }
    return out;
  }

  /** Scores the listed rows that are not scored yet, here and now (for a few rows, e.g. the labelled ones). */
  scoreMissing(cells: readonly string[], rows: Iterable<number>): void {
    const todo: number[] = [];
    for (const r of rows) if (this.done[r] === 0) todo.push(r);
    if (todo.length === 0) return;
    const out = scoreTexts(
      todo.map((r) => cells[r] ?? ''),
      undefined,
      this.mode,
    );
    todo.forEach((r, k) => {
      this.scores.set(out.subarray(k * 4, k * 4 + 4), r * 4);
      this.done[r] = 1;
    });
    this.scoredRows += todo.length;
    this.revision++;
  }
}
