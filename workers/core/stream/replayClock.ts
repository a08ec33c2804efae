/**
 * The replay's clock: which of the upcoming posts are due after some wall time has passed.
 *
 * - `multiplier`: stream time runs `factor` times faster than the wall clock (60: a minute of
 *   posts per second); posts are due when their time is reached. A silence longer than
 *   `maxGapWallMs` of wall time is skipped (the clock jumps to the next post).
 * - `rate`: a fixed number of posts per second, whatever their times (the only choice for a
 *   dataset without times). Unused credit is capped at `maxCatchUpMs` worth, so a stalled page
 *   does not release a burst later.
 */

export type ReplaySpeed =
  | { readonly kind: 'multiplier'; readonly factor: number }
  | { readonly kind: 'rate'; readonly postsPerSecond: number };

export interface ReplayClockOptions {
  /** Longest silence replayed as it is, in wall ms. Default 5,000. */
  readonly maxGapWallMs?: number;
  /** Longest wall time credited in one step, ms. Default 1,000. */
  readonly maxCatchUpMs?: number;
}

/** A speed a person can choose: factor 1 to 10⁷, rate 0.1 to 10⁶ posts/s. */
export function validSpeed(speed: ReplaySpeed): boolean {
  return speed.kind === 'multiplier'
    ? speed.factor >= 1 && speed.factor <= 1e7
    : speed.postsPerSecond >= 0.1 && speed.postsPerSecond <= 1e6;
}

export class ReplayClock {
  /** Stream time, epoch ms (multiplier mode; in rate mode the time of the last post released). */
  streamTimeMs: number;
  private credit = 0;
  private readonly maxGapWallMs: number;
  private readonly maxCatchUpMs: number;

  constructor(
    public speed: ReplaySpeed,
    startMs: number,
    options: ReplayClockOptions = {},
  ) {
    this.streamTimeMs = startMs;
    this.maxGapWallMs = options.maxGapWallMs ?? 5000;
    this.maxCatchUpMs = options.maxCatchUpMs ?? 1000;
  }

  /** Moves to `timeMs` (a seek) and forgets unused credit. */
  seek(timeMs: number): void {
    this.streamTimeMs = timeMs;
    this.credit = 0;
  }

  setSpeed(speed: ReplaySpeed): void {
    this.speed = speed;
    this.credit = 0;
  }

  /**
   * Advances by `elapsedWallMs` and returns how many of the `available` upcoming posts are due
   * (`timeOf(i)` is the epoch ms of the i-th upcoming post, in order; NaN for none).
   */
  step(elapsedWallMs: number, available: number, timeOf: (i: number) => number): number {
    const elapsed = Math.min(Math.max(0, elapsedWallMs), this.maxCatchUpMs);
    if (this.speed.kind === 'rate') {
      const rate = this.speed.postsPerSecond;
      this.credit = Math.min(
        this.credit + (elapsed / 1000) * rate,
        Math.max(1, (this.maxCatchUpMs / 1000) * rate),
      );
      const n = Math.min(available, Math.floor(this.credit));
      this.credit -= n;
      if (n > 0 && Number.isFinite(timeOf(n - 1)))
        this.streamTimeMs = Math.max(this.streamTimeMs, timeOf(n - 1));
      return n;
    }
    const factor = this.speed.factor;
    this.streamTimeMs += elapsed * factor;
    if (available > 0) {
      const next = timeOf(0);
      if (Number.isFinite(next) && (next - this.streamTimeMs) / factor > this.maxGapWallMs)
        this.streamTimeMs = next;
    }
    let n = 0;
    while (n < available && !(timeOf(n) > this.streamTimeMs)) n++;
    return n;
  }
}
