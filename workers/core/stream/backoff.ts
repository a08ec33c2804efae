/** How long to wait before reconnecting: exponential, capped, with jitter so many clients do not retry in step. */
import type { Rng } from '../random/rng.ts';

export interface BackoffOptions {
  /** Delay before the first retry, ms. Default 500. */
  readonly baseMs?: number;
  /** Longest delay, ms. Default 30,000. */
  readonly maxMs?: number;
}

/**
 * The delay before retry number `attempt` (0 for the first): half of min(max, base·2^attempt)
 * plus a uniform random part up to the other half ("equal jitter"), so it never drops to zero.
 */
export function backoffDelay(attempt: number, rng: Rng, options: BackoffOptions = {}): number {
  const base = options.baseMs ?? 500;
  const max = options.maxMs ?? 30_000;
  const ceiling = Math.min(max, base * 2 ** Math.min(Math.max(0, attempt), 30));
  return Math.round(ceiling / 2 + rng.next() * (ceiling / 2));
}
