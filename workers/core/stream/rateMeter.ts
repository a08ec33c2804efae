/** Events per second over the last few seconds of wall time, from running totals sampled now and then. */
export class RateMeter {
  private readonly samples: { t: number; total: number }[] = [];

  /** `spanMs`: how far back the rate looks. Default 2,000. */
  constructor(readonly spanMs = 2000) {}

  /** Records the running `total` at wall time `t` (ms) and returns the rate per second over the span (0 until two samples). */
  sample(t: number, total: number): number {
    this.samples.push({ t, total });
    while (this.samples.length > 2 && this.samples[1]!.t <= t - this.spanMs) this.samples.shift();
    const first = this.samples[0]!;
    return t > first.t ? ((total - first.total) * 1000) / (t - first.t) : 0;
  }

  clear(): void {
    this.samples.length = 0;
  }
}
