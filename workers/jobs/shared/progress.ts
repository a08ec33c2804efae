import type { JobProgress, ProgressFn } from '../../api/common.ts';

/**
 * Limits a progress callback (each call is a postMessage) to one call per `intervalMs`.
 * The first call and calls with `force` always go through.
 */
export function throttle<P>(
  onProgress: ((p: P) => void) | undefined,
  intervalMs = 100,
): (p: P, force?: boolean) => void {
  if (!onProgress) return () => {};
  let last = -Infinity;
  return (p, force = false) => {
    const now = performance.now();
    if (!force && now - last < intervalMs) return;
    last = now;
    onProgress(p);
  };
}

/** Throttled JobProgress with an ETA estimated from the rate so far; the final event always goes through. */
export function throttledProgress(
  onProgress: ProgressFn | undefined,
  intervalMs = 100,
): ProgressFn {
  const send = throttle(onProgress, intervalMs);
  const started = performance.now();
  return (p: JobProgress) => {
    const final = p.done >= p.total;
    const elapsed = (performance.now() - started) / 1000;
    const etaSeconds =
      p.etaSeconds ??
      (p.done > 0 && !final && elapsed > 0.5 ? (elapsed * (p.total - p.done)) / p.done : undefined);
    send(etaSeconds === undefined ? p : { ...p, etaSeconds }, final);
  };
}

/** Gives the event loop a turn so queued messages (and Comlink calls) are handled during long jobs. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
