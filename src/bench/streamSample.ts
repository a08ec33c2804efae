/** What the page's `streamSample` bench returns (plain data: the Node side reads it too). */
export interface StreamPageSample {
  /** performance.now(), ms. */
  readonly t: number;
  /** Snapshots drawn (changes of the dashboard's data-seq), running total. */
  readonly updates: number;
  /** requestAnimationFrame callbacks, running total. */
  readonly frames: number;
  /** Long tasks since the last sample, ms each. */
  readonly longTasks: number[];
  readonly heapMb: number | null;
  /** The counts on screen: frames, posts, scored, dropped, duplicates, skipped. */
  readonly counts: Record<string, number>;
  /** Entries of the stream worker's bounded stores. */
  readonly held: { readonly terms: number; readonly keys: number };
}
